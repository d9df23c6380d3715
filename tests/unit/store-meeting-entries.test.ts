import { describe, expect, it } from 'vitest';
import type { CoreGroup } from '../../lib/domain';
import { countMeetingGaps } from '../../lib/rules/meeting-summary';
import { getProcedure } from '../../lib/rules/procedures';
import {
  addCorrection,
  applyPageRead,
  CorrectionSchema,
  exportCase,
  getCaseRecord,
  getCaseView,
  importData,
  type LensDb,
  listAudit,
  undoCorrection,
} from '../../lib/store';
import { DATE, LATER, meetingEntryStore, NOW, ORIGIN, TODAY } from './store-meeting-helpers';

// All names and identifiers are fictional.
const CASE = 'C-3003';
const PATH = '/careflow/case/C-3003/core-groups';

/** Held, with the parents' views shown empty and the risk and chair not on the page at all. */
const meeting: CoreGroup = {
  date: DATE,
  status: 'held',
  attendees: [
    { name: 'Alex Brennan', role: 'lead social worker', agency: 'Northmoor Council' },
    { name: 'Chloe Wren', role: 'mother' },
  ],
  apologies: [],
  childSituation: 'Kai is settled at school.',
  actionProgress: [],
  newActions: [],
  parentsViews: null,
  childViews: 'Kai says home is calmer.',
  nextMeetingDate: '2026-03-20',
};

const { freshDb, read, stored, entry, review } = meetingEntryStore({
  caseId: CASE,
  path: PATH,
  meeting,
});

async function findingsOf(db: LensDb) {
  const { latestFindings, historyFindings } = await review(db);
  return [...latestFindings, ...historyFindings];
}
const sectionOutcome = async (db: LensDb, section: string) =>
  (await findingsOf(db)).find((f) => f.check === 'section-recorded' && f.subject === section)
    ?.outcome;

