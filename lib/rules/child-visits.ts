import type { CaseRecord, Child, IsoDate, Visit } from '../domain';
import { compareDates } from './calendar';
import { evidence } from './case-events';
import type { FindingEvidence } from './finding';
import { isAfter, type RuleContext } from './rule-context';

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
  const byDate = new Map<IsoDate, SeenVisit>();
  for (const visit of record.visits) {
    if (record.icpcDate !== undefined && isAfter(record.icpcDate, visit.date)) continue;
    if (ctx.planEndDate !== undefined && isAfter(visit.date, ctx.planEndDate)) continue;
    for (const entry of visit.children) {
      if (entry.childId !== child.id || !entry.seen) continue;
      const day = byDate.get(visit.date) ?? { date: visit.date, seenAlone: undefined, visits: [] };
      day.visits.push(visit);
      if (entry.seenAlone === true || day.seenAlone === true) day.seenAlone = true;
      else if (entry.seenAlone === false) day.seenAlone = false;
      byDate.set(visit.date, day);
    }
  }
  return [...byDate.values()].sort((a, b) => compareDates(a.date, b.date));
}

/** Visits after `date` whose record says the child was not seen: worth saying, never a visit. */
export function visitsNotSeenAfter(record: CaseRecord, child: Child, date: IsoDate): IsoDate[] {
  return record.visits
    .filter(
      (v) =>
        isAfter(v.date, date) && v.children.some((c) => c.childId === child.id && c.seen === false),
    )
    .map((v) => v.date)
    .sort(compareDates);
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
