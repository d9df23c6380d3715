import type { IsoDate } from '../domain/dates';

/** A date read from a page, or why it could not be: the raw text is kept so the worker can see it. */
export type DateRead = { ok: true; date: IsoDate } | { ok: false; raw: string; reason: string };

/**
 * Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999. Every date a child protection case
 * holds (meetings, visits, a child's birth) is this century, and 70 is the pivot POSIX
 * `strptime` uses, so a worker who types "17/12/26" means 2026.
 */
export const TWO_DIGIT_YEAR_PIVOT = 70;
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2099;
const LONGEST_TEXT = 300;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const WEEKDAYS: Readonly<Record<string, number>> = {
  sun: 0,
  sunday: 0,
  mon: 1,
  monday: 1,
  tue: 2,
  tues: 2,
  tuesday: 2,
  wed: 3,
  weds: 3,
  wednesday: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fri: 5,
  friday: 5,
  sat: 6,
  saturday: 6,
};

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

const alternation = (words: Record<string, number>) =>
  Object.keys(words)
    .sort((a, b) => b.length - a.length)
    .join('|');
/**
 * A regular expression with the month or weekday names put in. Built through this, and marked
 * pure, so a bundle that imports this module without parsing (the content script, through
 * read-with-profile.ts's previewValue for teach-a-field) leaves it all out: the background
 * parses pages (issue 8: the content script under 20 KB gzip).
 */
const withNames = (
  words: Record<string, number>,
  pattern: (names: string) => string,
  flags: string,
): RegExp => new RegExp(pattern(alternation(words)), flags);

/** `2026-12-17`, `2026/12/17`, optionally with a time; a zone is captured so it can be refused. */
const ISO =
  /(?<![\d./-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?(?![\d./-])/gi;
/** `17/12/2026`, `17-12-2026`, `17.12.26`: day first, the same separator twice. */
const NUMERIC = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-])/g;
/** `17 Dec 2026`, `17th December 2026`, `17-DEC-26`, `17th of December, 2026`. */
const DAY_MONTH_NAME = /* @__PURE__ */ withNames(
  MONTHS,
  (month) =>
    `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s/-]*(${month})\\.?,?[\\s/-]*(\\d{4}|\\d{2})(?![\\p{L}\\d])`,
  'giu',
);
/** `December 17, 2026`: unambiguous because the month is a word, so it is read too. */
const MONTH_NAME_DAY = /* @__PURE__ */ withNames(
  MONTHS,
  (month) =>
    `(?<![\\p{L}\\d])(${month})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\p{L}\\d])`,
  'giu',
);

/** Words that may sit beside a date without changing which day it is (a time, a weekday). */
const HARMLESS = /* @__PURE__ */ withNames(
  WEEKDAYS,
  (weekday) =>
    `^(?:at|on|hrs|am|pm|noon|midday|gmt|bst|${weekday}|\\d{1,2}(?:[:.]\\d{2}){1,2}(?:am|pm)?|\\d{1,2}(?:am|pm))$`,
  'i',
);
const PLACEHOLDER =
  /^(?:tbc|tba|tbd|n\/?a|none|nil|unknown|not known|not recorded|not set|not yet|no date|pending|to be confirmed|to be arranged|[-–—?]+)$/i;
const RELATIVE =
  /\b(?:today|tomorrow|yesterday|next|last|this|soon|asap|ago|within|week|weeks|fortnight|month|months|days)\b/i;
const NO_YEAR = /* @__PURE__ */ withNames(
  MONTHS,
  (month) =>
    `(?<![\\d./-])\\d{1,2}[/.-]\\d{1,2}(?![\\d./-])|(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?:${month})\\b`,
  'iu',
);

interface Candidate {
  start: number;
  end: number;
  read: DateRead;
}

/**
 * Reads a date as UK case systems show it. Never guesses: an impossible, ambiguous, US-ordered,
 * vague or contradicted date comes back not ok, with the raw text and the reason. Never throws.
 */
export function parseUkDate(raw: string): DateRead {
  return readDate(raw, true);
}

/** parseUkDate without its shortcut for the common shapes: tests hold the two to each other. */
export function parseUkDateInFull(raw: string): DateRead {
  return readDate(raw, false);
}

function readDate(raw: string, shortcut: boolean): DateRead {
  if (typeof raw !== 'string') return fail('', 'not text');
  const text = raw
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .trim();
  if (text === '') return fail(raw, 'blank');
  if (text.length > LONGEST_TEXT) return fail(raw, 'too long to be a date');

  const simple = shortcut ? readSimpleDate(text, raw) : undefined;
  if (simple) return simple;
  const candidates = findCandidates(text, raw);
  if (candidates.length === 0) return failNoDate(text, raw);

  const bad = candidates.find((c) => !c.read.ok);
  if (bad) return bad.read;
  const dates = [...new Set(candidates.map((c) => (c.read.ok ? c.read.date : '')))];
  if (dates.length > 1) {
    return fail(raw, `more than one date (${dates.map(displayDate).join(', ')})`);
  }
  const date = dates[0] as IsoDate;

  let leftover = '';
  let from = 0;
  for (const c of candidates) {
    leftover += ` ${text.slice(from, c.start)} `;
    from = c.end;
  }
  leftover += text.slice(from);
  const words = leftover
    .replace(/[,()[\]|–—-]/g, ' ')
    .split(' ')
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w !== '');
  const weekday = weekdayOf(date);
  for (const word of words) {
    if (!HARMLESS.test(word)) {
      return fail(raw, `other words around the date ("${clip(word)}") may change its meaning`);
    }
    const said = WEEKDAYS[word.toLowerCase()];
    if (said !== undefined && said !== weekday) {
      return fail(
        raw,
        `says ${WEEKDAY_NAMES[said]} but ${displayDate(date)} is a ${WEEKDAY_NAMES[weekday]}`,
      );
    }
  }
  return { ok: true, date };
}

