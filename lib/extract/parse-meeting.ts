import type {
  ActionProgress,
  HouseholdChange,
  MeetingAction,
  MeetingApology,
  MeetingPerson,
  NonCooperation,
  NonCooperationLevel,
  RiskTrend,
} from '../domain/case-record';
import type { IsoDate } from '../domain/dates';
import { normaliseLabel } from './normalise-label';
import { parseUkDate } from './parse-date';
import { parseActionStatus, parseNames, type WordRead } from './parse-words';

/*
 * The values of a core group's record, as case systems write them: one item per line, parts of
 * an item after " — " (an em or en dash, or a hyphen, with spaces round it), a person as
 * "Name (role, agency)". Any line that cannot be read makes the whole value unread, with the
 * line and the reason: a list read in part would look complete and hide a gap. Kept small, as
 * it runs in the content script: words outside these short lists are unread, never guessed.
 */

const fail = <T>(raw: string, reason: string): WordRead<T> => ({ ok: false, raw, reason });
const ok = <T>(value: T): WordRead<T> => ({ ok: true, value });
const DASH = ' — ';
const NONE = /^(none|nobody|nil|no (apologies|changes?))$/;

/** A part at the end of an item saying one thing: a fixed value, or (none given) a date. */
type Marker = [key: string, test: RegExp, value?: unknown];
const DATE = '\\s+((?:\\d|[a-z]{3}\\w* \\d).*)$';
// A literal, not built from DATE: the content script imports this module without calling it
// and leaves out only what is free of side effects (see parse-date.ts).
const DUE: Marker = ['due', /^(?:due(?: by)?|by)\s+((?:\d|[a-z]{3}\w* \d).*)$/i];

/** "Name (role, agency)", "Name (role)" or "Name". */
export function parsePerson(raw: string): WordRead<MeetingPerson> {
  const text = raw.trim();
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  const name = (m ? (m[1] as string) : text).trim();
  if (name === '' || /[()]/.test(name)) return fail(raw, 'not "Name (role)"');
  const person: MeetingPerson = { name };
  const [role, ...rest] = (m?.[2] ?? '').split(',').map((p) => p.trim());
  if (role) person.role = role;
  if (rest.join('')) person.agency = rest.join(', ');
  return ok(person);
}

/**
 * Each line read as its parts and the markers at its end (read from the end while a part is a
 * marker not yet seen, so an action's own words may hold a dash); one "None" line is no items.
 */
function listOf<T>(
  lines: readonly string[],
  markers: readonly Marker[],
  read: (parts: string[], said: Record<string, unknown>, line: string) => WordRead<T>,
): WordRead<T[]> {
  const items: T[] = [];
  const kept = lines.filter((l) => l.trim() !== '');
  if (kept.length === 1 && NONE.test(normaliseLabel(kept[0] as string))) return ok(items);
  for (const line of kept) {
    const parts = line.split(/\s+[—–-]\s+/).map((p) => p.trim());
    const said: Record<string, unknown> = {};
    for (let part = parts.at(-1) as string; parts.length > 1; part = parts.at(-1) as string) {
      const marker = markers.find(([key, test]) => !(key in said) && test.test(part));
      if (!marker) break;
      const date = marker[2] === undefined && parseUkDate(marker[1].exec(part)?.[1] ?? '');
      if (date && !date.ok) return fail(line, date.reason);
      said[marker[0]] = date ? date.date : marker[2];
      parts.pop();
    }
    const result = read(parts, said, line);
    if (!result.ok) return fail(line, result.reason);
    items.push(result.value);
  }
  return ok(items);
}

/** A single line may hold several people ("A (x); B (y)"). */
const people = (lines: readonly string[]) => (lines.length === 1 ? parseNames(lines) : lines);

/** Attendees: one person per line. */
export const parseAttendees = (lines: readonly string[]) =>
  listOf(people(lines), [], (parts) => parsePerson(parts.join(DASH)));

