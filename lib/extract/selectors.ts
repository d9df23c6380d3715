/**
 * Every CSS selector this extension runs against a host page, in one place (as refined-github
 * keeps its selectors): when a case system changes its markup, this file and the profile
 * examples that test it say what broke. Site profiles taught by users carry their own
 * selectors as data; nothing else in the code base may hold one.
 */

/** What the generic reader looks for on any page. */
export const GENERIC_SELECTORS = {
  /** A control a wrapping `<label>` names. */
  control: 'input, select, textarea',
  /** The choices of a radio group. */
  radio: 'input[type="radio" i], [role="radio"]',
  /** The label wrapping a radio button, which names the choice. */
  wrappingLabel: 'label',
  /** Headings a page spec's `heading` test reads. */
  heading: 'h1, h2',
  /**
   * A table cell that could read otherwise than as its collapsed `textContent`: one with an
   * element inside, or an attribute the full read asks about (hidden, style, a checkbox role,
   * a span). A table with none is read a `textContent` per cell (scan-page.ts readTable).
   * "An element inside" is asked as a cell's child (`>`), never as any descendant (` `): a
   * cell with an element inside has one as a child, and the descendant form made Chromium
   * climb the ancestors of every element of the table (two bare walks' time on a 2,000-row grid).
   */
  notPlainCell:
    ':is(td,th) > *, :is(td,th):is([hidden],[style],[role],[aria-checked],[colspan],[rowspan])',
} as const;

/** CareFlow (demo): form-like pages, one section per record, a label tied to each control. */
export const CAREFLOW_SELECTORS = {
  icpcDate: '#icpc-date',
  planEndDate: '#plan-end-date',
  person: '#children section.cf-person',
  personName: 'h3',
  schoolMove: '#school-moves section.cf-school-move',
  schoolMovesEmpty: '#school-moves > p.cf-empty',
  review: '#reviews section.cf-review',
  reviewsEmpty: '#reviews > p.cf-empty',
  meeting: '#core-groups section.cf-meeting',
  meetingsEmpty: '#core-groups > p.cf-empty',
  visit: '#visits section.cf-visit',
  visitsEmpty: '#visits > p.cf-empty',
  visitChild: 'fieldset.cf-visit-child',
  visitChildName: 'legend',
  planChild: '#plan-child',
  planSections: '#plan-sections',
  planAction: '#plan-actions section.cf-action',
  planActionsEmpty: '#plan-actions > p.cf-empty',
  noPlan: '#cf-main > p.cf-empty',
  visitForm: 'form#visit-form',
} as const;

/** GridCase (demo): a workspace of tabs, every list a grid with a header row. */
export const GRIDCASE_SELECTORS = {
  caseGrid: '#gc-case',
  children: '#gc-children',
  childrenNone: '#gc-children td.gc-none',
  schoolChanges: '#gc-school-changes',
  schoolChangesNone: '#gc-school-changes td.gc-none',
  conferences: '#gc-conferences',
  conferencesNone: '#gc-conferences td.gc-none',
  coreGroups: '#gc-core-groups',
  coreGroupsNone: '#gc-core-groups td.gc-none',
  /** One meeting's record (the core groups tab with a meeting named). */
  meetingRecord: '#gc-meeting-record',
  visits: '#gc-visits',
  visitsNone: '#gc-visits td.gc-none',
  childRef: '.gc-subtitle .gc-ref',
  plan: '#gc-plan',
  planActions: '#gc-plan-actions',
  planActionsNone: '#gc-plan-actions td.gc-none',
  noPlan: '#gc-main > p.gc-none',
} as const;
