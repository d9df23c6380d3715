import type { CaseRecord, CoreGroup, IsoDate, ReviewConference } from '../domain';
import { compareDates, dayNumberOf } from './calendar';
import type { FindingEvidence } from './finding';
import { isOnOrAfter, type RuleContext } from './rule-context';

/** The case's events as the rules read them: sorted, de-duplicated, and only this plan's. */

/**
 * `items` kept by `keep` and dated from `from` on (after it, when `strictlyAfter`; any date when
 * undefined), sorted by date, the first of each date kept. Each date is parsed once, not at every
 * comparison: the rules ask this of every case on the dashboard several times (issue 8).
 */
function oneByDate<T extends { date: IsoDate }>(
  items: readonly T[],
  keep: (item: T) => boolean,
  from: IsoDate | undefined,
  strictlyAfter: boolean,
): T[] {
  const kept = items.filter(keep);
  // One item with no start date needs no date read (nor did it when this sorted by comparison).
  if (kept.length < 2 && from === undefined) return kept;
  let fromDay: number | undefined;
  const dated: { day: number; item: T }[] = [];
  for (const item of kept) {
    const day = dayNumberOf(item.date);
    if (from !== undefined) {
      fromDay ??= dayNumberOf(from);
      if (strictlyAfter ? day <= fromDay : day < fromDay) continue;
    }
    dated.push({ day, item });
  }
  dated.sort((a, b) => a.day - b.day);
  const out: T[] = [];
  let last: number | undefined;
  for (const { day, item } of dated) {
    if (day === last) continue;
    last = day;
    out.push(item);
  }
  return out;
}

/*
 * Meetings from before the ICPC belong to an earlier plan (or none), so they do not count: core
 * groups on the ICPC's day do, review conferences only after it.
 * Only a meeting recorded as held counts as done; a scheduled one is only a plan to meet.
 */
const isHeld = (item: { status: string }) => item.status === 'held';
const isScheduled = (item: { status: string }) => item.status === 'scheduled';

export function heldCoreGroups(record: CaseRecord): CoreGroup[] {
  return oneByDate(record.coreGroups, isHeld, record.icpcDate, false);
}

export function scheduledCoreGroups(record: CaseRecord): CoreGroup[] {
  return oneByDate(record.coreGroups, isScheduled, record.icpcDate, false);
}

export function heldReviews(record: CaseRecord): ReviewConference[] {
  return oneByDate(record.reviewConferences, isHeld, record.icpcDate, true);
}

export function scheduledReviews(record: CaseRecord): ReviewConference[] {
  return oneByDate(record.reviewConferences, isScheduled, record.icpcDate, true);
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
  // Written out, not spread: this makes two hundred thousand evidence items on a dashboard.
  return item.source
    ? { label, date: item.date, provenance: item.source }
    : { label, date: item.date };
}
