import type { CaseRecord, Region } from '../domain';
import { type IsoDate, isIsoDate } from '../domain/iso-date';
import type { Closures } from './calendar';
import { CaseReading } from './case-reading';
import {
  coreGroupInterval,
  finalCoreGroupBeforeReview,
  firstCoreGroup,
  minutesCirculated,
} from './core-group-rules';
import { FINDING_RULES, type Finding } from './finding';
import type { Procedure } from './procedure';
import { DEFAULT_PROCEDURE_ID, getProcedure } from './procedures';
import { reviewConference, reviewReportShared } from './review-rules';
import type { RuleContext } from './rule-context';
import { schoolMoveCoreGroup } from './school-move-rules';
import { type ReadableList, withUnreadLists } from './unread-lists';
import { seenAlone, visitFrequency } from './visit-rules';

export interface ComputeFindingsOptions {
  /** Today's date in London (see `todayInLondon`): statuses are as of this day. */
  today: IsoDate;
  /** The bank-holiday calendar. Falls back to the record's region, then England and Wales. */
  region?: Region;
  /** Whose timescales to use. Defaults to England's, whatever the region. */
  procedure?: Procedure;
  /** The organisation's own closure days, which are not working days. */
  closures?: Closures;
  /**
   * The lists some page has shown. When given, a rule resting on a list not yet read is
   * `unknown` rather than judged on an empty list (see `withUnreadLists`).
   */
  listsRead?: ReadonlySet<ReadableList>;
}

/** The last `today` checked: a dashboard asks for thousands of cases on the same day. */
let lastGoodToday: IsoDate | undefined;

/** A rule family: a pure function of the record and the context. */
export type RuleFamily = (record: CaseRecord, ctx: RuleContext) => Finding[];

const RULE_FAMILIES: readonly RuleFamily[] = [
  firstCoreGroup,
  coreGroupInterval,
  finalCoreGroupBeforeReview,
  reviewConference,
  minutesCirculated,
  reviewReportShared,
  schoolMoveCoreGroup,
  visitFrequency,
  seenAlone,
];

/**
 * Every finding for one case as of `today`: one per rule for the current cycle (per child for
 * visits and seen-alone, per move for school moves), and one for each past breach. Sorted by
 * rule, then child (in the record's order), then current before past, then date.
 */
export function computeFindings(record: CaseRecord, opts: ComputeFindingsOptions): Finding[] {
  if (lastGoodToday === undefined || opts.today !== lastGoodToday) {
    if (!isIsoDate(opts.today)) {
      throw new RangeError(`today must be a real date written YYYY-MM-DD, not "${opts.today}"`);
    }
    lastGoodToday = opts.today;
  }
  const region = opts.region ?? record.region;
  const ctx: RuleContext = {
    today: opts.today,
    region: region ?? 'england-and-wales',
    regionAssumed: region === undefined,
    procedure: opts.procedure ?? getProcedure(DEFAULT_PROCEDURE_ID),
    closures: opts.closures ?? new Set(),
  };
  if (record.planEndDate !== undefined) ctx.planEndDate = record.planEndDate;
  ctx.reading = new CaseReading(record, ctx);
  const childOrder = new Map(record.children.map((child, i) => [child.id, i]));
  const found = RULE_FAMILIES.flatMap((rule) => rule(record, ctx));
  const listed = opts.listsRead ? withUnreadLists(found, opts.listsRead) : found;
  // Each finding's place worked out once, not at every comparison (issue 8); the sort is stable.
  const keyed = listed.map((finding) => ({
    finding,
    rule: RULE_ORDER.get(finding.rule) ?? 0,
    child: finding.childId === undefined ? -1 : (childOrder.get(finding.childId) ?? 0),
    current: finding.occurrence === 'current',
    due: finding.due ?? '',
  }));
  keyed.sort(
    (a, b) =>
      a.rule - b.rule ||
      a.child - b.child ||
      (a.current === b.current ? 0 : a.current ? -1 : 1) ||
      compareDue(a.due, b.due),
  );
  return keyed.map((k) => k.finding);
}

/**
 * Due dates are `YYYY-MM-DD` (or empty), whose character order is their date order and what
 * `localeCompare` gave; a plain comparison gives it without the locale machinery, which cost
 * more than the rest of the sort over thousands of cases.
 */
const compareDue = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const RULE_ORDER = new Map(FINDING_RULES.map((rule, i) => [rule, i]));
