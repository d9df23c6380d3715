import type * as z from 'zod';

/**
 * What can go wrong in the store, in words the message layer can pass straight to a page.
 * The shape is the message layer's `Result` (errors travel as values: a message port cannot
 * carry an Error), with a closed list of codes so callers can act on them.
 */
export type StoreErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'origin-mismatch'
  | 'invalid-import'
  | 'record-too-large'
  | 'storage-full'
  | 'storage-failed';

export interface StoreError {
  code: StoreErrorCode;
  message: string;
  /** For validation failures: where and what, one line each (never the refused values). */
  issues?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: StoreError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: StoreErrorCode, message: string, issues?: string[]): Result<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});

/** Thrown inside a transaction to abort it; turned back into a value at the edge. */
export class StoreFailure extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly issues?: string[],
  ) {
    super(message);
    this.name = 'StoreFailure';
  }
}

const MAX_ISSUES = 20;

/** zod issues as `path: message` lines; zod's messages name types, not the values refused. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => `${issue.path.map(String).join('.') || '(whole)'}: ${issue.message}`);
}

export const STORAGE_FULL_MESSAGE =
  'The browser has no room left for Core Group Lens, so this change was not saved. ' +
  'Everything saved before is kept. Free some disk space, or delete cases you no longer need.';

/**
 * Quota errors arrive in several wrappings: the DOMException itself, Dexie's
 * `QuotaExceededError`, or an `AbortError` whose `inner` is the quota error (the transaction
 * was aborted because a write did not fit). Firefox also names it `NS_ERROR_DOM_QUOTA_REACHED`.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  return isQuotaError(inner, depth + 1);
}

export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreFailure) {
    return error.issues
      ? { code: error.code, message: error.message, issues: error.issues }
      : { code: error.code, message: error.message };
  }
  if (isQuotaError(error)) return { code: 'storage-full', message: STORAGE_FULL_MESSAGE };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    code: 'storage-failed',
    message: `The change could not be saved, and nothing of it was stored (${detail}).`,
  };
}

/** Runs a store operation and turns anything it throws into an error value. */
export async function attempt<T>(operation: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await operation());
  } catch (error) {
    return { ok: false, error: toStoreError(error) };
  }
}
