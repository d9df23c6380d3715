import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredCase } from '../../components/options/stored-case';
import { type AuditEntry, getSettings, listAudit, listCases } from '../../lib/store';
import { optionsDb } from './options-db';

type Loaded<T> = { ok: true; value: T } | { ok: false; message: string };

async function safely<T>(read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export interface StoredData {
  cases: StoredCase[] | undefined;
  retentionDays: number | undefined;
  audit: AuditEntry[] | undefined;
  /** Set when the database could not be read; the page says so instead of showing nothing. */
  loadError?: string;
}

/**
 * What the options page shows, read straight from the database and kept live: Dexie tells this
 * page when the background writes (same origin), so a page read in another tab shows up here.
 * `refresh` re-runs the queries after something that bypasses that, such as a failed deletion.
 */
export function useStoredData(auditLimit: number, refresh: number): StoredData {
  const cases = useLiveQuery(
    () =>
      safely(async () =>
        (await listCases(optionsDb, { orderBy: 'last-read' })).map(
          ({ caseId, childNames, lastReadAt }) => ({ caseId, childNames, lastReadAt }),
        ),
      ),
    [refresh],
  );
  const settings = useLiveQuery(() => safely(() => getSettings(optionsDb)), [refresh]);
  const audit = useLiveQuery(
    () => safely(() => listAudit(optionsDb, { limit: auditLimit })),
    [auditLimit, refresh],
  );

  const errors: string[] = [];
  if (cases && !cases.ok) errors.push(cases.message);
  if (settings && !settings.ok) errors.push(settings.message);
  if (settings?.ok && !settings.value.ok) errors.push(settings.value.error.message);
  if (audit && !audit.ok) errors.push(audit.message);

  const data: StoredData = {
    cases: cases?.ok ? cases.value : undefined,
    retentionDays:
      settings?.ok && settings.value.ok ? settings.value.value.retentionDays : undefined,
    audit: audit?.ok ? audit.value : undefined,
  };
  if (errors.length > 0) {
    data.loadError = `Core Group Lens could not read what it has stored: ${errors.join('; ')}`;
  }
  return data;
}
