import type { PageKind } from '../domain/provenance';
import type { Synonyms } from './synonyms';

/**
 * A site profile: how to read one case system, as plain JSON-able data. A pilot team writes or
 * teaches one without a code change; the options page and managed policy validate it with
 * site-profile-schema.ts (zod), while the content script reads it with these types alone.
 */
export interface SiteProfile {
  /** Stable id, e.g. "careflow"; recorded in each value's provenance. */
  id: string;
  /** What the team calls the system. */
  name: string;
  /**
   * Pages that belong to the system, as match patterns: `scheme://host/path`, `*` for any
   * scheme (http or https), `*.` for subdomains, `*` anywhere in the path; the port is ignored.
   */
  urls: string[];
  /** The kinds of page, tried in order: the first that matches reads the page. */
  pages: PageSpec[];
  /** Labels this system uses beyond the built-in synonyms. */
  synonyms?: Synonyms;
  /** Texts that mean "nothing entered" anywhere in this system, e.g. "Not recorded". */
  blank?: string[];
  /** Pages to check the selectors against (see profile tests), with expected match counts. */
  examples?: ExamplePage[];
}

/** One kind of page. Every test given must hold for the page to match. */
export interface PageSpec {
  kind: PageKind;
  /** A regular expression the URL's path must match. */
  path?: string;
  /** Query parameters and the regular expression each value must match in full. */
  query?: Record<string, string>;
  /** A CSS selector that must match something on the page. */
  selector?: string;
  /** Text an `h1` or `h2` must contain (ignoring case, punctuation and spacing). */
  heading?: string;
  /** Where the case id is. Without one the page is not read as a case page. */
  caseId: ValueSource;
  /** The child the page is about (a child's plan), if any. */
  childId?: ValueSource;
  /** Case-level values shown on this page. */
  fields?: CaseFieldSources;
  /** Lists shown on this page, in full. */
  lists?: ListSources;
}

export interface CaseFieldSources {
  region?: ValueSource;
  icpcDate?: ValueSource;
  planEndDate?: ValueSource;
}

export interface ListSources {
  children?: ListSource;
  reviewConferences?: ListSource;
  coreGroups?: ListSource;
  visits?: ListSource;
  schoolMoves?: ListSource;
  plans?: ListSource;
}

/**
 * Where one value is: exactly one of `path`, `query`, `selector`, `label`, `synonyms` or
 * `column`; the other keys refine what is read there.
 */
export interface ValueSource {
  /** A regular expression over the URL's path; its first group is the value. */
  path?: string;
  /** A query parameter holding the value. */
  query?: string;
  /** A CSS selector: inside the item for a list field, else in the page. */
  selector?: string;
  /** The visible label(s) beside the value, matched ignoring case, punctuation and spacing. */
  label?: string | string[];
  /** Use the built-in synonyms for this field (and the profile's own). */
  synonyms?: true;
  /** A column header, for a list whose items are table rows, or with `table` and `row`. */
  column?: string | string[];
  /** For a case-level `column`: the table (a CSS selector) ... */
  table?: string;
  /** ... and the row to read: the one whose cell in `column` says one of `equals`. */
  row?: RowFilter;
  /** Look for the label only inside this element (a CSS selector). */
  within?: string;
  /** Read this attribute of the element found, not its text. */
  attribute?: string;
  /** A regular expression over the text; the first group (or whole match) is the value. */
  pattern?: string;
  /** Texts meaning "nothing entered" for this value. */
  blank?: string[];
  /** This system's words for values, e.g. { "Booked": "scheduled" }. */
  values?: Record<string, string>;
  /** Extra yes/no answers, e.g. { "no": ["Seen with mum"] }. */
  yes?: string[];
  no?: string[];
  /**
   * The page shows this value empty when the record holds none: empty (or a blank word such as
   * "Not set") reads as `[]` for a list and `null` for one value ("recorded as none"), never as
   * "not recorded".
   */
  emptyMeansNone?: boolean;
  /** The page leaves this out when there is nothing to show: absence is not a read failure. */
  optional?: boolean;
}

export interface RowFilter {
  column: string | string[];
  equals: string[];
}

/** How a list's items repeat: elements matching `items`, or rows of `table`. */
export interface ListSource {
  /** A CSS selector matching each item (inside the parent item, for a visit's children). */
  items?: string;
  /** A CSS selector for a table with a header row: each body row is an item. */
  table?: string;
  /** Keep only the rows whose cell in `column` says one of `equals`. */
  where?: RowFilter;
  /** Look for `items`/`table` in the whole page, not inside the parent item. */
  fromPage?: boolean;
  /** Shown when there are none ("No records"): then an empty list is the truth. */
  emptyWhen?: string;
  /** The page may leave the whole list out. */
  optional?: boolean;
  /** Where each field is, relative to the item (or the row's columns). */
  fields: Record<string, ValueSource>;
  /** A visit's rows per child. */
  children?: ListSource;
  /** A plan's actions. */
  actions?: ListSource;
}

/** A page of the system and how many times each selector should match there. */
export interface ExamplePage {
  /** Path and query, e.g. "/careflow/case/CF-1001/summary". */
  path: string;
  /** Selector → expected number of matches. */
  matches: Record<string, number>;
}
