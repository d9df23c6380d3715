/**
 * Reading case pages. The content script finds what a page shows (read-with-profile.ts, the
 * generic reader when injected) and the background builds the page read from it (parse-*.ts,
 * build-page-read.ts); both run in plain script contexts, so nothing here imports zod, React,
 * Dexie or date-fns. Profiles and messages are validated elsewhere (site-profile-schema.ts,
 * lib/messages/page-shown-schema.ts).
 */
export type { PageReadResult, ReadContext } from './build-page-read';
export { buildFromShown, buildPageRead, convert, isBlank } from './build-page-read';
export { CASE_ID_MOST, caseIdOf } from './case-id';
export {
  CASE_FIELDS,
  type CaseField,
  FIELD_PATHS,
  type FieldPath,
  fieldPath,
  ITEM_FIELDS,
  type ListName,
  PLAN_SECTIONS,
  splitFieldPath,
  type ValueKind,
} from './fields';
export type { Findings, Found, FoundItem, FoundListName, ValueOptions } from './findings';
export { findGeneric, type GenericReadOptions, readGenericPage } from './generic-reader';
export { normaliseLabel } from './normalise-label';
export { PATH_MOST, type PageShown, pageShown } from './page-shown';
export { type DateRead, parseUkDate, TWO_DIGIT_YEAR_PIVOT } from './parse-date';
export {
  parseActionProgress,
  parseApologies,
  parseAttendees,
  parseDateList,
  parseHouseholdChanges,
  parseMeetingActions,
  parseNonCooperation,
  parsePerson,
  parseRiskTrend,
} from './parse-meeting';
export {
  parseActionStatus,
  parseMeetingStatus,
  parseNames,
  parseRegion,
  type WordRead,
} from './parse-words';
export { parseYesNo, type YesNoRead, type YesNoWords } from './parse-yes-no';
export { type ReadPageOptions, readPage } from './read-page';
export {
  findWithProfile,
  pageSpecFor,
  previewValue,
  profileOwns,
  type ValuePreview,
} from './read-with-profile';
export {
  type LabelledValue,
  type PageScan,
  type PairSource,
  type ReadTable,
  type ReadTableRow,
  readHeaderTable,
  readLabelledValues,
  readTables,
  scanPage,
} from './scan-page';
export { CAREFLOW_SELECTORS, GENERIC_SELECTORS, GRIDCASE_SELECTORS } from './selectors';
export { readShownValue, type ShownValue } from './shown-value';
export type {
  CaseFieldSources,
  ExamplePage,
  ListSource,
  ListSources,
  PageSpec,
  RowFilter,
  SiteProfile,
  ValueSource,
} from './site-profile';
export {
  BUILT_IN_SYNONYMS,
  buildSynonymIndex,
  fieldsForLabel,
  type SynonymIndex,
  type Synonyms,
  YES_NO_WORDS,
} from './synonyms';
export { parseUrlPattern, type UrlPattern, urlMatchesAny } from './url-pattern';
