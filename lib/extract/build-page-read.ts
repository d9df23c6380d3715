import type {
  ActionStatus,
  Child,
  ChildPlan,
  CoreGroup,
  MeetingStatus,
  PlanAction,
  Region,
  ReviewConference,
  SchoolMove,
  Visit,
  VisitChild,
} from '../domain/case-record';
import type { IsoDate } from '../domain/dates';
import type { PageReadInput, UnreadField } from '../domain/page-read';
import { CASE_ID_MOST, caseIdOf, inOwnWords, isBlank } from './case-id';
import {
  type FieldPath,
  fieldPath,
  ITEM_FIELDS,
  PLAN_SECTIONS,
  type ValueKind,
  valueKindOf,
} from './fields';
import type { Findings, Found, FoundItem, FoundListName } from './findings';
import { normaliseLabel } from './normalise-label';
import type { PageShown } from './page-shown';
import { parseUkDate } from './parse-date';
import {
  parseActionProgress,
  parseApologies,
  parseAttendees,
  parseDateList,
  parseHouseholdChanges,
  parseMeetingActions,
  parseNonCooperation,
  parsePerson,
  parseRiskTrend,
} from './parse-meeting';
import { parseActionStatus, parseMeetingStatus, parseRegion, type WordRead } from './parse-words';
import { parseYesNo } from './parse-yes-no';
import { ukDate } from './read-context';
import { YES_NO_WORDS } from './synonyms';

export { isBlank } from './case-id';

/** When and where a read happened, stamped on the PageRead. */
export interface ReadContext {
  /** Path and query of the page, no fragment. */
  path: string;
  /** ISO timestamp of the read. */
  readAt: string;
  /** The UK date of the read: a meeting dated after it cannot have been held. */
  today: IsoDate;
  profileId?: string;
}

/** A read of a page: a case page, or why it is not one. */
export type PageReadResult =
  | { kind: 'case-page'; read: PageReadInput; profileId?: string }
  | { kind: 'not-a-case-page'; reason: string };

/** Limits of PageReadSchema (lib/domain/page-read.ts): beyond them the store would refuse the read. */
const MOST = {
  id: CASE_ID_MOST,
  name: 300,
  text: 5000,
  section: 20_000,
  unreadText: 300,
  unread: 500,
  path: 2048,
  children: 50,
  reviewConferences: 200,
  coreGroups: 500,
  visits: 5000,
  schoolMoves: 200,
  plans: 50,
  actions: 1000,
  people: 200,
} as const;

type Converted = { ok: true; value: unknown } | { ok: false; blank: true } | Unparsed;
type Unparsed = { ok: false; blank?: false; raw: string; reason: string };

/**
 * Builds the page read from what the content script sent (lib/extract/page-shown.ts), in the
 * background. The UK date of the read comes from its time, as readContext works it out.
 */
export function buildFromShown(shown: PageShown): PageReadResult {
  const ctx: ReadContext = {
    path: shown.path,
    readAt: shown.readAt,
    today: ukDate(new Date(shown.readAt)),
  };
  if (shown.profileId) ctx.profileId = shown.profileId;
  return buildPageRead(shown.findings, ctx);
}

/**
 * Turns what a reader found into a PageRead: every value parsed, every failure listed in
 * `unread` with the raw text and the reason, lists sorted oldest first. An item that cannot
 * stand without a value (a meeting with no readable date) is left out and listed as unread:
 * a list with unread entries under its name is therefore not complete.
 */
