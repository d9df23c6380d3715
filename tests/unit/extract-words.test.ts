import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_SECTION_IDS } from '../../lib/domain';
import {
  BUILT_IN_SYNONYMS,
  buildSynonymIndex,
  fieldsForLabel,
  normaliseLabel,
  PLAN_SECTIONS,
  parseActionStatus,
  parseMeetingStatus,
  parseNames,
  parseRegion,
  parseYesNo,
  YES_NO_WORDS,
} from '../../lib/extract';
import { FIELD_PATHS } from '../../lib/extract/fields';

describe('parseYesNo', () => {
  it.each([
    ['Y', true],
    ['yes', true],
    ['YES', true],
    ['True', true],
    ['✓', true],
    ['✔', true],
    ['☑', true],
    ['Ticked', true],
    ['N', false],
    ['No', false],
    ['false', false],
    ['✗', false],
    ['☐', false],
    ['No - parent refused', false],
    ['Yes (at school)', true],
    ['No.', false],
  ])('%s → %s', (raw, value) => {
    expect(parseYesNo(raw)).toEqual({ ok: true, value });
  });

  it('takes a checkbox state as it is', () => {
    expect(parseYesNo(true)).toEqual({ ok: true, value: true });
    expect(parseYesNo(false)).toEqual({ ok: true, value: false });
  });

  it.each([
    ['', /blank/],
    ['N/A', /neither yes nor no/],
    ['x', /cross/],
    ['☒', /cross/],
    ['Not recorded', /not recorded/],
    ['Yes/No', /not a yes or no/],
    ['No reason recorded', /not a yes or no/],
    ['maybe', /not a yes or no/],
  ])('%s → not ok', (raw, reason) => {
    const result = parseYesNo(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('reads "seen alone" phrases as whole answers, so "not seen alone" is never a yes', () => {
    const words = YES_NO_WORDS['visits.seenAlone'];
    expect(parseYesNo('Seen alone', words)).toEqual({ ok: true, value: true });
    expect(parseYesNo('Not seen alone', words)).toEqual({ ok: true, value: false });
    expect(parseYesNo('Seen, but not alone', words)).toEqual({ ok: true, value: false });
    expect(parseYesNo('Seen alone?', words)).toEqual({ ok: true, value: true });
    expect(parseYesNo('Seen alone at school and at home', words).ok).toBe(false);
    // Without the field's words the phrase is not an answer at all.
    expect(parseYesNo('Not seen alone').ok).toBe(false);
  });

  it('never reads "not seen alone" as saying whether the child was seen', () => {
    expect(parseYesNo('Not seen alone', YES_NO_WORDS['visits.seen']).ok).toBe(false);
    expect(parseYesNo('Seen but not alone', YES_NO_WORDS['visits.seen'])).toEqual({
      ok: true,
      value: true,
    });
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
        const result = parseYesNo(raw, YES_NO_WORDS['visits.seenAlone']);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('words for regions, meetings, actions and people', () => {
  it('reads regions', () => {
    expect(parseRegion('England and Wales')).toEqual({ ok: true, value: 'england-and-wales' });
    expect(parseRegion('England & Wales')).toEqual({ ok: true, value: 'england-and-wales' });
    expect(parseRegion('SCOTLAND')).toEqual({ ok: true, value: 'scotland' });
    expect(parseRegion('Northern Ireland')).toEqual({ ok: true, value: 'northern-ireland' });
    expect(parseRegion('Isle of Man').ok).toBe(false);
  });

  it('reads meeting states and refuses cancelled ones', () => {
    expect(parseMeetingStatus('Held')).toEqual({ ok: true, value: 'held' });
    expect(parseMeetingStatus('Completed')).toEqual({ ok: true, value: 'held' });
    expect(parseMeetingStatus('Booked')).toEqual({ ok: true, value: 'scheduled' });
    const cancelled = parseMeetingStatus('Cancelled - rearranged');
    expect(cancelled).toMatchObject({ ok: false, reason: 'neither held nor scheduled' });
  });

  it('reads action states', () => {
    expect(parseActionStatus('In progress')).toEqual({ ok: true, value: 'in-progress' });
    expect(parseActionStatus('Drifting')).toEqual({ ok: true, value: 'drifted' });
    expect(parseActionStatus('Not started')).toEqual({ ok: true, value: 'not-started' });
    expect(parseActionStatus('Overdue').ok).toBe(false);
  });

  it('splits people on lines, semicolons or commas, never inside brackets', () => {
    expect(
      parseNames(['Sam Oakhurst (social worker, Northmoor Council)', 'Dana (mother)']),
    ).toEqual(['Sam Oakhurst (social worker, Northmoor Council)', 'Dana (mother)']);
    expect(parseNames(['Sam Oakhurst (social worker, Northmoor Council), Dana (mother)'])).toEqual([
      'Sam Oakhurst (social worker, Northmoor Council)',
      'Dana (mother)',
    ]);
    expect(parseNames(['A, B; C'])).toEqual(['A, B', 'C']);
    expect(parseNames(['None'])).toEqual([]);
  });
});

describe('labels and synonyms', () => {
  it('ignores case, punctuation, spacing, accents and hints in brackets', () => {
    expect(normaliseLabel('  Seen   alone?: ')).toBe('seen alone');
    expect(normaliseLabel('DATE OF ICPC')).toBe('date of icpc');
    expect(normaliseLabel("Child's views")).toBe('childs views');
    expect(normaliseLabel('Roles & responsibilities')).toBe('roles and responsibilities');
    expect(normaliseLabel('Date of birth (dd/mm/yyyy)')).toBe('date of birth');
    expect(normaliseLabel('Café')).toBe('cafe');
    expect(normaliseLabel('(ICPC)')).toBe('icpc');
  });

  it.each([
    ['Date of ICPC', 'icpcDate'],
    ['ICPC date', 'icpcDate'],
    ['Initial child protection conference', 'icpcDate'],
    ['Initial CP conference date', 'icpcDate'],
    ['Child Protection Planning Meeting', 'icpcDate'],
    ['CPPM date', 'icpcDate'],
    ['Plan end date', 'planEndDate'],
    ['Nation', 'region'],
    ['Review conference date', 'reviewConferences.date'],
    ['Report shared', 'reviewConferences.reportSharedDate'],
    ['Core group date', 'coreGroups.date'],
    ['Minutes circulated', 'coreGroups.minutesCirculatedDate'],
    ['Attendees', 'coreGroups.attendees'],
    ['Apologies', 'coreGroups.apologies'],
    ['Visit date', 'visits.date'],
    ['Child seen', 'visits.seen'],
    ['Seen alone?', 'visits.seenAlone'],
    ['Child seen alone', 'visits.seenAlone'],
    ['Was the child seen on their own', 'visits.seenAlone'],
    ['Pre-verbal', 'children.preVerbal'],
    ['Date of birth', 'children.dateOfBirth'],
    ['School move date', 'schoolMoves.date'],
    ['Contingency plan', 'plans.sections.contingency'],
    ['Owner', 'plans.actions.owner'],
    ['Due date', 'plans.actions.due'],
  ])('"%s" names %s', (label, field) => {
    expect(fieldsForLabel(label)).toContain(field);
  });

  it('has labels for every plan section, action field and record field', () => {
    const missing = FIELD_PATHS.filter((path) => !(BUILT_IN_SYNONYMS[path]?.length ?? 0));
    expect(missing).toEqual([]);
  });

  it('keeps the plan section list the same as the domain', () => {
    expect([...PLAN_SECTIONS]).toEqual([...PLAN_SECTION_IDS]);
  });

  it('takes a profile’s own labels as data', () => {
    const index = buildSynonymIndex(BUILT_IN_SYNONYMS, { icpcDate: ['Date case conference held'] });
    expect(fieldsForLabel('DATE case conference held:', index)).toEqual(['icpcDate']);
    expect(fieldsForLabel('Date case conference held')).toEqual([]);
  });

  it('leaves an ambiguous label to its context', () => {
    expect(fieldsForLabel('Date')).toEqual(
      expect.arrayContaining(['reviewConferences.date', 'coreGroups.date', 'visits.date']),
    );
  });
});
