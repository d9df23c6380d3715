import type { UnreadField } from '../domain/page-read';
import type { PageKind } from '../domain/provenance';
import type { CaseField } from './fields';
import type { YesNoWords } from './parse-yes-no';
import type { ShownValue } from './shown-value';

/**
 * What a reader (a site profile, or the generic reader) found on a page, before any of it is
 * parsed: shown values by field, grouped into the items of each list. build-page-read.ts
 * turns findings into a PageRead, so both readers parse and report failures the same way.
 */

/** How to read one shown value, beyond its field's kind. */
export interface ValueOptions {
  /** Texts meaning "no value here" ("Not recorded"): read as absent, not as a failure. */
  blank?: readonly string[];
  /** The system's own words for values ("Booked" → "scheduled"), matched ignoring case. */
  values?: Readonly<Record<string, string>>;
  /** Extra whole answers for a yes/no field. */
  yesNo?: YesNoWords;
  /**
   * The page shows this value empty when the record holds none: empty (or a blank word such as
   * "Not set") reads as `[]` for a list and `null` for one value ("recorded as none"), never as
   * "not recorded".
   */
  emptyMeansNone?: boolean;
}

export interface Found {
  shown: ShownValue;
  /** The label the page gave it, for messages. */
  label?: string;
  options?: ValueOptions;
}

export interface FoundItem {
  /** Field name (as in ITEM_FIELDS) → what the page shows. */
  values: Partial<Record<string, Found>>;
  /** A visit's rows per child. */
  children?: FoundItem[];
  /** A plan's actions. */
  actions?: FoundItem[];
}

/** The lists a page can show in full (a plan's actions travel inside its plan). */
export type FoundListName =
  | 'children'
  | 'reviewConferences'
  | 'coreGroups'
  | 'visits'
  | 'schoolMoves'
  | 'plans';

export interface Findings {
  pageKind: PageKind;
  caseValues: Partial<Record<CaseField, Found>>;
  /** The child the page is about (a plan page), for items that do not name their child. */
  pageChildId?: string;
  /** A list present is one the page shows; a list absent is one it says nothing about. */
  lists: Partial<Record<FoundListName, FoundItem[]>>;
  /** Already known as unread, e.g. a field the profile expects that is not on the page. */
  unread: UnreadField[];
}