export function buildPageRead(findings: Findings, ctx: ReadContext): PageReadResult {
  const unread: UnreadField[] = [...findings.unread];
  const note = (path: FieldPath | string, reason: string, found?: Found, where?: string) => {
    // One entry per field and item: the reader may already have said "not found on page".
    const prefix = where ? `${where}: ` : '';
    if (unread.some((u) => u.field === path && u.reason.startsWith(prefix))) return;
    const entry: UnreadField = {
      field: clip(path, 200),
      reason: clip(where ? `${where}: ${reason}` : reason, MOST.unreadText),
    };
    if (found?.label) entry.label = clip(found.label, MOST.unreadText);
    const raw = found?.shown.text || found?.shown.machineDate;
    if (raw) entry.raw = clip(raw, MOST.unreadText);
    unread.push(entry);
  };

  const read = <T>(
    list: FoundListName | 'actions' | undefined,
    field: string,
    item: FoundItem | undefined,
    where?: string,
  ): T | undefined => {
    const found = item
      ? item.values[field]
      : findings.caseValues[field as keyof Findings['caseValues']];
    if (!found) return undefined;
    const path = fieldPath(list, field);
    const kind = valueKindOf(list, field) ?? 'text';
    const result = convert(kind, found, path);
    if (result.ok) return result.value as T;
    if (!result.blank) note(path, result.reason, found, where);
    return undefined;
  };
  const text = (
    max: number,
    list: FoundListName | 'actions' | undefined,
    field: string,
    item: FoundItem | undefined,
    where?: string,
  ) => {
    const value = read<string>(list, field, item, where);
    if (value === undefined) return undefined;
    if (value.length > max) {
      note(fieldPath(list, field), `longer than ${max} characters`, item?.values[field], where);
      return undefined;
    }
    return value;
  };

  // The content script decided this is a case page, and for which case, by the same function.
  const caseId = caseIdOf(findings);
  if (caseId === undefined) {
    return { kind: 'not-a-case-page', reason: 'no case id found on the page' };
  }
  const fields: PageReadInput['fields'] = {};
  const region = read<Region>(undefined, 'region', undefined);
  if (region) fields.region = region;
  const icpcDate = read<IsoDate>(undefined, 'icpcDate', undefined);
  if (icpcDate) fields.icpcDate = icpcDate;
  const planEndDate = read<IsoDate>(undefined, 'planEndDate', undefined);
  if (planEndDate) fields.planEndDate = planEndDate;

  const lists = findings.lists;
  const capList = new Map<FoundListName, readonly FoundItem[]>();
  const itemsOf = (list: FoundListName) => {
    let items = capList.get(list);
    if (!items) {
      items = capped(list, lists[list] ?? [], MOST[list], note);
      capList.set(list, items);
    }
    return items;
  };
  const where = (list: string, i: number) => `${list} item ${i + 1}`;

  // Children first: other lists may name a child only by name.
  const childIdsByName = new Map<string, string>();
  if (lists.children) {
    const children: NonNullable<PageReadInput['fields']['children']> = [];
    itemsOf('children').forEach((item, i) => {
      const at = where('children', i);
      const id = text(MOST.id, 'children', 'id', item, at);
      const name = text(MOST.name, 'children', 'name', item, at);
      if (id === undefined || name === undefined) {
        if (id === undefined && !shows(item.values.id)) {
          note('children.id', 'no child id shown', item.values.name, at);
        }
        if (name === undefined && !shows(item.values.name)) {
          note('children.name', 'no name shown', item.values.id, at);
        }
        return;
      }
      const child: Omit<Child, 'source'> = { id, name };
      const dateOfBirth = read<IsoDate>('children', 'dateOfBirth', item, at);
      if (dateOfBirth) child.dateOfBirth = dateOfBirth;
      const preVerbal = read<boolean>('children', 'preVerbal', item, at);
      if (preVerbal !== undefined) child.preVerbal = preVerbal;
      const notRequired = read<boolean>('children', 'seenAloneNotRequired', item, at);
      if (notRequired !== undefined) child.seenAloneNotRequired = notRequired;
      childIdsByName.set(normaliseLabel(name), id);
      children.push(child);
    });
    if (keepList(children, itemsOf('children'))) fields.children = children;
  }

  const childIdOf = (list: 'visits' | 'schoolMoves' | 'plans', item: FoundItem, at: string) => {
    const id = text(MOST.id, list, 'childId', item, at);
    if (id !== undefined) return id;
    const name = text(MOST.name, list, 'childName', item, at);
    const byName = name === undefined ? undefined : childIdsByName.get(normaliseLabel(name));
    if (byName) return byName;
    if (findings.pageChildId) return findings.pageChildId;
    note(
      fieldPath(list, 'childId'),
      'no child id shown: cannot tell which child',
      item.values.childName,
      at,
    );
    return undefined;
  };

  const meeting = (list: 'reviewConferences' | 'coreGroups', item: FoundItem, at: string) => {
    const date = read<IsoDate>(list, 'date', item, at);
    if (date === undefined) {
      if (!shows(item.values.date)) note(fieldPath(list, 'date'), 'no date shown', undefined, at);
      return undefined;
    }
    let status = read<MeetingStatus>(list, 'status', item, at);
    const statusShown = shows(item.values.status);
    if (status === 'held' && date > ctx.today) {
      note(
        fieldPath(list, 'status'),
        `says held but ${date} is after today`,
        item.values.status,
        at,
      );
      return undefined;
    }
    if (status === undefined && !statusShown) {
      // Inferred only where certain: a future meeting has not happened; minutes mean it did.
      if (date > ctx.today) status = 'scheduled';
      else if (shows(item.values.minutesCirculatedDate)) status = 'held';
      else note(fieldPath(list, 'status'), 'not shown whether it was held', undefined, at);
    }
    if (status === undefined) return undefined;
    return { date, status };
  };

  if (lists.reviewConferences) {
    const reviews: Omit<ReviewConference, 'source'>[] = [];
    itemsOf('reviewConferences').forEach((item, i) => {
      const at = where('reviewConferences', i);
      const base = meeting('reviewConferences', item, at);
      if (!base) return;
      const review: Omit<ReviewConference, 'source'> = base;
      const shared = read<IsoDate>('reviewConferences', 'reportSharedDate', item, at);
      if (shared) review.reportSharedDate = shared;
      reviews.push(review);
    });
    if (keepList(reviews, itemsOf('reviewConferences'))) fields.reviewConferences = byDate(reviews);
  }

  if (lists.coreGroups) {
    const groups: Omit<CoreGroup, 'source'>[] = [];
    itemsOf('coreGroups').forEach((item, i) => {
      const at = where('coreGroups', i);
      const base = meeting('coreGroups', item, at);
      if (!base) return;
      const group: Omit<CoreGroup, 'source'> = base;
      const minutes = read<IsoDate>('coreGroups', 'minutesCirculatedDate', item, at);
      if (minutes) group.minutesCirculatedDate = minutes;
      for (const key of MEETING_RECORD_FIELDS) {
        const value = read<unknown>('coreGroups', key, item, at);
        if (value === undefined) continue;
        if (tooBigToKeep(value, key === 'parentsAbsenceReason' ? MOST.text : MOST.section)) {
          note(`coreGroups.${key}`, 'too long to keep', item.values[key], at);
          continue;
        }
        (group as Record<string, unknown>)[key] = value;
      }
      groups.push(group);
    });
    if (keepList(groups, itemsOf('coreGroups'))) fields.coreGroups = byDate(groups);
  }

  if (lists.visits) {
    const byDay = new Map<IsoDate, Omit<Visit, 'source'>>();
    itemsOf('visits').forEach((item, i) => {
      const at = where('visits', i);
      const date = read<IsoDate>('visits', 'date', item, at);
      if (date === undefined) {
        if (!shows(item.values.date)) note('visits.date', 'no date shown', undefined, at);
        return;
      }
      // Several rows of one day are one visit: systems that list a row per child do this.
      const visit = byDay.get(date) ?? { date, children: [] };
      byDay.set(date, visit);
      const rows = item.children ?? [item];
      if (rows.length === 0) note('visits.childId', 'the visit shows no children', undefined, at);
      rows.forEach((row, j) => {
        const rowAt = item.children ? `${at}, child ${j + 1}` : at;
        const childId = childIdOf('visits', row, rowAt);
        if (childId === undefined) return;
        let seen = read<boolean>('visits', 'seen', row, rowAt);
        const seenAlone = read<boolean>('visits', 'seenAlone', row, rowAt);
        if (seen === undefined && seenAlone === true) seen = true;
        if (seen === undefined) {
          if (!shows(row.values.seen)) {
            note('visits.seen', 'not shown whether the child was seen', undefined, rowAt);
          }
          return;
        }
        const child: VisitChild = { childId, seen };
        if (seenAlone !== undefined) child.seenAlone = seenAlone;
        const twin = visit.children.find((c) => c.childId === childId);
        if (!twin) {
          if (visit.children.length < MOST.children) visit.children.push(child);
        } else if (twin.seen !== child.seen || twin.seenAlone !== child.seenAlone) {
          note(
            'visits.seenAlone',
            `${childId} is shown twice on ${date} with different answers`,
            undefined,
            rowAt,
          );
        }
      });
    });
    const visits = [...byDay.values()].filter((v) => v.children.length > 0);
    if (keepList(visits, itemsOf('visits'))) fields.visits = byDate(visits);
  }

  if (lists.schoolMoves) {
    const moves: Omit<SchoolMove, 'source'>[] = [];
    itemsOf('schoolMoves').forEach((item, i) => {
      const at = where('schoolMoves', i);
      const childId = childIdOf('schoolMoves', item, at);
      const date = read<IsoDate>('schoolMoves', 'date', item, at);
      if (date === undefined && !shows(item.values.date)) {
        note('schoolMoves.date', 'no date shown', undefined, at);
      }
      if (childId !== undefined && date !== undefined) moves.push({ childId, date });
    });
    if (keepList(moves, itemsOf('schoolMoves'))) fields.schoolMoves = byDate(moves);
  }

  if (lists.plans) {
    const plans: Omit<ChildPlan, 'source'>[] = [];
    itemsOf('plans').forEach((item, i) => {
      const at = where('plans', i);
      const childId = childIdOf('plans', item, at);
      if (childId === undefined) return;
      const sections: ChildPlan['sections'] = {};
      for (const id of PLAN_SECTIONS) {
        const value = text(MOST.section, 'plans', id, item, at);
        if (value !== undefined) sections[id] = value;
      }
      const actions: PlanAction[] = [];
      capped('plans.actions', item.actions ?? [], MOST.actions, note).forEach((row, j) => {
        const rowAt = `${at}, action ${j + 1}`;
        const actionText = text(MOST.text, 'actions', 'text', row, rowAt);
        if (actionText === undefined) {
          const saysMore = Object.values(row.values).some(shows);
          if (saysMore && !shows(row.values.text)) {
            note('plans.actions.text', 'an action with no text', undefined, rowAt);
          }
          return;
        }
        const action: PlanAction = { text: actionText };
        const owner = text(MOST.name, 'actions', 'owner', row, rowAt);
        if (owner !== undefined) action.owner = owner;
        const due = read<IsoDate>('actions', 'due', row, rowAt);
        if (due !== undefined) action.due = due;
        const measure = text(MOST.text, 'actions', 'measure', row, rowAt);
        if (measure !== undefined) action.measure = measure;
        const status = read<ActionStatus>('actions', 'status', row, rowAt);
        if (status !== undefined) action.status = status;
        actions.push(action);
      });
      plans.push({ childId, sections, actions });
    });
    // A plan page shows one child's plan: "no plan here" says nothing about the other
    // children's plans, so an empty list is left out rather than sent as "there are none".
    if (plans.length > 0) fields.plans = plans;
  }

  const result: PageReadInput = {
    caseId,
    pageKind: findings.pageKind,
    path: ctx.path.slice(0, MOST.path),
    readAt: ctx.readAt,
    fields,
    unread: unread.slice(0, MOST.unread),
  };
  if (ctx.profileId) result.profileId = ctx.profileId;
  return ctx.profileId
    ? { kind: 'case-page', read: result, profileId: ctx.profileId }
    : { kind: 'case-page', read: result };
}

