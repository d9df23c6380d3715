import { RAG_LABELS, regionLabel } from '../present/dashboard-labels';
import type { DashboardRow } from '../present/dashboard-rows';
import { RULE_LABELS } from '../present/labels';
import { formatUkDateTime, GENERATED_NOTICE } from './generated-notice';

export interface CasesCsvOptions {
  /** When the file was made (ISO timestamp). */
  generatedAt: string;
  /** Children's names are personal data: left out unless the user asks for them. */
  includeNames?: boolean;
}

type Cell = string | number | undefined;

interface Column {
  header: string;
  value: (row: DashboardRow, options: CasesCsvOptions) => Cell;
  namesOnly?: boolean;
}

/** The columns in order. Dates are YYYY-MM-DD so a spreadsheet sorts them without guessing. */
export const CSV_COLUMNS: readonly Column[] = [
  { header: 'Case reference', value: (r) => r.caseId },
  { header: 'RAG', value: (r) => RAG_LABELS[r.rag].word },
  { header: 'Status', value: (r) => r.ragText },
  { header: 'Overdue now', value: (r) => r.overdue },
  { header: 'Due soon', value: (r) => r.dueSoon },
  { header: 'Cannot be worked out', value: (r) => r.unknown },
  {
    header: 'Next deadline',
    value: (r) => (r.nextDeadline ? RULE_LABELS[r.nextDeadline.rule] : 'None known'),
  },
  { header: 'Next deadline date (YYYY-MM-DD)', value: (r) => r.nextDeadline?.due },
  {
    header: 'Days since last core group (blank: none recorded)',
    value: (r) => r.daysSinceLastCoreGroup,
  },
  { header: 'Children not seen alone at last visit', value: (r) => r.childrenNotSeenAlone.length },
  {
    header: 'Names of children not seen alone',
    value: (r) => r.childrenNotSeenAlone.join('; '),
    namesOnly: true,
  },
  { header: 'Children on the case', value: (r) => r.childCount },
  { header: 'Deadlines met', value: (r) => r.tally.met },
  { header: 'Deadlines done late', value: (r) => r.tally.late },
  { header: 'Deadlines missed (overdue)', value: (r) => r.tally.missed },
  { header: 'Deadlines still open', value: (r) => r.tally.open },
  { header: 'Region as read', value: (r) => regionLabel(r.region) },
  {
    header: 'Bank holidays used',
    value: (r) => `${regionLabel(r.regionUsed)}${r.regionAssumed ? ' (assumed)' : ''}`,
  },
  { header: 'Procedure', value: (r) => r.procedureId },
  { header: 'Values on pages not read', value: (r) => r.unreadCount },
  { header: 'Values in conflict between pages', value: (r) => r.conflictCount },
  { header: 'Last read (UTC)', value: (r) => r.lastReadAt },
  {
    header: 'Source',
    value: (_r, o) =>
      `${GENERATED_NOTICE} Generated on ${formatUkDateTime(o.generatedAt)} (UK time).`,
  },
];

/**
 * A spreadsheet cell (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, return first) gets a leading apostrophe:
 * a case reference or name comes from a host page and must never run in the reader's spreadsheet
 * (OWASP, "CSV Injection"). Text that already starts with an apostrophe gets one too, so the
 * prefix is never ambiguous: one leading apostrophe is always ours.
 */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Every case as one CSV line, for a pilot's evidence. The header line comes first (with a byte
 * order mark, so Excel reads the names as UTF-8) and each line ends CRLF; the last column on
 * every line says the data was read locally and the case system remains the record.
 */
export function casesCsv(rows: readonly DashboardRow[], options: CasesCsvOptions): string {
  const columns = CSV_COLUMNS.filter((c) => options.includeNames || !c.namesOnly);
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row, options))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
