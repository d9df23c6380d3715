import type { ActionStatus, MeetingStatus, Region } from '../domain/case-record';
import { normaliseLabel } from './normalise-label';

/** A word read as one of a fixed set of values, or why it could not be. */
export type WordRead<T> = { ok: true; value: T } | { ok: false; raw: string; reason: string };

const REGIONS: Readonly<Record<string, Region>> = {
  'england and wales': 'england-and-wales',
  'england wales': 'england-and-wales',
  england: 'england-and-wales',
  wales: 'england-and-wales',
  cymru: 'england-and-wales',
  scotland: 'scotland',
  'northern ireland': 'northern-ireland',
  ni: 'northern-ireland',
};

/**
 * Meeting states. "Completed" is held; "booked" is scheduled. A cancelled or postponed meeting
 * is neither, so it is not read (the worker sees why) rather than counted as held.
 */
const MEETING_STATUSES: Readonly<Record<string, MeetingStatus>> = {
  held: 'held',
  completed: 'held',
  complete: 'held',
  'took place': 'held',
  happened: 'held',
  attended: 'held',
  scheduled: 'scheduled',
  booked: 'scheduled',
  planned: 'scheduled',
  arranged: 'scheduled',
  upcoming: 'scheduled',
  confirmed: 'scheduled',
};
const NOT_A_MEETING = /\b(cancelled|canceled|postponed|adjourned|rearranged|inquorate)\b/;

const ACTION_STATUSES: Readonly<Record<string, ActionStatus>> = {
  'not started': 'not-started',
  'not yet started': 'not-started',
  'to do': 'not-started',
  'in progress': 'in-progress',
  underway: 'in-progress',
  'under way': 'in-progress',
  ongoing: 'in-progress',
  started: 'in-progress',
  'on track': 'in-progress',
  done: 'done',
  complete: 'done',
  completed: 'done',
  achieved: 'done',
  met: 'done',
  drifted: 'drifted',
  drifting: 'drifted',
  drift: 'drifted',
  'off track': 'drifted',
  stalled: 'drifted',
};

export function parseRegion(raw: string): WordRead<Region> {
  return lookUp(
    raw,
    REGIONS,
    'not a UK nation this knows (England and Wales, Scotland, Northern Ireland)',
  );
}

export function parseMeetingStatus(raw: string): WordRead<MeetingStatus> {
  const said = normaliseLabel(raw);
  if (NOT_A_MEETING.test(said)) return fail(raw, 'neither held nor scheduled');
  return lookUp(raw, MEETING_STATUSES, 'not a meeting status this knows (held or scheduled)');
}

export function parseActionStatus(raw: string): WordRead<ActionStatus> {
  return lookUp(raw, ACTION_STATUSES, 'not an action status this knows');
}

/** People listed in one value: one per line, or separated by ";" or "," outside brackets. */
export function parseNames(lines: readonly string[]): string[] {
  if (lines.length !== 1) return lines.map((l) => l.trim()).filter((l) => l !== '');
  const line = lines[0] as string;
  if (/^(none|nobody|no one|nil|no apologies|none received)$/.test(normaliseLabel(line))) return [];
  const separator = line.includes(';') ? ';' : ',';
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of line) {
    if (ch === '(' || ch === '[') depth++;
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (ch === separator && depth === 0) {
      names.push(current);
      current = '';
    } else current += ch;
  }
  names.push(current);
  return names.map((n) => n.trim()).filter((n) => n !== '');
}

function lookUp<T>(raw: string, table: Readonly<Record<string, T>>, reason: string): WordRead<T> {
  const said = normaliseLabel(raw);
  if (said === '') return fail(raw, 'blank');
  const value = Object.hasOwn(table, said) ? table[said] : undefined;
  return value === undefined ? fail(raw, reason) : { ok: true, value };
}

const fail = <T>(raw: string, reason: string): WordRead<T> => ({ ok: false, raw, reason });