/** A core group's record beyond its date, status and minutes (lib/domain CoreGroupSchema). */
// Pure: the content script imports this module (for teach-a-field's preview) without building.
const MEETING_RECORD_FIELDS = /* @__PURE__ */ Object.keys(ITEM_FIELDS.coreGroups).slice(
  3,
) as (keyof CoreGroup)[];

/** Keys of a record item that hold a name-like value (CoreGroupSchema: 300 characters). */
const NAME_KEYS = /* @__PURE__ */ new Set(['name', 'role', 'agency', 'owner', 'relationship']);

/** True when a read value is beyond what the store keeps (CoreGroupSchema's limits). */
function tooBigToKeep(value: unknown, most: number = MOST.section): boolean {
  if (typeof value === 'string') return value.length > most;
  if (Array.isArray(value)) {
    return value.length > MOST.people || value.some((v) => tooBigToKeep(v, MOST.text));
  }
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.entries(value).some(([k, v]) =>
      tooBigToKeep(v, NAME_KEYS.has(k) ? MOST.name : MOST.text),
    )
  );
}

/** True when the page shows something for the value (not missing, not blank). */
function shows(found: Found | undefined): boolean {
  return found !== undefined && !isBlank(found);
}

/** Parses one shown value as its field's kind. */
export function convert(kind: ValueKind, found: Found, path: FieldPath): Converted {
  // The profile says this value, shown empty, is recorded as none: [] for a list, else null.
  if (found.options?.emptyMeansNone && found.shown.checked === undefined && isBlank(found)) {
    return { ok: true, value: MEETING_LINES[kind] ? [] : null };
  }
  if (isBlank(found)) return { ok: false, blank: true };
  const { shown, options } = found;
  const shownText = inOwnWords(found);
  const asWord = <T>(
    r: { ok: true; value: T } | { ok: false; raw: string; reason: string },
  ): Converted =>
    r.ok ? { ok: true, value: r.value } : { ok: false, raw: r.raw, reason: r.reason };
  switch (kind) {
    case 'text':
      return { ok: true, value: shownText.trim() };
    case 'date': {
      const date = parseUkDate(shownText);
      if (!date.ok && shown.machineDate) {
        const machine = parseUkDate(shown.machineDate);
        if (machine.ok) return { ok: true, value: machine.date };
      }
      return date.ok
        ? { ok: true, value: date.date }
        : { ok: false, raw: date.raw, reason: date.reason };
    }
    case 'yes-no': {
      if (shown.checked !== undefined && shownText === shown.text)
        return { ok: true, value: shown.checked };
      const builtIn = YES_NO_WORDS[path];
      const extra = options?.yesNo;
      const words = extra
        ? {
            yes: [...(builtIn?.yes ?? []), ...(extra.yes ?? [])],
            no: [...(builtIn?.no ?? []), ...(extra.no ?? [])],
          }
        : builtIn;
      return asWord(parseYesNo(shownText, words));
    }
    case 'region':
      return asWord(parseRegion(shownText));
    case 'meeting-status':
      return asWord(parseMeetingStatus(shownText));
    case 'action-status':
      return asWord(parseActionStatus(shownText));
    default: {
      const lines = MEETING_LINES[kind];
      if (lines) return asWord(lines(linesOf(shown, shownText)));
      return asWord((MEETING_VALUES[kind] as (t: string) => WordRead<unknown>)(shownText));
    }
  }
}