describe('entering a section of a core group record the page did not show', () => {
  it('sets that section only, as entered by the user, and the checks use it', async () => {
    const db = freshDb();
    await stored(db);
    expect(await sectionOutcome(db, 'parentsViews')).toBe('gap');
    const before = countMeetingGaps(
      (await getCaseRecord(db, CASE)) as never,
      getProcedure('england'),
      TODAY,
    );

    const added = await addCorrection(
      db,
      entry('parentsViews', 'Mother wants the family support sessions to continue.'),
      NOW,
    );
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    // What the page showed is kept with the entry, so both stay visible.
    expect(added.value.pageValue).toBeNull();
    expect(added.value.pageSource).toMatchObject({ kind: 'page', path: PATH });
    expect(CorrectionSchema.safeParse(added.value).success).toBe(true);

    const record = await getCaseRecord(db, CASE);
    const [group] = record?.coreGroups ?? [];
    expect(group?.parentsViews).toBe('Mother wants the family support sessions to continue.');
    // The meeting itself is still "read from the page"; the rest of it is untouched.
    expect(group?.source).toMatchObject({ kind: 'page', path: PATH });
    expect(group?.childViews).toBe(meeting.childViews);
    expect(await sectionOutcome(db, 'parentsViews')).toBe('met');
    const after = countMeetingGaps(record as never, getProcedure('england'), TODAY);
    expect(after.gaps).toBe(before.gaps - 1);

    const audit = await listAudit(db);
    expect(audit.some((a) => a.action === 'correct' && a.field === 'coreGroups.parentsViews')).toBe(
      true,
    );
    // The log names the field, never the value entered.
    expect(JSON.stringify(audit)).not.toContain('family support');
  });

  it('turns an unknown into a finding: a risk entered as increasing twice in a row is a gap', async () => {
    const db = freshDb();
    const earlier: CoreGroup = { ...meeting, date: '2026-01-30', riskTrend: 'increasing' };
    await applyPageRead(
      db,
      {
        caseId: CASE,
        pageKind: 'core-group',
        path: PATH,
        readAt: '2026-03-01T10:00:00.000Z',
        fields: { coreGroups: [earlier, meeting] },
      },
      { origin: ORIGIN, now: NOW },
    );
    const risk = async () => (await findingsOf(db)).find((f) => f.check === 'risk-increasing');
    expect((await risk())?.outcome).toBe('unknown');
    expect((await addCorrection(db, entry('riskTrend', 'increasing'), NOW)).ok).toBe(true);
    expect((await risk())?.outcome).toBe('gap');
    expect((await risk())?.prompt).toMatch(/bring the review conference forward/);
  });

  it('undoes one entry and leaves the others', async () => {
    const db = freshDb();
    await stored(db);
    const views = await addCorrection(db, entry('parentsViews', 'Father disagrees.'), NOW);
    const chair = await addCorrection(
      db,
      entry('chair', { name: 'Alex Brennan', role: 'lead social worker' }),
      LATER,
    );
    if (!views.ok || !chair.ok) throw new Error('not stored');
    expect(await undoCorrection(db, views.value.id, LATER)).toEqual({
      ok: true,
      value: { undone: true },
    });
    const [group] = (await getCaseRecord(db, CASE))?.coreGroups ?? [];
    expect(group?.parentsViews).toBeNull();
    expect(group?.chair).toEqual({ name: 'Alex Brennan', role: 'lead social worker' });
    expect(await sectionOutcome(db, 'parentsViews')).toBe('gap');
    const audit = await listAudit(db);
    expect(
      audit.some((a) => a.action === 'undo-correction' && a.field === 'coreGroups.parentsViews'),
    ).toBe(true);
  });

  it('a later entry of the same section wins; undoing it brings the earlier back', async () => {
    const db = freshDb();
    await stored(db);
    await addCorrection(db, entry('riskTrend', 'stable'), NOW);
    const second = await addCorrection(db, entry('riskTrend', 'decreasing'), LATER);
    if (!second.ok) throw new Error('not stored');
    expect((await getCaseRecord(db, CASE))?.coreGroups[0]?.riskTrend).toBe('decreasing');
    await undoCorrection(db, second.value.id, LATER);
    expect((await getCaseRecord(db, CASE))?.coreGroups[0]?.riskTrend).toBe('stable');
  });

  it('is kept when the page is read again showing the same, or changing another section', async () => {
    const db = freshDb();
    await stored(db);
    await addCorrection(db, entry('parentsViews', 'Mother agrees with the plan.'), NOW);
    const reread = await applyPageRead(
      db,
      read('2026-03-02T08:00:00.000Z', { ...meeting, childSituation: 'Kai has a new mentor.' }),
      { origin: ORIGIN, now: LATER },
    );
    expect(reread.ok && reread.value.supersededCorrections).toBe(0);
    const [group] = (await getCaseRecord(db, CASE))?.coreGroups ?? [];
    expect(group?.parentsViews).toBe('Mother agrees with the plan.');
    expect(group?.childSituation).toBe('Kai has a new mentor.');
  });

  it('lapses, visibly, when the case system later shows a value of its own', async () => {
    const db = freshDb();
    await stored(db);
    await addCorrection(db, entry('parentsViews', 'Mother agrees with the plan.'), NOW);
    const reread = await applyPageRead(
      db,
      read('2026-03-02T08:00:00.000Z', { ...meeting, parentsViews: 'Parents want more support.' }),
      { origin: ORIGIN, now: LATER },
    );
    expect(reread.ok && reread.value.supersededCorrections).toBe(1);
    const view = await getCaseView(db, CASE);
    expect(view?.record.coreGroups[0]?.parentsViews).toBe('Parents want more support.');
    // Not silently dropped: the entry is still listed, marked as no longer applying.
    expect(view?.corrections).toHaveLength(1);
    expect(view?.corrections[0]?.supersededAt).toBe(LATER.toISOString());
  });

  it('treats a section shown blank like one shown empty: the entry stands either way', async () => {
    const db = freshDb();
    await applyPageRead(db, read('2026-03-01T10:00:00.000Z', { ...meeting, parentsViews: '  ' }), {
      origin: ORIGIN,
      now: NOW,
    });
    const added = await addCorrection(db, entry('parentsViews', 'Father agrees.'), NOW);
    expect(added.ok && added.value.pageValue).toBeNull();
    const reread = await applyPageRead(db, read('2026-03-02T08:00:00.000Z', meeting), {
      origin: ORIGIN,
      now: LATER,
    });
    expect(reread.ok && reread.value.supersededCorrections).toBe(0);
    expect((await getCaseRecord(db, CASE))?.coreGroups[0]?.parentsViews).toBe('Father agrees.');
  });

  it('refuses, with the reason, an entry for a meeting the case does not hold', async () => {
    const db = freshDb();
    await stored(db);
    const result = await addCorrection(db, entry('riskTrend', 'stable', '2026-02-21'), NOW);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(result.ok ? '' : result.error.message).toContain('no core group on 2026-02-21');
    expect((await getCaseView(db, CASE))?.corrections).toEqual([]);
  });

  it('refuses a value the section cannot hold', async () => {
    const db = freshDb();
    await stored(db);
    for (const bad of [
      entry('riskTrend', 'worse'),
      entry('parentsViews', '   '),
      entry('parentsViews', null),
      entry('nextMeetingDate', '2026-02-30'),
      entry('chair', { role: 'chair' }),
      entry('status', 'held'),
      entry('riskTrend', 'stable', 'last week'),
    ]) {
      const result = await addCorrection(db, bad, NOW);
      expect(result, JSON.stringify(bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect((await getCaseView(db, CASE))?.corrections).toEqual([]);
  });

  it('travels with the case through export and import', async () => {
    const db = freshDb();
    await stored(db);
    await addCorrection(db, entry('riskTrend', 'stable'), NOW);
    const exported = await exportCase(db, CASE, NOW);
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    const target = freshDb();
    expect((await importData(target, JSON.stringify(exported.value), NOW)).ok).toBe(true);
    expect((await getCaseRecord(target, CASE))?.coreGroups[0]?.riskTrend).toBe('stable');
    expect((await getCaseView(target, CASE))?.corrections[0]?.change).toMatchObject({
      field: 'meetingSection',
      section: 'riskTrend',
    });
  });
});
