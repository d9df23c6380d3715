import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { generateCases } from '../../bench/generate-cases';
import type { CaseRecord, IsoDate } from '../../lib/domain';
import type { ComputeFindingsOptions, Finding } from '../../lib/rules';

/*
 * Pins `computeFindings` over a few hundred generated cases, under several procedures, regions,
 * closures and "today"s, to its output before the rules were made fast (issue 8): the caches
 * and shortcuts that made them fast must never change a finding, its status, reason, dates or
 * sources, nor the order of findings or of their fields. The fixture holds one digest per case
 * per scenario, so a failure names the case. Regenerate it (UPDATE_PINNED_FINDINGS=1) only when a
 * rule's output is meant to change, and say so in the commit.
 */

const FIXTURE = new URL('./rules-pinned-findings.json', import.meta.url);
const GENERATED_ON: IsoDate = '2026-11-25';
const CASES = 240;

/** Adds what the generator leaves out: provenance, a missing region, plans ending later. */
function decorate(record: CaseRecord, i: number): CaseRecord {
  const readAt = '2026-11-20T10:00:00.000Z';
  const page = (pageKind: 'case-summary' | 'core-group' | 'visit' | 'conference') =>
    ({ kind: 'page', pageKind, path: `/case/${record.caseId}/${pageKind}`, readAt }) as const;
  const out: CaseRecord = { ...record };
  if (i % 3 === 0) {
    out.provenance = { icpcDate: page('case-summary') };
    out.coreGroups = record.coreGroups.map((g, j) =>
      j % 2 ? g : { ...g, source: page('core-group') },
    );
    out.visits = record.visits.map((v, j) => (j % 3 ? v : { ...v, source: page('visit') }));
    out.reviewConferences = record.reviewConferences.map((r) => ({
      ...r,
      source: page('conference'),
    }));
  }
  if (i % 7 === 1) delete out.region;
  if (i % 11 === 2) out.planEndDate = '2027-01-08';
  if (i % 13 === 3) delete out.icpcDate;
  if (i % 17 === 4) out.children = [];
  // Two records of one visit day, which count as one visit.
  if (i % 5 === 4 && record.visits[0]) out.visits = [...record.visits, record.visits[0]];
  return out;
}

async function scenarios(): Promise<Record<string, ComputeFindingsOptions>> {
  const { getProcedure, withOverrides, ENGLAND } = await import('../../lib/rules');
  const local = withOverrides(ENGLAND, {
    coreGroupInterval: { amount: 6, unit: 'weeks', countBankHolidays: false, dayZero: 'day-after' },
    minutesCirculated: { dayZero: 'day-after' },
    visitFrequency: { amount: 14, unit: 'calendar-days', countBankHolidays: false },
    reviewReportShared: { amount: 3, unit: 'working-days', dayZero: 'day-after' },
    seenAlone: { policy: 'alternate-visits' },
  });
  const christmas = new Set(['2026-12-24', '2026-12-29', '2026-12-30', '2026-12-31']);
  return {
    england: { today: '2026-11-25' },
    'after christmas': { today: '2027-01-04' },
    scotland: {
      today: '2026-12-23',
      region: 'scotland',
      procedure: getProcedure('scotland'),
      closures: christmas,
    },
    'wales at easter, core groups read': {
      today: '2026-04-02',
      procedure: getProcedure('wales'),
      listsRead: new Set(['coreGroups']),
    },
    'alternate visits, all read': {
      today: '2026-11-25',
      procedure: getProcedure('england-10-day-visits'),
      listsRead: new Set(['coreGroups', 'visits', 'reviewConferences']),
    },
    monthly: { today: '2026-11-30', procedure: getProcedure('england-monthly') },
    'four-weekly': { today: '2026-12-01', procedure: getProcedure('england-4-weekly') },
    'local overrides with closures': { today: '2026-12-21', procedure: local, closures: christmas },
  };
}

/** Every field, in order, an explicit `undefined` included. */
function digest(findings: Finding[]): string {
  const text = JSON.stringify(findings, (_key, value) =>
    value === undefined ? '<undefined>' : value,
  );
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

type Digests = Record<string, Record<string, string>>;

/** `reversed`: scenarios and cases the other way round, so no cache sees them in one order only. */
async function digestsNow(reversed = false): Promise<Digests> {
  const { computeFindings } = await import('../../lib/rules');
  const cases = generateCases(CASES, GENERATED_ON, 8).map(decorate);
  const named = Object.entries(await scenarios());
  if (reversed) {
    cases.reverse();
    named.reverse();
  }
  const out: Digests = {};
  for (const [name, opts] of named) {
    const byCase: Record<string, string> = {};
    for (const record of cases) byCase[record.caseId] = digest(computeFindings(record, opts));
    out[name] = byCase;
  }
  return out;
}

/** Several thousand runs of the rules: minutes, not seconds, on two cores shared with others. */
const SLOW = 180_000;

function expectPinned(now: Digests): void {
  const pinned = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Digests;
  expect(Object.keys(now).sort()).toEqual(Object.keys(pinned).sort());
  for (const [name, byCase] of Object.entries(pinned)) {
    const changed = Object.keys(byCase).filter((id) => now[name]?.[id] !== byCase[id]);
    expect(changed, `cases whose findings changed under "${name}"`).toEqual([]);
  }
}

describe('computeFindings over generated cases', () => {
  it(
    'gives exactly the findings it gave before the rules were made fast',
    async () => {
      const now = await digestsNow();
      if (process.env.UPDATE_PINNED_FINDINGS) {
        writeFileSync(FIXTURE, `${JSON.stringify(now, null, 1)}\n`);
      }
      expectPinned(now);
    },
    SLOW,
  );

  it(
    'gives the same from fresh modules, cases and scenarios taken the other way round',
    async () => {
      vi.resetModules();
      expectPinned(await digestsNow(true));
    },
    SLOW,
  );
});
