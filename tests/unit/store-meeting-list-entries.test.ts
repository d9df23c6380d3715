import { describe, expect, it } from 'vitest';
import type { CoreGroup } from '../../lib/domain';
import {
  addCorrection,
  applyPageRead,
  getCaseRecord,
  getCaseView,
  type LensDb,
  listAudit,
  undoCorrection,
} from '../../lib/store';
import { DATE, LATER, meetingEntryStore, NOW, ORIGIN } from './store-meeting-helpers';

// All names and identifiers are fictional.
const CASE = 'C-3004';
const PATH = '/careflow/case/C-3004/core-groups';

/** Held; the page showed neither who attended, nor apologies, nor new actions. */
const meeting: CoreGroup = {
  date: DATE,
  status: 'held',
  childSituation: 'Kai is settled at school.',
  parentsViews: 'Mother agrees with the plan.',
  nextMeetingDate: '2026-03-20',
};

const MUM = { name: 'Chloe Wren', role: 'mother' };
const SW = { name: 'Alex Brennan', role: 'lead social worker', agency: 'Northmoor Council' };
const GP = { name: 'Dr Imran Shah', role: 'GP', agency: 'Northmoor Surgery' };

const { freshDb, read, stored, entry, review } = meetingEntryStore({
  caseId: CASE,
  path: PATH,
  meeting,
});

async function outcome(db: LensDb, check: string) {
  const { latestFindings } = await review(db);
  return latestFindings.filter((f) => f.check === check).map((f) => f.outcome);
}

describe('entering a list section of a core group record', () => {
  it('sets who attended as a whole list, and the attendance checks become computable', async () => {
    const db = freshDb();
    await stored(db);
    expect(await outcome(db, 'lead-social-worker-present')).toEqual(['unknown']);
    const added = await addCorrection(db, entry('attendees', [MUM]), NOW);
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.value.pageValue).toBeNull();
    expect((await getCaseRecord(db, CASE))?.coreGroups[0]?.attendees).toEqual([MUM]);
    expect(await outcome(db, 'lead-social-worker-present')).toEqual(['gap']);
    expect(await outcome(db, 'parents-present-or-reason')).toEqual(['met']);

    // A later entry replaces the list whole.
    await addCorrection(db, entry('attendees', [MUM, SW]), LATER);
    expect((await getCaseRecord(db, CASE))?.coreGroups[0]?.attendees).toEqual([MUM, SW]);
    expect(await outcome(db, 'lead-social-worker-present')).toEqual(['met']);
    const audit = await listAudit(db);
    expect(audit.some((a) => a.field === 'coreGroups.attendees')).toBe(true);
    expect(JSON.stringify(audit)).not.toContain('Chloe');
  });

  it('a professional absent without a written update is found once apologies are entered', async () => {
    const db = freshDb();
    await stored(db);
    expect(await outcome(db, 'absent-member-written-update')).not.toContain('gap');
    await addCorrection(db, entry('apologies', [{ ...GP, writtenUpdateSent: false }]), NOW);
    expect(await outcome(db, 'absent-member-written-update')).toContain('gap');
  });

  it('undoes a list entry: the section is unread again', async () => {
    const db = freshDb();
    await stored(db);
    const added = await addCorrection(
      db,
      entry('newActions', [
        { text: 'Mentor offered at school', owner: 'Ms Lee', due: '2026-04-01' },
      ]),
      NOW,
    );
    if (!added.ok) throw new Error('not stored');
    expect((await getCaseRecord(db, CASE))?.coreGroups[0]?.newActions).toHaveLength(1);
    await undoCorrection(db, added.value.id, LATER);
    expect((await getCaseRecord(db, CASE))?.coreGroups[0]?.newActions).toBeUndefined();
  });

  it('lapses, visibly, when the page later shows a list of its own', async () => {
    const db = freshDb();
    await stored(db);
    await addCorrection(db, entry('attendees', [MUM]), NOW);
    const same = await applyPageRead(db, read('2026-03-01T18:00:00.000Z', meeting), {
      origin: ORIGIN,
      now: NOW,
    });
    expect(same.ok && same.value.supersededCorrections).toBe(0);
    const reread = await applyPageRead(
      db,
      read('2026-03-02T08:00:00.000Z', { ...meeting, attendees: [SW, MUM] }),
      { origin: ORIGIN, now: LATER },
    );
    expect(reread.ok && reread.value.supersededCorrections).toBe(1);
    const view = await getCaseView(db, CASE);
    expect(view?.record.coreGroups[0]?.attendees).toEqual([SW, MUM]);
    expect(view?.corrections[0]?.supersededAt).toBe(LATER.toISOString());
  });

  it('keeps the page’s list with an entry made over it', async () => {
    const db = freshDb();
    await stored(db, { ...meeting, newActions: [] });
    const added = await addCorrection(
      db,
      entry('newActions', [{ text: 'Referral to CAMHS' }]),
      NOW,
    );
    expect(added.ok && added.value.pageValue).toEqual([]);
  });

  it('refuses a list the section cannot hold', async () => {
    const db = freshDb();
    await stored(db);
    for (const bad of [
      entry('attendees', []),
      entry('attendees', [{ role: 'mother' }]),
      entry('attendees', [{ name: '' }]),
      entry('attendees', MUM),
      entry('attendees', [{ name: 'x'.repeat(301) }]),
      entry('apologies', [{ name: 'Dr Shah', writtenUpdateSent: 'yes' }]),
      entry('newActions', [{ text: '' }]),
      entry('newActions', [{ text: 'Visit', due: '2026-02-30' }]),
      entry(
        'newActions',
        Array.from({ length: 1001 }, () => ({ text: 'Visit' })),
      ),
    ]) {
      const result = await addCorrection(db, bad, NOW);
      expect(result, JSON.stringify(bad).slice(0, 80)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect((await getCaseView(db, CASE))?.corrections).toEqual([]);
  });
});
