import type { CaseRecord, Child, CoreGroup, IsoDate, ReviewConference } from '../domain';
import { heldCoreGroups, heldReviews, scheduledCoreGroups, scheduledReviews } from './case-events';
import { type SeenVisit, visitsSeen } from './child-visits';
import { dueDate, type RuleContext } from './rule-context';

/**
 * What several rules read from the one record during one `computeFindings` run, read once: the
 * held core groups (five rules), the visits each child was seen at (two), the due-soon horizon
 * (every deadline), and so on (issue 8). `computeFindings` puts one in the context it makes for
 * the run, and it goes with it; a rule given any other context or record reads the record afresh,
 * as it always did. The arrays are shared by the rules of the run, so none may change them.
 */
export class CaseReading {
  private held?: readonly CoreGroup[];
  private scheduled?: readonly CoreGroup[];
  private reviewsHeld?: readonly ReviewConference[];
  private reviewsScheduled?: readonly ReviewConference[];
  private readonly seen = new Map<Child, readonly SeenVisit[]>();
  private horizon?: IsoDate;

  constructor(
    readonly record: CaseRecord,
    readonly ctx: RuleContext,
  ) {}

  heldCoreGroups(): readonly CoreGroup[] {
    this.held ??= heldCoreGroups(this.record);
    return this.held;
  }

  scheduledCoreGroups(): readonly CoreGroup[] {
    this.scheduled ??= scheduledCoreGroups(this.record);
    return this.scheduled;
  }

  heldReviews(): readonly ReviewConference[] {
    this.reviewsHeld ??= heldReviews(this.record);
    return this.reviewsHeld;
  }

  scheduledReviews(): readonly ReviewConference[] {
    this.reviewsScheduled ??= scheduledReviews(this.record);
    return this.reviewsScheduled;
  }

  visitsSeen(child: Child): readonly SeenVisit[] {
    let seen = this.seen.get(child);
    if (!seen) {
      seen = visitsSeen(this.record, child, this.ctx);
      this.seen.set(child, seen);
    }
    return seen;
  }

  /** The last day a deadline is "due soon" rather than "upcoming". */
  dueSoonHorizon(): IsoDate {
    this.horizon ??= dueDate(this.ctx.today, this.ctx.procedure.dueSoon, this.ctx);
    return this.horizon;
  }
}

/** The run's reading of `record` under `ctx`, or a fresh one when the context has none for it. */
export function readingOf(record: CaseRecord, ctx: RuleContext): CaseReading {
  const reading = ctx.reading;
  return reading && reading.record === record && reading.ctx === ctx
    ? reading
    : new CaseReading(record, ctx);
}
