import type { CaseRecord, IsoDate } from '../domain';
import { compareDates } from '../rules/calendar';
import type { Finding } from '../rules/finding';

/**
 * A value the record lacks that a worker can enter by hand, so an `unknown` finding can be
 * worked out. Each kind is one correction the store accepts (see `lib/present/correction-changes`).
 */
export type MissingValue =
  | { kind: 'icpc-date' }
  | { kind: 'review-conference' }
  | { kind: 'seen-alone'; childId: string; visitDate: IsoDate }
  | { kind: 'visit'; childId: string }
  | { kind: 'children' };

const ICPC_RULES = new Set<Finding['rule']>([
  'first-core-group',
  'core-group-interval',
  'review-conference',
]);
const REVIEW_WINDOW_RULES = new Set<Finding['rule']>([
  'final-core-group-before-review',
  'review-report-shared',
]);

/** The child's latest visit on or before `date` that does not say whether they were seen alone. */
function unrecordedVisitFor(
  record: CaseRecord,
  childId: string,
  date: IsoDate,
): IsoDate | undefined {
  return record.visits
    .filter((v) => compareDates(v.date, date) <= 0)
    .filter((v) =>
      v.children.some((c) => c.childId === childId && c.seen && c.seenAlone === undefined),
    )
    .map((v) => v.date)
    .sort(compareDates)
    .at(-1);
}

/**
 * What would let an `unknown` finding be worked out, read from the finding's rule and the record
 * (never from the wording of its reason). Empty for any other status, and for an unknown whose
 * missing value cannot be entered here.
 */
export function missingValuesFor(finding: Finding, record: CaseRecord): MissingValue[] {
  if (finding.status !== 'unknown') return [];
  const noIcpc = record.icpcDate === undefined;
  if (ICPC_RULES.has(finding.rule)) return noIcpc ? [{ kind: 'icpc-date' }] : [];
  if (REVIEW_WINDOW_RULES.has(finding.rule)) {
    const reviewHeld = record.reviewConferences.some((r) => r.status === 'held');
    return noIcpc && !reviewHeld
      ? [{ kind: 'icpc-date' }, { kind: 'review-conference' }]
      : [{ kind: 'review-conference' }];
  }
  if (finding.rule === 'visit-frequency' || finding.rule === 'seen-alone') {
    if (finding.childId === undefined) return [{ kind: 'children' }];
    const childId = finding.childId;
    if (finding.rule === 'visit-frequency') {
      return [...(noIcpc ? [{ kind: 'icpc-date' } as const] : []), { kind: 'visit', childId }];
    }
    const visitDate = finding.due && unrecordedVisitFor(record, childId, finding.due);
    return visitDate ? [{ kind: 'seen-alone', childId, visitDate }] : [{ kind: 'visit', childId }];
  }
  return [];
}
