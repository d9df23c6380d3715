import type { CaseRecord, CoreGroup, IsoDate, ReviewConference } from '../domain';
import { compareDates } from './calendar';
import type { FindingEvidence } from './finding';
import { isOnOrAfter, type RuleContext } from './rule-context';

/** The case's events as the rules read them: sorted, de-duplicated, and only this plan's. */

const byDate = <T extends { date: IsoDate }>(a: T, b: T) => compareDates(a.date, b.date);

function oneByDate<T extends { date: IsoDate }>(items: readonly T[]): T[] {
  const seen = new Set<IsoDate>();
  return [...items].sort(byDate).filter((item) => {
    if (seen.has(item.date)) return false;
    seen.add(item.date);
    return true;
  });
}

/** Meetings from before the ICPC belong to an earlier plan (or none), so they do not count. */
const inThisPlan = (record: CaseRecord) => (item: { date: IsoDate }) =>
  record.icpcDate === undefined || isOnOrAfter(item.date, record.icpcDate);

/** Only a meeting recorded as held counts as done; a scheduled one is only a plan to meet. */
export function heldCoreGroups(record: CaseRecord): CoreGroup[] {
  return oneByDate(record.coreGroups.filter((g) => g.status === 'held' && inThisPlan(record)(g)));
}

export function scheduledCoreGroups(record: CaseRecord): CoreGroup[] {
  return oneByDate(
    record.coreGroups.filter((g) => g.status === 'scheduled' && inThisPlan(record)(g)),
  );
}

export function heldReviews(record: CaseRecord): ReviewConference[] {
  const icpc = record.icpcDate;
  return oneByDate(
    record.reviewConferences.filter(
      (r) => r.status === 'held' && (icpc === undefined || compareDates(r.date, icpc) > 0),
    ),
  );
}

export function scheduledReviews(record: CaseRecord): ReviewConference[] {
  const icpc = record.icpcDate;
  return oneByDate(
    record.reviewConferences.filter(
      (r) => r.status === 'scheduled' && (icpc === undefined || compareDates(r.date, icpc) > 0),
    ),
  );
}

/** The first item on or after `date` (items sorted by date). */
export function firstOnOrAfter<T extends { date: IsoDate }>(items: readonly T[], date: IsoDate) {
  return items.find((item) => isOnOrAfter(item.date, date));
}

/** The first item strictly after `date` (items sorted by date). */
export function firstAfter<T extends { date: IsoDate }>(items: readonly T[], date: IsoDate) {
  return items.find((item) => compareDates(item.date, date) > 0);
}

export function icpcEvidence(record: CaseRecord, ctx: RuleContext): FindingEvidence[] {
  if (record.icpcDate === undefined) return [];
  const provenance = record.provenance?.icpcDate;
  return [
    {
      label: ctx.procedure.terms.initialConference,
      date: record.icpcDate,
      ...(provenance ? { provenance } : {}),
    },
  ];
}

export function planEndEvidence(record: CaseRecord): FindingEvidence[] {
  if (record.planEndDate === undefined) return [];
  const provenance = record.provenance?.planEndDate;
  return [{ label: 'Plan end', date: record.planEndDate, ...(provenance ? { provenance } : {}) }];
}

/** A dated record item as evidence, keeping its provenance. */
export function evidence(
  label: string,
  item: { date: IsoDate; source?: FindingEvidence['provenance'] },
): FindingEvidence {
  return { label, date: item.date, ...(item.source ? { provenance: item.source } : {}) };
}
