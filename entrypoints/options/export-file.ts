import { type ExportCount, type LensDb, type Result, writeExportText } from '../../lib/store';

/**
 * Text is folded into the file's Blob every few MB: the browser keeps a Blob's bytes outside
 * the page's JavaScript heap, so exporting 5,000 cases never holds the file as one string.
 */
const FOLD_CHARS = 8_000_000;

/**
 * The export file (everything, or one case), built in this page from its own connection to the
 * database, a batch of cases at a time. It used to be built by the background and sent back as
 * one message, which Chromium refuses above 64 MiB (about 4,000 of the bench's cases).
 */
export async function exportFile(
  db: LensDb,
  caseId: string | undefined,
  now: Date,
): Promise<Result<ExportCount & { file: Blob }>> {
  let file = new Blob([], { type: 'application/json' });
  let pending: string[] = [];
  let pendingChars = 0;
  const fold = () => {
    file = new Blob([file, ...pending], { type: 'application/json' });
    pending = [];
    pendingChars = 0;
  };
  const written = await writeExportText(db, now, caseId, (chunk) => {
    pending.push(chunk);
    pendingChars += chunk.length;
    if (pendingChars >= FOLD_CHARS) fold();
  });
  if (!written.ok) return written;
  fold();
  return { ok: true, value: { ...written.value, file } };
}
