import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import type {
  AuditRow,
  CaseRow,
  ChildRow,
  ConferenceRow,
  ConflictRow,
  CoreGroupRow,
  CorrectionRow,
  PageReadRow,
  PlanRow,
  SchoolMoveRow,
  SettingRow,
  VisitRow,
} from './rows';

export const DEFAULT_DB_NAME = 'core-group-lens';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs: primary key first, then the indexes; `null` drops a table. */
  stores: Readonly<Record<string, string | null>>;
  /** Moves data written by the previous version into this version's shape. */
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

/*
 * The schema's history. Appended to, never edited: a browser that installed an earlier release
 * holds a database at that version, and Dexie upgrades it by running every later step in order.
 *
 * To change the schema (add a table or an index, change a row's shape):
 *  1. Append `{ version: N + 1, stores, upgrade }`. `stores` lists only the tables that change;
 *     `null` deletes a table. Never change a primary key in place (Dexie cannot): add a new
 *     table, copy the rows in `upgrade`, and drop the old table in a later version.
 *  2. `upgrade` must return (or await) only Dexie promises: no fetch, timers or messaging inside
 *     it, or the transaction commits early (`PrematureCommitError`).
 *  3. In tests/unit/store-migrations.test.ts, add a fixture for version N + 1: raw rows exactly
 *     as that version writes them, and what the public API must read back. The harness there
 *     writes every version's fixture with the schema of its own version (`declareSchema(db, v)`),
 *     opens it with the current `LensDb` (so every upgrade step runs, v → v+1 → … → current)
 *     and checks nothing was lost. Keep the older fixtures as they are: they are the proof that
 *     a database from that release still opens.
 *  4. If the export format changes, bump `EXPORT_FORMAT_VERSION` and keep importing the older
 *     format (export-import.ts).
 *  5. If merge.ts changes how pages combine, the stored records were merged the old way and an
 *     unchanged page is never re-applied: add a version whose `upgrade` re-merges every case
 *     from its `pageReads` and `corrections` (merge is pure, so it may run inside the upgrade).
 */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // The dashboard sorts by next deadline, last read or region; retention finds cases by
      // last read and plan end date.
      cases: 'caseId, lastReadAt, planEndDate, nextDueDate, region',
      // Per-case lists keyed by case and natural key: the sidebar reads one case's rows in
      // date order straight off the primary key, and a re-read upserts instead of duplicating.
      children: '[caseId+id]',
      conferences: '[caseId+date]',
      coreGroups: '[caseId+date]',
      visits: '[caseId+date]',
      schoolMoves: '[caseId+childId+date]',
      plans: '[caseId+childId]',
      pageReads: '[caseId+path]',
      conflicts: '[caseId+slot]',
      corrections: '++id, caseId',
      settings: 'key',
      audit: '++id, at, caseId',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY.at(-1)?.version ?? 1;

/** Declares the schema as it stood at `upTo` (the tests use this to write older databases). */
export function declareSchema(db: Dexie, upTo = CURRENT_SCHEMA_VERSION): void {
  for (const step of SCHEMA_HISTORY) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
}

/** The tables that hold one case's data (all but settings and the audit log). */
export const CASE_TABLES = [
  'cases',
  'children',
  'conferences',
  'coreGroups',
  'visits',
  'schoolMoves',
  'plans',
  'pageReads',
  'conflicts',
  'corrections',
] as const;
export type CaseTableName = (typeof CASE_TABLES)[number];

export class LensDb extends Dexie {
  declare cases: Table<CaseRow, string>;
  declare children: Table<ChildRow, [string, string]>;
  declare conferences: Table<ConferenceRow, [string, string]>;
  declare coreGroups: Table<CoreGroupRow, [string, string]>;
  declare visits: Table<VisitRow, [string, string]>;
  declare schoolMoves: Table<SchoolMoveRow, [string, string, string]>;
  declare plans: Table<PlanRow, [string, string]>;
  declare pageReads: Table<PageReadRow, [string, string]>;
  declare conflicts: Table<ConflictRow, [string, string]>;
  declare corrections: EntityTable<CorrectionRow, 'id'>;
  declare settings: Table<SettingRow, string>;
  declare audit: EntityTable<AuditRow, 'id'>;

  constructor(name = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareSchema(this);
  }
}

export interface OpenLensDbOptions {
  /**
   * Another context is upgrading or deleting the database. Dexie has already closed this
   * connection (so the other side never waits on it) and reopens on next use; an extension page
   * should reload here (`() => location.reload()`) so it runs the new code against the new schema.
   */
  onVersionChange?: (event: IDBVersionChangeEvent) => void;
  /** This context's upgrade or delete waits on a connection that has not closed yet. */
  onBlocked?: (event: IDBVersionChangeEvent) => void;
  dexieOptions?: DexieOptions;
}

/**
 * The database, opened lazily on first use. Only extension pages and the background may call
 * this: in a content script the database would land in the host page's origin.
 */
export function openLensDb(name = DEFAULT_DB_NAME, options: OpenLensDbOptions = {}): LensDb {
  const db = new LensDb(name, options.dexieOptions);
  const { onVersionChange, onBlocked } = options;
  if (onVersionChange) db.on('versionchange', (event) => onVersionChange(event));
  if (onBlocked) db.on('blocked', (event) => onBlocked(event));
  return db;
}