/** Apologies: a person per line, then "written update sent" or "no written update" if said. */
export function parseApologies(lines: readonly string[]): WordRead<MeetingApology[]> {
  const markers: Marker[] = [
    ['sent', /^(written )?(update|report) sent$/i, true],
    ['sent', /^no (written )?(update|report)$/i, false],
  ];
  return listOf(people(lines), markers, (parts, said) => {
    const person = parsePerson(parts.join(DASH));
    if (!person.ok || said.sent === undefined) return person;
    return ok({ ...person.value, writtenUpdateSent: said.sent as boolean });
  });
}

/** Progress on an action: "Action — Status", then "due DATE" and "carried over" if said. */
export function parseActionProgress(lines: readonly string[]): WordRead<ActionProgress[]> {
  const markers: Marker[] = [DUE, ['carried', /^carried (over|forward)$/i, true]];
  return listOf(lines, markers, (parts, said) => {
    const status = parts.length > 1 ? parseActionStatus(parts.pop() as string) : undefined;
    if (!status?.ok) return fail('', 'no progress given');
    const item: ActionProgress = { action: parts.join(DASH), status: status.value };
    if (said.due) item.due = said.due as IsoDate;
    if (said.carried) item.carriedOver = true;
    return ok(item);
  });
}

/** A new or amended action: "Action — Owner — by DATE" (owner and date optional). */
export function parseMeetingActions(lines: readonly string[]): WordRead<MeetingAction[]> {
  return listOf(lines, [DUE], (parts, said) => {
    const action: MeetingAction = { text: '' };
    if (parts.length > 1) action.owner = parts.pop() as string;
    action.text = parts.join(DASH);
    if (said.due) action.due = said.due as IsoDate;
    return ok(action);
  });
}

/** A household change: "Name (relationship) — since DATE — assessed / not assessed". */
export function parseHouseholdChanges(lines: readonly string[]): WordRead<HouseholdChange[]> {
  const markers: Marker[] = [
    ['since', new RegExp(`^(?:since|moved in)${DATE}`, 'i')],
    ['assessed', /^assessed$/i, true],
    ['assessed', /^not (yet )?assessed$/i, false],
  ];
  return listOf(lines, markers, (parts, said) => {
    const person = parsePerson(parts.join(DASH));
    if (!person.ok) return person;
    const { name, role, agency } = person.value;
    if (!role) return fail('', 'no relationship given');
    const change: HouseholdChange = { name, relationship: agency ? `${role}, ${agency}` : role };
    if (said.since) change.since = said.since as IsoDate;
    if (said.assessed !== undefined) change.assessed = said.assessed as boolean;
    return ok(change);
  });
}

/** Dates, one per line. */
export const parseDateList = (lines: readonly string[]): WordRead<IsoDate[]> =>
  listOf(lines, [], (parts) => {
    const date = parseUkDate(parts.join(DASH));
    return date.ok ? ok(date.date) : fail('', date.reason);
  });

function oneOf<T>(raw: string, table: readonly [RegExp, T][]): WordRead<T> {
  const said = normaliseLabel(raw);
  const value = table.find(([re]) => re.test(said))?.[1];
  return value === undefined ? fail(raw, 'not a word this knows') : ok(value);
}

export const parseRiskTrend = (raw: string) =>
  oneOf<RiskTrend>(raw, [
    [/^(increasing|rising)$/, 'increasing'],
    [/^(stable|unchanged)$/, 'stable'],
    [/^(decreasing|reducing|falling)$/, 'decreasing'],
  ]);

/** "Serious — notes": a level of non-co-operation, then what happened. */
export function parseNonCooperation(raw: string): WordRead<NonCooperation> {
  const [level = '', ...notes] = raw.replace(/\n/g, ' ').split(/\s+[—–-]\s+/);
  const read = oneOf<NonCooperationLevel>(level, [
    [/^none$/, 'none'],
    [/^(some|partial)$/, 'some'],
    [/^(serious|significant)$/, 'serious'],
  ]);
  if (!read.ok) return fail(raw, read.reason);
  return ok(
    notes.length > 0 ? { level: read.value, notes: notes.join(DASH) } : { level: read.value },
  );
}
