import type { IsoDate, Provenance, Region } from '../domain';
import type { RuleSource } from './timescale';

export const FINDING_RULES = [
  'first-core-group',
  'core-group-interval',
  'final-core-group-before-review',
  'review-conference',
  'minutes-circulated',
  'review-report-shared',
  'school-move-core-group',
  'visit-frequency',
  'seen-alone',
] as const;
export type FindingRule = (typeof FINDING_RULES)[number];

/**
 * - `met`: done on or before its due date. `late`: done, after it.
 * - `overdue`: not done and today is past the due date.
 * - `due-soon`: not done, due between today and the due-soon horizon (5 working days by default).
 * - `upcoming`: not done, due later than that.
 * - `unknown`: the record lacks what the rule needs; the reason says what.
 * - `not-applicable`: e.g. a pre-verbal child for seen-alone, or a deadline after the plan ends.
 */
export const FINDING_STATUSES = [
  'met',
  'late',
  'overdue',
  'due-soon',
  'upcoming',
  'unknown',
  'not-applicable',
] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** A record value a finding was worked out from, with where it was read. */
export interface FindingEvidence {
  /** What the value is, in words: "ICPC", "Core group held", "Visit (Amy seen, not alone)". */
  label: string;
  date: IsoDate;
  provenance?: Provenance;
}

export interface Finding {
  rule: FindingRule;
  status: FindingStatus;
  /** The deadline. For seen-alone, the visit the status turns on. */
  due?: IsoDate;
  /** The start of the window, for rules that must happen within a window (before a review). */
  windowStart?: IsoDate;
  childId?: string;
  /** Plain English: what is due, by when, why, and what the record shows. */
  reason: string;
  source: RuleSource;
  /** `current` for the open cycle (or the single event); `past` for an earlier breach. */
  occurrence: 'current' | 'past';
  /** When it was done, for `met` and `late`. */
  doneOn?: IsoDate;
  /** The record values the dates came from, each with its provenance where known. */
  computedFrom: FindingEvidence[];
  /** The bank-holiday calendar used. */
  region: Region;
  /** True when the case's nation was not recorded and England and Wales was assumed. */
  regionAssumed: boolean;
  /** The procedure whose numbers were used. */
  procedureId: string;
}