/** How a core group record's values are read: a list line by line, or one value. */
const MEETING_LINES: Partial<Record<ValueKind, (lines: string[]) => WordRead<unknown>>> = {
  people: parseAttendees,
  apologies: parseApologies,
  'action-progress': parseActionProgress,
  'meeting-actions': parseMeetingActions,
  'household-changes': parseHouseholdChanges,
  dates: parseDateList,
};
const MEETING_VALUES: Partial<Record<ValueKind, (text: string) => WordRead<unknown>>> = {
  person: (t) => parsePerson(t.replace(/\n/g, ' ')),
  'risk-trend': parseRiskTrend,
  'non-cooperation': parseNonCooperation,
};

/** The value's lines, unless a profile's word list replaced the whole text. */
function linesOf(shown: Found['shown'], shownText: string): string[] {
  return shownText === shown.text ? shown.lines : [shownText];
}

/**
 * A list whose items were all unreadable is left out: an empty list would say "there are
 * none", and the unread entries already say what the page showed.
 */
function keepList(read: readonly unknown[], found: readonly unknown[]): boolean {
  return read.length > 0 || found.length === 0;
}

function capped<T>(
  list: string,
  items: readonly T[],
  most: number,
  note: (path: string, reason: string) => void,
): readonly T[] {
  if (items.length <= most) return items;
  note(list, `shows ${items.length} items; only the first ${most} are kept`);
  return items.slice(0, most);
}

function byDate<T extends { date: IsoDate }>(items: T[]): T[] {
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
