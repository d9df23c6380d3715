import type {
  CaseRecord,
  ChildPlan,
  CoreGroup,
  IsoDate,
  PageRead,
  PlanSectionId,
  ReviewConference,
  Visit,
} from '../lib/domain';
import { PLAN_SECTION_IDS } from '../lib/domain/case-record';

/**
 * Many plausible cases for timing the rules, the store and the dashboard: a caseload far larger
 * than any worker's, so the figures are an upper bound. Deterministic (a seeded generator), so
 * every run times the same work. Self-contained apart from types and the section ids, because
 * it is also bundled into a blank page to time the rules inside Chromium.
 */
export const CASE_COUNT = 5000;

/** mulberry32: a small, well-known 32-bit generator; quality is irrelevant here, speed is not. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;

function shift(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** One case opened `age` days before `today`, with a history as long as that. */
function generateCase(index: number, today: IsoDate, random: () => number): CaseRecord {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const caseId = `GEN-${String(index + 1).padStart(5, '0')}`;
  // Most plans last under a year (DfE, Characteristics of children in need, 2024).
  const age = int(5, 400);
  const icpc = shift(today, -age);
  const childCount = int(1, 3);
  const children = Array.from({ length: childCount }, (_, c) => ({
    id: `P-${String(500000 + index * 4 + c)}`,
    name: `Child ${c + 1} of case ${index + 1}`,
    dateOfBirth: shift(today, -int(100, 6000)),
    preVerbal: random() < 0.15,
    seenAloneNotRequired: random() < 0.05,
  }));
  const coreGroups: CoreGroup[] = [];
  for (let day = int(5, 12); day < age; day += int(20, 45)) {
    const date = shift(icpc, day);
    coreGroups.push({
      date,
      status: 'held',
      ...(random() < 0.8 ? { minutesCirculatedDate: shift(date, int(1, 10)) } : {}),
      attendees: [
        { name: 'Sam Oakhurst', kind: 'lead-social-worker' },
        { name: 'A parent', kind: 'parent' },
        { name: 'Class teacher', kind: 'professional' },
      ],
      apologies: random() < 0.3 ? [{ name: 'Health visitor', kind: 'professional' }] : [],
    });
  }
  if (random() < 0.7) coreGroups.push({ date: shift(today, int(1, 30)), status: 'scheduled' });
  const reviewConferences: ReviewConference[] = [];
  for (let day = 90; day < age; day += 180) {
    const date = shift(icpc, day);
    reviewConferences.push({
      date,
      status: 'held',
      ...(random() < 0.7 ? { reportSharedDate: shift(date, -int(2, 8)) } : {}),
    });
  }
  const visits: Visit[] = [];
  // Visits 5 to 16 days apart: mostly within 10 working days, some gaps run over.
  for (let day = int(1, 7); day < age; day += int(5, 16)) {
    visits.push({
      date: shift(icpc, day),
      children: children.map((child) => {
        const seen = random() < 0.9;
        const alone = random();
        return {
          childId: child.id,
          seen,
          ...(seen && alone < 0.85 ? { seenAlone: alone < 0.7 } : {}),
        };
      }),
    });
  }
  const plans: ChildPlan[] = children.map((child) => {
    const sections: Partial<Record<PlanSectionId, string>> = {};
    for (const id of PLAN_SECTION_IDS) {
      if (random() < 0.9) sections[id] = `What the plan says about ${id} for ${child.name}.`;
    }
    return {
      childId: child.id,
      sections,
      actions: Array.from({ length: int(2, 8) }, (_, a) => ({
        text: `Action ${a + 1} for ${child.name}.`,
        ...(random() < 0.85 ? { owner: 'Family support worker' } : {}),
        ...(random() < 0.85 ? { due: shift(today, int(-60, 90)) } : {}),
        ...(random() < 0.8 ? { measure: 'Seen at the next core group.' } : {}),
      })),
    };
  });
  return {
    caseId,
    region: random() < 0.9 ? 'england-and-wales' : 'scotland',
    children,
    icpcDate: icpc,
    ...(random() < 0.05 ? { planEndDate: shift(today, -int(1, 30)) } : {}),
    reviewConferences,
    coreGroups,
    visits,
    schoolMoves:
      random() < 0.1
        ? [{ childId: children[0]?.id ?? 'P-0', date: shift(today, -int(1, 60)) }]
        : [],
    plans,
  };
}

export function generateCases(count: number, today: IsoDate, seed = 20261125): CaseRecord[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => generateCase(i, today, random));
}

/**
 * The cases as an export file (lib/store/export-import.ts), each with one page read holding its
 * whole record: importing it is the store's real bulk write path.
 */
export function exportFileFor(cases: readonly CaseRecord[], origin: string, now: Date) {
  const at = now.toISOString();
  return {
    format: 'core-group-lens-export',
    formatVersion: 1,
    exportedAt: at,
    scope: 'all',
    cases: cases.map((record) => {
      const read: PageRead = {
        caseId: record.caseId,
        pageKind: 'case-summary',
        path: `/careflow/case/${record.caseId}/summary`,
        readAt: at,
        profileId: 'careflow',
        fields: {
          region: record.region,
          icpcDate: record.icpcDate,
          ...(record.planEndDate ? { planEndDate: record.planEndDate } : {}),
          children: record.children,
          reviewConferences: record.reviewConferences,
          coreGroups: record.coreGroups,
          visits: record.visits,
          schoolMoves: record.schoolMoves,
          plans: record.plans,
        },
        unread: [],
      };
      return {
        caseId: record.caseId,
        origin,
        firstReadAt: at,
        lastReadAt: at,
        // The store rebuilds the record from the reads on import; the file's copy is for people.
        record: { caseId: record.caseId },
        pageReads: [read],
        corrections: [],
      };
    }),
  };
}
