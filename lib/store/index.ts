/**
 * The store: one Dexie database in the extension's own origin, owned by the background.
 * Extension pages read it directly through the query functions (`getCaseView`, `listCases`, …)
 * with `liveQuery`/`useLiveQuery`; every change goes through the background and comes back as a
 * `Result` value, except export and import, which the options page runs on its own connection
 * (a caseload's file is larger than a runtime message may be). Nothing here uses extension APIs or reads the clock: callers pass `now`/`today`.
 */
export { type AuditAction, type AuditEntry, AuditEntrySchema, listAudit } from './audit';
export { canonicalJson, sameValue } from './canonical-json';
export {
  type ApplyOutcome,
  type ApplyPageReadOptions,
  addCorrection,
  applyPageRead,
  type CaseOrder,
  type CaseSummary,
  type CaseView,
  deleteCase,
  deleteEverything,
  getCaseRecord,
  getCaseView,
  listCaseRecords,
  listCases,
  markCaseOpened,
  type PageSeen,
  setNextDue,
  type UnreadOnPage,
  undoCorrection,
} from './case-repository';
export {
  type Correction,
  type CorrectionChange,
  CorrectionChangeSchema,
  type CorrectionInput,
  CorrectionInputSchema,
  CorrectionSchema,
  type PageProvenance,
} from './corrections';
export {
  CURRENT_SCHEMA_VERSION,
  DEFAULT_DB_NAME,
  declareSchema,
  LensDb,
  type OpenLensDbOptions,
  openLensDb,
  SCHEMA_HISTORY,
  type SchemaVersion,
} from './db';
export {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  ExportFileSchema,
  type ImportOutcome,
  importData,
  type LensExport,
  MAX_IMPORT_CHARS,
} from './export-import';
export { type ExportCount, exportAll, exportCase, writeExportText } from './export-stream';
export {
  type Claim,
  type Conflict,
  type MergeResult,
  mergeCase,
  mergePageRead,
} from './merge';
export { contentHash } from './page-content';
export {
  isListField,
  LIST_FIELDS,
  type ListField,
  naturalKey,
  RECORD_FIELDS,
  type RecordField,
} from './record-fields';
export {
  fail,
  ok,
  type Result,
  type StoreError,
  type StoreErrorCode,
} from './result';
export { daysBefore, type PurgeOptions, type PurgeOutcome, purgeExpired } from './retention';
export type {
  CaseRow,
  ConflictRow,
  PageReadRow,
} from './rows';
export {
  DEFAULT_RETENTION_DAYS,
  getSettings,
  putSettings,
  type Settings,
  type SettingsPatch,
  SettingsPatchSchema,
  SettingsSchema,
} from './settings';
