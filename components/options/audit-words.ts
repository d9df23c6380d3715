import type { AuditAction, AuditEntry } from '../../lib/store/audit';

const ACTIONS: Record<AuditAction, string> = {
  read: 'Read a case page',
  correct: 'Corrected a value',
  'undo-correction': 'Undid a correction',
  export: 'Exported',
  import: 'Imported a file',
  'delete-case': 'Deleted a case',
  purge: 'Deleted what the retention period expired',
  settings: 'Changed settings',
};

/** What each count in an entry means, in the order a reader wants them. */
const COUNTS: readonly (readonly [string, string, string])[] = [
  ['added', 'item added', 'items added'],
  ['changed', 'item changed', 'items changed'],
  ['removed', 'item removed', 'items removed'],
  ['unread', 'value could not be read', 'values could not be read'],
  ['conflicts', 'open conflict', 'open conflicts'],
  ['supersededCorrections', 'correction lapsed', 'corrections lapsed'],
  ['cases', 'case', 'cases'],
  ['casesAdded', 'case added', 'cases added'],
  ['casesMerged', 'case merged', 'cases merged'],
  ['pageReads', 'page stored', 'pages stored'],
  ['corrections', 'correction added', 'corrections added'],
  ['rows', 'stored item deleted', 'stored items deleted'],
  ['auditEntries', 'log entry deleted', 'log entries deleted'],
];

const PAGE_KINDS: Record<NonNullable<AuditEntry['pageKind']>, string> = {
  'case-summary': 'case summary page',
  conference: 'conference page',
  'core-group': 'core group page',
  visit: 'visit page',
  plan: 'plan page',
  other: 'case page',
};

export function auditActionLabel(action: AuditAction): string {
  return ACTIONS[action];
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The details of one entry in words: the page kind, the field (a name, never a value) and the
 * counts. A count the log leaves out was zero (the store drops zeros).
 */
export function auditDetails(entry: AuditEntry): string {
  const parts: string[] = [];
  if (entry.pageKind) parts.push(PAGE_KINDS[entry.pageKind]);
  if (entry.field) parts.push(`field ${entry.field}`);
  const counts = { ...(entry.counts ?? {}) };
  if (entry.action === 'settings') {
    const changed = counts.changed ?? 0;
    parts.push(plural(changed, 'setting changed', 'settings changed'));
    delete counts.changed;
  }
  for (const [key, one, many] of COUNTS) {
    const n = counts[key];
    if (n === undefined) continue;
    parts.push(plural(n, one, many));
    delete counts[key];
  }
  for (const [key, n] of Object.entries(counts)) parts.push(`${key}: ${n}`);
  if (entry.action === 'read' && !entry.counts) parts.push('nothing changed');
  return parts.join(', ');
}

const WHEN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** `2026-11-25T16:30:00.000Z` → `25/11/2026, 16:30`, UK time like the rest of the extension. */
export function formatWhen(isoTime: string): string {
  const time = Date.parse(isoTime);
  return Number.isNaN(time) ? isoTime : WHEN.format(time);
}
