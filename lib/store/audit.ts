import * as z from 'zod';
import { IsoDateTimeSchema, PageKindSchema } from '../domain';
import type { LensDb } from './db';

export const AuditActionSchema = z.enum([
  'read',
  'correct',
  'undo-correction',
  'export',
  'import',
  'delete-case',
  'purge',
  'settings',
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/**
 * What the extension did, for the user and an information-governance review. It names the
 * case, the page and how many things changed, never a value from the page: the log must be
 * safe to show or export without becoming a second copy of the case.
 */
export const AuditEntrySchema = z.object({
  id: z.int().positive().optional(),
  at: IsoDateTimeSchema,
  action: AuditActionSchema,
  caseId: z.string().max(200).optional(),
  pageKind: PageKindSchema.optional(),
  path: z.string().max(2048).optional(),
  /** A record field name (for corrections), never its value. */
  field: z.string().max(100).optional(),
  counts: z.record(z.string().max(100), z.int().nonnegative()).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** Adds an entry; call it inside the transaction that does the thing, so both or neither stay. */
export async function writeAudit(db: LensDb, entry: Omit<AuditEntry, 'id'>): Promise<void> {
  const row: AuditEntry = { at: entry.at, action: entry.action };
  if (entry.caseId !== undefined) row.caseId = entry.caseId;
  if (entry.pageKind !== undefined) row.pageKind = entry.pageKind;
  if (entry.path !== undefined) row.path = entry.path;
  if (entry.field !== undefined) row.field = entry.field;
  if (entry.counts !== undefined) row.counts = withoutZeros(entry.counts);
  await db.audit.add(row);
}

function withoutZeros(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

/** Newest first; for one case when `caseId` is given. */
export async function listAudit(
  db: LensDb,
  options: { caseId?: string; limit?: number } = {},
): Promise<AuditEntry[]> {
  const limit = options.limit ?? 500;
  if (options.caseId !== undefined) {
    const rows = await db.audit.where('caseId').equals(options.caseId).toArray();
    return rows.sort((a, b) => (b.id ?? 0) - (a.id ?? 0)).slice(0, limit);
  }
  return db.audit.orderBy('at').reverse().limit(limit).toArray();
}
