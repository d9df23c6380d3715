import type { CaseRecord, Child, IsoDate, Visit } from '../domain';
import { dayNumberOf } from './calendar';
import { evidence } from './case-events';
import type { FindingEvidence } from './finding';
import type { RuleContext } from './rule-context';

/** One day on which the child was seen, as the visit records for that day say. */
export interface SeenVisit {
  date: IsoDate;
  /** true: seen alone; false: seen, not alone; undefined: the record does not say. */
  seenAlone: boolean | undefined;
  visits: Visit[];
}

/**
 * The visits at which `child` was seen during this plan (from the ICPC to the plan's end), one
 * per day. Two records for one day are one visit: seen alone if either says so.
 */
export function visitsSeen(record: CaseRecord, child: Child, ctx: RuleContext): SeenVisit[] {
  // Each date parsed once, and only where it was compared before (so a bad date throws where it
  // did): this runs twice for every child of every case on the dashboard (issue 8).
  const { icpcDate } = record;
  const { planEndDate } = ctx;
  let from: number | undefined;
  let until: number | undefined;
  const byDate = new Map<IsoDate, { seen: SeenVisit; day: number | undefined }>();
  for (const visit of record.visits) {
    let day: number | undefined;
    if (icpcDate !== undefined) {
      from ??= dayNumberOf(icpcDate);
      day = dayNumberOf(visit.date);
      if (from > day) continue;
    }
    if (planEndDate !== undefined) {
      day ??= dayNumberOf(visit.date);
      until ??= dayNumberOf(planEndDate);
      if (day > until) continue;
    }
    for (const entry of visit.children) {
      if (entry.childId !== child.id || !entry.seen) continue;
      let known = byDate.get(visit.date);
      if (!known) {
        known = { seen: { date: visit.date, seenAlone: undefined, visits: [] }, day };
        byDate.set(visit.date, known);
      }
      const seen = known.seen;
      seen.visits.push(visit);
      if (entry.seenAlone === true || seen.seenAlone === true) seen.seenAlone = true;
      else if (entry.seenAlone === false) seen.seenAlone = false;
    }
  }
  const days = [...byDate.values()];
  if (days.length < 2) return days.map((d) => d.seen);
  for (const d of days) d.day ??= dayNumberOf(d.seen.date);
  return days.sort((a, b) => (a.day as number) - (b.day as number)).map((d) => d.seen);
}

/** Visits after `date` whose record says the child was not seen: worth saying, never a visit. */
export function visitsNotSeenAfter(record: CaseRecord, child: Child, date: IsoDate): IsoDate[] {
  let after: number | undefined;
  const notSeen: { day: number; date: IsoDate }[] = [];
  for (const v of record.visits) {
    const day = dayNumberOf(v.date);
    after ??= dayNumberOf(date);
    if (day > after && v.children.some((c) => c.childId === child.id && c.seen === false)) {
      notSeen.push({ day, date: v.date });
    }
  }
  return notSeen.sort((a, b) => a.day - b.day).map((v) => v.date);
}

export function seenVisitEvidence(visit: SeenVisit, name: string): FindingEvidence {
  const how =
    visit.seenAlone === true
      ? 'seen alone'
      : visit.seenAlone === false
        ? 'seen, not alone'
        : 'seen; alone not recorded';
  const first = visit.visits[0];
  return first
    ? evidence(`Visit (${name} ${how})`, first)
    : { label: `Visit (${name} ${how})`, date: visit.date };
}
