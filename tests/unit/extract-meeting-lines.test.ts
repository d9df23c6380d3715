// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAREFLOW_MEETING_WORDS } from '../../demo/careflow/core-groups';
import { demoCases, recordFor } from '../../demo/cases';
import { GRIDCASE_MEETING_WORDS } from '../../demo/gridcase/core-groups';
import {
  apologyText,
  householdText,
  meetingActionText,
  personText,
  progressText,
} from '../../demo/meeting-text';
import { respondToDemoRequest } from '../../demo/routes';
import { casePages } from '../../demo/urls';
import type { CoreGroup } from '../../lib/domain';
import { readPage } from '../../lib/extract';
import {
  parseActionProgress,
  parseApologies,
  parseAttendees,
  parseDateList,
  parseHouseholdChanges,
  parseMeetingActions,
  parseNonCooperation,
  parsePerson,
  parseRiskTrend,
} from '../../lib/extract/parse-meeting';
import { parseAsBrowser } from './parse-as-browser';

describe('a core group record, line by line', () => {
  it('reads people as "Name (role, agency)"', () => {
    expect(
      parsePerson('Gita Sandhu (designated safeguarding lead, Fallowfield High School)'),
    ).toEqual({
      ok: true,
      value: {
        name: 'Gita Sandhu',
        role: 'designated safeguarding lead',
        agency: 'Fallowfield High School',
      },
    });
    expect(parsePerson('Dana (mother)')).toEqual({
      ok: true,
      value: { name: 'Dana', role: 'mother' },
    });
    expect(parsePerson('Jo Bloggs')).toEqual({ ok: true, value: { name: 'Jo Bloggs' } });
    expect(parsePerson('Jo (mother')).toMatchObject({ ok: false, raw: 'Jo (mother' });
    expect(parseAttendees(['A (x), B (y, z)'])).toEqual({
      ok: true,
      value: [
        { name: 'A', role: 'x' },
        { name: 'B', role: 'y', agency: 'z' },
      ],
    });
    expect(parseAttendees(['None'])).toEqual({ ok: true, value: [] });
  });

  it('reads whether an absent member sent a written update, and leaves it out when not said', () => {
    expect(
      parseApologies(['Ben (SENCo) — report sent', 'Ann (GP, Surgery) — no written update', 'Kim']),
    ).toEqual({
      ok: true,
      value: [
        { name: 'Ben', role: 'SENCo', writtenUpdateSent: true },
        { name: 'Ann', role: 'GP', agency: 'Surgery', writtenUpdateSent: false },
        { name: 'Kim' },
      ],
    });
    expect(parseApologies(['Ben (SENCo) — maybe'])).toMatchObject({
      ok: false,
      raw: 'Ben (SENCo) — maybe',
    });
  });

  it('reads progress with its status, date and "carried over", from the end of the line', () => {
    expect(
      parseActionProgress([
        'Weekly sessions — at home — Drifting — due 5 Mar 2027 — carried over',
        'Health check — Done',
      ]),
    ).toEqual({
      ok: true,
      value: [
        {
          action: 'Weekly sessions — at home',
          status: 'drifted',
          due: '2027-03-05',
          carriedOver: true,
        },
        { action: 'Health check', status: 'done' },
      ],
    });
    const noStatus = parseActionProgress(['Health check']);
    expect(noStatus).toMatchObject({ ok: false, raw: 'Health check', reason: 'no progress given' });
    expect(parseActionProgress(['Check — Done — due 31/02/2027'])).toMatchObject({ ok: false });
  });

  it('reads new actions with an owner and a date, either left out', () => {
    expect(
      parseMeetingActions([
        'Mentor — Ms Lee (school) — by 05/03/2027',
        'Mentor — by 05/03/2027',
        'Mentor — by the school',
      ]),
    ).toEqual({
      ok: true,
      value: [
        { text: 'Mentor', owner: 'Ms Lee (school)', due: '2027-03-05' },
        { text: 'Mentor', due: '2027-03-05' },
        { text: 'Mentor', owner: 'by the school' },
      ],
    });
  });

  it('reads household changes, and refuses one with no relationship', () => {
    expect(
      parseHouseholdChanges(['Craig Dunn (mother’s partner) — since 30/01/2027 — not assessed']),
    ).toEqual({
      ok: true,
      value: [
        {
          name: 'Craig Dunn',
          relationship: 'mother’s partner',
          since: '2027-01-30',
          assessed: false,
        },
      ],
    });
    expect(parseHouseholdChanges(['Craig Dunn — assessed'])).toMatchObject({ ok: false });
    expect(parseHouseholdChanges(['No changes'])).toEqual({ ok: true, value: [] });
  });

  it('reads dates, risk and non-co-operation, and says when it cannot', () => {
    expect(parseDateList(['10/03/2027', '5 Feb 2027'])).toEqual({
      ok: true,
      value: ['2027-03-10', '2027-02-05'],
    });
    expect(parseDateList(['soon'])).toMatchObject({ ok: false, raw: 'soon' });
    expect(parseRiskTrend('Rising')).toEqual({ ok: true, value: 'increasing' });
    expect(parseRiskTrend('Reducing')).toEqual({ ok: true, value: 'decreasing' });
    expect(parseRiskTrend('worse')).toMatchObject({ ok: false, raw: 'worse' });
    expect(parseNonCooperation('Serious — refused entry')).toEqual({
      ok: true,
      value: { level: 'serious', notes: 'refused entry' },
    });
    expect(parseNonCooperation('Some')).toEqual({ ok: true, value: { level: 'some' } });
    expect(parseNonCooperation('lots')).toMatchObject({ ok: false });
  });
});

