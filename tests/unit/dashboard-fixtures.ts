import { demoCases } from '../../demo/cases';
import type { CaseRecord, IsoDate, PageReadInput } from '../../lib/domain';
import { DashboardMemo } from '../../lib/present/dashboard-memo';
import type { DashboardCaseInput, DashboardRow } from '../../lib/present/dashboard-rows';
import { rulesSetup } from '../../lib/present/dashboard-rules-setup';
import { addDays } from '../../lib/rules/calendar';
import { applyPageRead, type LensDb } from '../../lib/store';

/**
 * `count` realistic cases for the dashboard's tests: the demo families' records, each dated as
 * if "today" were up to 59 days earlier, so the same families land on every status (on time,
 * due soon, overdue, late) as they would across a real team's caseload.
 */
export function generatedRecords(count: number, today: IsoDate): CaseRecord[] {
  const byShift = new Map<number, CaseRecord[]>();
  const records: CaseRecord[] = [];
  for (let i = 0; i < count; i++) {
    const shift = i % 60;
    let families = byShift.get(shift);
    if (!families) {
      families = demoCases(addDays(today, -shift)).map((c) => c.record);
      byShift.set(shift, families);
    }
    const family = families[i % families.length] as CaseRecord;
    records.push({ ...family, caseId: `T-${String(i).padStart(5, '0')}` });
  }
  return records;
}

/** The record as one page read showing all of it, as the content script would send it. */
export function pageReadOf(record: CaseRecord, readAt: string): PageReadInput {
  const fields: PageReadInput['fields'] = {
    children: record.children,
    reviewConferences: record.reviewConferences,
    coreGroups: record.coreGroups,
    visits: record.visits,
    schoolMoves: record.schoolMoves,
    plans: record.plans,
  };
  if (record.region !== undefined) fields.region = record.region;
  if (record.icpcDate !== undefined) fields.icpcDate = record.icpcDate;
  if (record.planEndDate !== undefined) fields.planEndDate = record.planEndDate;
  return {
    caseId: record.caseId,
    pageKind: 'case-summary',
    path: `/case/${encodeURIComponent(record.caseId)}/summary`,
    readAt,
    fields,
  };
}

export const TEST_ORIGIN = 'http://127.0.0.1:4173';

/** Stores every record through the store's own API, as reading its page would. */
export async function seedStore(
  db: LensDb,
  records: readonly CaseRecord[],
  now = new Date('2026-11-25T10:00:00.000Z'),
): Promise<void> {
  for (const record of records) {
    const outcome = await applyPageRead(db, pageReadOf(record, now.toISOString()), {
      origin: TEST_ORIGIN,
      now,
    });
    if (!outcome.ok) throw new Error(`seeding ${record.caseId}: ${JSON.stringify(outcome)}`);
  }
}

/** The inputs the dashboard builds its rows from, as `loadCases` gives them. */
export function dashboardInputs(
  records: readonly CaseRecord[],
  readAt = '2026-11-25T10:00:00.000Z',
): DashboardCaseInput[] {
  return records.map((record, i) => ({
    caseId: record.caseId,
    record,
    updatedAt: readAt,
    // Spread over a month, so sorting by last read has something to sort.
    lastReadAt: new Date(Date.parse(readAt) - (i % 30) * 86_400_000).toISOString(),
    unreadCount: i % 11 === 0 ? 1 : 0,
    conflictCount: 0,
  }));
}

/** Rows as the dashboard shows them on `today`, with the default settings. */
export function rowsFor(records: readonly CaseRecord[], today: IsoDate): DashboardRow[] {
  const rows = new DashboardMemo().buildRows(
    dashboardInputs(records),
    rulesSetup(undefined, today),
  ).rows;
  if (!rows) throw new Error('rows were not all built');
  return rows;
}
