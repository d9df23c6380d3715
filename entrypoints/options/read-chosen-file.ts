/** The text of a file the user chose, or why it was not read. */
export type ChosenFileText =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large' | 'unreadable' };

/**
 * Reads a chosen file as text. Its size is checked before reading: a huge file must not be
 * pulled into memory only to be refused.
 */
export async function readChosenFile(file: File, maxChars: number): Promise<ChosenFileText> {
  if (file.size > maxChars) return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