/** `17/12/2026` alone. */
const SIMPLE_NUMERIC = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** `17 December 2026` or `Thu 17 Dec 2026` alone. */
const SIMPLE_NAMED = /^(?:([A-Za-z]+) )?(\d{1,2}) ([A-Za-z]+) (\d{4})$/;

/**
 * The shapes case systems show most, read directly: a page of 2,000 visits should not run every
 * pattern below 2,000 times. Each gives exactly what the general reading would (one candidate
 * covering the text, or a weekday word beside it); anything else is left to the general reading.
 */
function readSimpleDate(text: string, raw: string): DateRead | undefined {
  const numeric = SIMPLE_NUMERIC.exec(text);
  if (numeric) {
    const day = Number(numeric[1]);
    const month = Number(numeric[2]);
    return month > 12 && day <= 12
      ? fail(raw, 'looks like month/day (US order); UK dates are day/month')
      : checkDate(raw, Number(numeric[3]), month, day);
  }
  const named = SIMPLE_NAMED.exec(text);
  if (!named) return undefined;
  const weekdayWord = named[1];
  const monthWord = (named[3] as string).toLowerCase();
  if (!Object.hasOwn(MONTHS, monthWord)) return undefined;
  const said = weekdayWord === undefined ? undefined : weekdayWord.toLowerCase();
  if (said !== undefined && !Object.hasOwn(WEEKDAYS, said)) return undefined;
  const read = checkDate(raw, Number(named[4]), MONTHS[monthWord] as number, Number(named[2]));
  if (!read.ok || said === undefined) return read;
  const saidDay = WEEKDAYS[said] as number;
  const weekday = weekdayOf(read.date);
  return saidDay === weekday
    ? read
    : fail(
        raw,
        `says ${WEEKDAY_NAMES[saidDay]} but ${displayDate(read.date)} is a ${WEEKDAY_NAMES[weekday]}`,
      );
}

function findCandidates(text: string, raw: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(ISO)) {
    const read = m[6]
      ? fail(raw, 'a timestamp with a time zone: the UK date depends on the zone')
      : checkDate(raw, Number(m[1]), Number(m[3]), Number(m[4]));
    found.push({ start: m.index, end: m.index + m[0].length, read });
  }
  for (const m of text.matchAll(NUMERIC)) {
    const day = Number(m[1]);
    const month = Number(m[3]);
    const read =
      month > 12 && day <= 12
        ? fail(raw, 'looks like month/day (US order); UK dates are day/month')
        : checkDate(raw, fullYear(m[4] as string), month, day);
    found.push({ start: m.index, end: m.index + m[0].length, read });
  }
  for (const m of text.matchAll(DAY_MONTH_NAME)) {
    const month = MONTHS[(m[2] as string).toLowerCase()] as number;
    const read = checkDate(raw, fullYear(m[3] as string), month, Number(m[1]));
    found.push({ start: m.index, end: m.index + m[0].length, read });
  }
  for (const m of text.matchAll(MONTH_NAME_DAY)) {
    const month = MONTHS[(m[1] as string).toLowerCase()] as number;
    const read = checkDate(raw, Number(m[3]), month, Number(m[2]));
    found.push({ start: m.index, end: m.index + m[0].length, read });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
  }
  return kept;
}

function failNoDate(text: string, raw: string): DateRead {
  if (PLACEHOLDER.test(text)) return fail(raw, `says "${clip(text)}": no date given`);
  if (NO_YEAR.test(text)) return fail(raw, 'no year given');
  if (RELATIVE.test(text)) return fail(raw, `"${clip(text)}" is relative, not a date`);
  return fail(raw, 'no date found');
}

function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length !== 2) return n;
  return n < TWO_DIGIT_YEAR_PIVOT ? 2000 + n : 1900 + n;
}

function checkDate(raw: string, year: number, month: number, day: number): DateRead {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return fail(raw, `year ${year} is outside ${EARLIEST_YEAR}–${LATEST_YEAR}`);
  }
  if (month < 1 || month > 12) return fail(raw, `there is no month ${month}`);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return fail(
      raw,
      `not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${days} days, not ${day}`,
    );
  }
  return { ok: true, date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function weekdayOf(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function displayDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
const fail = (raw: string, reason: string): DateRead => ({ ok: false, raw, reason });