describe('what the demo systems write, read back (property)', () => {
  const wordText = fc.stringMatching(/^[A-Z][a-z]{1,8}( [a-z]{1,8}){0,4}$/);
  const date = fc
    .integer({ min: 0, max: 3000 })
    .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const systems = fc.constantFrom(CAREFLOW_MEETING_WORDS, GRIDCASE_MEETING_WORDS);

  it('round-trips people, apologies, progress, actions and household changes', () => {
    fc.assert(
      fc.property(
        systems,
        fc.record(
          { name: wordText, role: wordText, agency: wordText },
          { requiredKeys: ['name', 'role'] },
        ),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.record(
          {
            action: wordText,
            status: fc.constantFrom('not-started', 'in-progress', 'done', 'drifted'),
            due: date,
            carriedOver: fc.constant(true),
          },
          { requiredKeys: ['action', 'status'] },
        ),
        fc.record({ text: wordText, owner: wordText, due: date }, { requiredKeys: ['text'] }),
        fc.record(
          { name: wordText, relationship: wordText, since: date, assessed: fc.boolean() },
          { requiredKeys: ['name', 'relationship'] },
        ),
        (w, person, sent, progress, action, change) => {
          expect(parseAttendees([personText(person)])).toEqual({ ok: true, value: [person] });
          const apology = sent === undefined ? person : { ...person, writtenUpdateSent: sent };
          expect(parseApologies([apologyText(apology, w)])).toEqual({ ok: true, value: [apology] });
          expect(parseActionProgress([progressText(progress, w)])).toEqual({
            ok: true,
            value: [progress],
          });
          expect(parseMeetingActions([meetingActionText(action, w)])).toEqual({
            ok: true,
            value: [action],
          });
          expect(parseHouseholdChanges([householdText(change, w)])).toEqual({
            ok: true,
            value: [change],
          });
        },
      ),
    );
  });
});

describe('the generic reader reads the demo meeting records', () => {
  const TODAY = '2026-11-25';
  const BASE = 'http://127.0.0.1:4173';
  const shownEmpty = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0);

  it.each(['CF-1001', 'CF-1003', 'GC-2002'])(
    '%s: every field shown with a value, with the built-in synonyms and no profile',
    (caseId) => {
      const demoCase = demoCases(TODAY).find((c) => c.views.some((v) => v.caseId === caseId));
      const view = demoCase?.views.find((v) => v.caseId === caseId);
      if (!demoCase || !view) throw new Error(caseId);
      const record = recordFor(demoCase, view);
      const read = new Map<string, CoreGroup>();
      for (const page of casePages(view, record).filter((p) => p.kind === 'core-group')) {
        const response = respondToDemoRequest(
          { method: 'GET', url: page.path },
          { today: TODAY, baseUrl: BASE },
        );
        const doc = parseAsBrowser(response.body);
        doc.body.insertAdjacentHTML('afterbegin', `<p>Case ID: ${caseId}</p>`);
        const result = readPage(doc, new URL(page.path, BASE), [], {
          now: new Date(`${TODAY}T12:00:00Z`),
        });
        if (result.kind !== 'case-page') throw new Error(result.reason);
        for (const group of result.read.fields.coreGroups ?? []) {
          read.set(group.date, { ...read.get(group.date), ...group });
        }
      }
      for (const expected of record.coreGroups.filter((g) => g.status === 'held')) {
        // Without a profile an empty field is not read (unknown), never taken as "none".
        const shown = Object.fromEntries(
          Object.entries(expected).filter(([, v]) => !shownEmpty(v) || Array.isArray(v)),
        );
        const got = read.get(expected.date) as Record<string, unknown>;
        for (const [key, value] of Object.entries(shown)) {
          if (Array.isArray(value) && value.length === 0) continue;
          expect(got?.[key], `${expected.date} ${key}`).toEqual(value);
        }
        for (const [key, value] of Object.entries(expected)) {
          if (value === null) expect(got?.[key], `${expected.date} ${key}`).toBeUndefined();
        }
      }
    },
  );
});
