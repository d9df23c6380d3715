import type {
  CaseRecord,
  Child,
  ChildPlan,
  CoreGroup,
  IsoDate,
  PageRead,
  Region,
  ReviewConference,
  SchoolMove,
  Visit,
} from '../domain';
import type { ReadableList } from '../rules/unread-lists';
import type { AuditEntry } from './audit';
import type { Correction } from './corrections';
import type { Conflict } from './merge';

/** One case: its one-value fields, where each came from, and what the dashboard lists. */
export interface CaseRow {
  caseId: string;
  /** The case system's origin (`https://host:port`): a case id means nothing outside it. */
  origin: string;
  /** The site profile that read it most recently, if one did. */
  profileId?: string;
  region?: Region;
  icpcDate?: IsoDate;
  planEndDate?: IsoDate;
  provenance?: CaseRecord['provenance'];
  firstReadAt: string;
  /** The latest read of any of its pages, changed or not. */
  lastReadAt: string;
  /** When the sidebar last showed it. */
  lastOpenedAt?: string;
  /** When the record last changed. */
  updatedAt: string;
  /**
   * Set by whoever runs the rules (`setNextDue`), cleared whenever the record changes, so the
   * dashboard never sorts by a deadline worked out from data that has since changed.
   */
  nextDueDate?: IsoDate;
  childNames: string[];
  conflictCount: number;
  unreadCount: number;
  /** The lists some page has shown (absent on rows written before it was kept: then not known). */
  listsRead?: ReadableList[];
}

type OfCase<T> = T & { caseId: string };
export type ChildRow = OfCase<Child>;
export type ConferenceRow = OfCase<ReviewConference>;
export type CoreGroupRow = OfCase<CoreGroup>;
export type VisitRow = OfCase<Visit>;
export type SchoolMoveRow = OfCase<SchoolMove>;
export type PlanRow = OfCase<ChildPlan>;

/**
 * The last read of one page of a case: its values (what the merge needs to re-merge without
 * losing another page's values), what it could not read, and a hash to skip unchanged reads.
 */
export interface PageReadRow extends PageRead {
  hash: string;
  /** The latest time this page was read, even if nothing on it had changed. */
  checkedAt: string;
}

export interface ConflictRow extends Conflict {
  /** `[field, key, ...at]` as JSON: one row per disputed value. */
  slot: string;
}

export type CorrectionRow = Correction;

export interface SettingRow {
  key: string;
  value: unknown;
}

export type AuditRow = AuditEntry;
