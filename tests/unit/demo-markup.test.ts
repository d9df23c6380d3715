// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demoCases, recordFor } from '../../demo/cases';
import { respondToDemoRequest } from '../../demo/routes';
import { casePages } from '../../demo/urls';
import type {
  ActionProgress,
  ActionStatus,
  CaseRecord,
  Child,
  ChildPlan,
  CoreGroup,
  HouseholdChange,
  MeetingAction,
  MeetingApology,
  MeetingPerson,
  NonCooperation,
  PlanAction,
  PlanSectionId,
  Region,
  ReviewConference,
  RiskTrend,
  Visit,
  VisitChild,
} from '../../lib/domain';

/*
 * Reference readers written from demo/MARKUP.md alone (no demo module but the router): reading
 * every page of every case by the documented patterns must give back exactly the expected
 * record. If a page drops a visit or MARKUP.md misstates a label, this fails.
 */

const TODAY = '2026-11-25';
const BASE = 'http://127.0.0.1:4173';

function load(path: string): Document {
  const response = respondToDemoRequest(
    { method: 'GET', url: path },
    { today: TODAY, baseUrl: BASE },
  );
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  const doc = new DOMParser().parseFromString(response.body, 'text/html');
  // The pages carry no script or image of their own: any found was injected from case text.
  expect(doc.querySelectorAll('script, img, svg, iframe').length, path).toBe(0);
  return doc;
}

const text = (el: Element | null | undefined) => el?.textContent ?? '';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number | string) => String(n).padStart(2, '0');

function slashDate(value: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!m) throw new Error(`not a DD/MM/YYYY date: "${value}"`);
  return `${m[3]}-${m[2]}-${m[1]}`;
}

function shortDate(value: string): string {
  const m = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(value);
  const month = MONTHS.indexOf(m?.[2] ?? '');
  if (!m || month < 0 || m[1]?.startsWith('0')) throw new Error(`not a short date: "${value}"`);
  return `${m[3]}-${pad(month + 1)}-${pad(m[1] ?? '')}`;
}

function longDate(value: string): string {
  const m = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(value);
  const month = MONTHS.indexOf(m?.[3]?.slice(0, 3) ?? '');
  if (!m || month < 0) throw new Error(`not a long date: "${value}"`);
  const iso = `${m[4]}-${pad(month + 1)}-${pad(m[2] ?? '')}`;
  const weekday = new Date(`${iso}T00:00:00Z`).toUTCString().slice(0, 3);
  expect(weekday, `weekday of ${value}`).toBe(m[1]);
  return iso;
}

const byDate = <T extends { date: string }>(items: T[]) =>
  [...items].sort((a, b) => a.date.localeCompare(b.date));

/** The record with its lists in date order, for comparison with GridCase's newest-first. */
function normalised(record: CaseRecord): CaseRecord {
  return {
    ...record,
    coreGroups: byDate(record.coreGroups),
    reviewConferences: byDate(record.reviewConferences),
    visits: byDate(record.visits),
    schoolMoves: byDate(record.schoolMoves),
  };
}

function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined) {
  if (value !== undefined) target[key] = value;
}

// --- Meeting records (both systems) ---------------------------------------------------------

const DASH = ' — ';

interface RecordWords {
  date: (shown: string) => string;
  status: Record<string, ActionStatus>;
  risk: Record<string, RiskTrend>;
  sent: string;
  notSent: string;
}

function personLine(line: string): MeetingPerson {
  const m = /^(.+) \(([^()]+)\)$/.exec(line);
  if (!m) throw new Error(`not a person line: "${line}"`);
  const [role = '', ...agency] = (m[2] ?? '').split(', ');
  const person: MeetingPerson = { name: m[1] ?? '', role };
  if (agency.length > 0) person.agency = agency.join(', ');
  return person;
}

function apologyLine(line: string, w: RecordWords): MeetingApology {
  const [who = '', update, ...more] = line.split(DASH);
  expect(more, line).toEqual([]);
  const apology: MeetingApology = personLine(who);
  if (update === w.sent) apology.writtenUpdateSent = true;
  else if (update === w.notSent) apology.writtenUpdateSent = false;
  else expect(update, line).toBeUndefined();
  return apology;
}

function progressLine(line: string, w: RecordWords): ActionProgress {
  const [action = '', status = '', ...rest] = line.split(DASH);
  const item: ActionProgress = { action, status: w.status[status] as ActionStatus };
  expect(item.status, line).toBeDefined();
  for (const part of rest) {
    if (part.startsWith('due ')) item.due = w.date(part.slice(4));
    else if (part === 'carried over') item.carriedOver = true;
    else throw new Error(`not a progress line: "${line}"`);
  }
  return item;
}

function actionLine(line: string, w: RecordWords): MeetingAction {
  const [text = '', ...rest] = line.split(DASH);
  const action: MeetingAction = { text };
  for (const part of rest) {
    if (part.startsWith('by ')) action.due = w.date(part.slice(3));
    else action.owner = part;
  }
  return action;
}

function householdLine(line: string, w: RecordWords): HouseholdChange {
  const [who = '', ...rest] = line.split(DASH);
  const person = personLine(who);
  const change: HouseholdChange = { name: person.name, relationship: person.role ?? '' };
  for (const part of rest) {
    if (part.startsWith('since ')) change.since = w.date(part.slice(6));
    else if (part === 'assessed' || part === 'not assessed') change.assessed = part === 'assessed';
    else throw new Error(`not a household line: "${line}"`);
  }
  return change;
}

function nonCooperation(text: string): NonCooperation {
  const [level = '', notes] = text.split(DASH);
  const levels: Record<string, NonCooperation['level']> = {
    None: 'none',
    Some: 'some',
    Serious: 'serious',
  };
  const value: NonCooperation = { level: levels[level] as NonCooperation['level'] };
  expect(value.level, text).toBeDefined();
  if (notes !== undefined) value.notes = notes;
  return value;
}

/** Each record field: its label, and how its lines read (a list, or one value). */
const RECORD_FIELDS: [
  keyof CoreGroup,
  string,
  'list' | 'one',
  (l: string, w: RecordWords) => unknown,
][] = [
  ['chair', 'Chaired by', 'one', personLine],
  ['viceChair', 'Vice chair', 'one', personLine],
  ['childSituation', "Child's current situation", 'one', (l) => l],
  ['actionProgress', 'Progress on plan actions', 'list', progressLine],
  ['riskTrend', 'Risk since last meeting', 'one', (l, w) => w.risk[l]],
  ['nonCooperation', 'Non-co-operation', 'one', nonCooperation],
  ['newActions', 'New or amended actions', 'list', actionLine],
  ['parentsViews', "Parents' views", 'one', (l) => l],
  ['childViews', "Child's views", 'one', (l) => l],
  ['parentsAbsenceReason', 'Reason parents did not attend', 'one', (l) => l],
  ['nextMeetingDate', 'Next meeting date', 'one', (l, w) => w.date(l)],
  ['futureDatesAgreed', 'Future dates agreed', 'list', (l, w) => w.date(l)],
  ['householdChanges', 'Household changes since last meeting', 'list', householdLine],
];

/** A meeting's record from `shown(label)`: its lines, `[]` when empty, undefined when absent. */
function meetingRecord(
  shown: (label: string) => string[] | undefined,
  w: RecordWords,
): Partial<CoreGroup> {
  const record: Record<string, unknown> = {};
  for (const [field, label, shape, read] of RECORD_FIELDS) {
    const lines = shown(label);
    if (lines === undefined) continue;
    if (shape === 'list') record[field] = lines.map((l) => read(l, w));
    else record[field] = lines.length === 0 ? null : read(lines.join('\n'), w);
  }
  return record as Partial<CoreGroup>;
}

// --- CareFlow -------------------------------------------------------------------------------

const REGIONS: Record<string, Region> = {
  'England and Wales': 'england-and-wales',
  'England & Wales': 'england-and-wales',
  Scotland: 'scotland',
  'Northern Ireland': 'northern-ireland',
};

const CF_SECTIONS: Record<string, PlanSectionId> = {
  'When and where the child will be seen': 'child-seen',
  "The child's needs": 'needs',
  'Outcomes we want for the child': 'objectives',
  'Strategies and actions': 'actions',
  Timescales: 'timescales',
  'Who is responsible': 'responsibilities',
  Resources: 'resources',
  'How often each professional will have contact': 'contact-frequency',
  'How progress will be measured': 'success-measures',
  'Contingency plan': 'contingency',
  'Lead social worker and core group contacts': 'contacts',
  "The child's wishes and feelings": 'child-views',
};

/** The control a `<label for>` with exactly this text points at. */
function control(root: ParentNode, label: string): Element | undefined {
  const found = [...root.querySelectorAll('label')].find((l) => text(l) === label);
  const id = found?.getAttribute('for');
  return id ? (root.querySelector(`#${CSS.escape(id)}`) ?? undefined) : undefined;
}

function inputValue(root: ParentNode, label: string): string | undefined {
  const el = control(root, label);
  if (!el) return undefined;
  return el.tagName === 'TEXTAREA' ? text(el) : (el.getAttribute('value') ?? '');
}

function selected(root: ParentNode, label: string): string | undefined {
  return (
    control(root, label)?.querySelector('option[selected]')?.getAttribute('value') ?? undefined
  );
}

function ticked(root: ParentNode, label: string): boolean | undefined {
  const el = control(root, label);
  return el ? el.hasAttribute('checked') : undefined;
}

function pair(root: ParentNode, label: string): string | undefined {
  const dt = [...root.querySelectorAll('dl.cf-pairs > dt')].find((d) => text(d) === label);
  return dt ? text(dt.nextElementSibling) : undefined;
}

function line(root: ParentNode, label: string): string | undefined {
  const prefix = `${label}: `;
  const p = [...root.querySelectorAll('p.cf-line')].find((l) => text(l).startsWith(prefix));
  return p ? text(p).slice(prefix.length) : undefined;
}

const yes = (value: string | undefined) => (value === undefined ? undefined : value === 'Yes');
const lines = (value: string | undefined) =>
  value === undefined ? undefined : value === '' ? [] : value.split('\n');

const CF_WORDS: RecordWords = {
  date: slashDate,
  status: {
    'Not started': 'not-started',
    'In progress': 'in-progress',
    Done: 'done',
    Drifted: 'drifted',
  },
  // The risk select's option values are the record's own.
  risk: { increasing: 'increasing', stable: 'stable', decreasing: 'decreasing' },
  sent: 'written update sent',
  notSent: 'no written update',
};

function readCareFlow(summaryPath: string): CaseRecord {
  const summary = load(summaryPath);
  const navLinks = [...summary.querySelectorAll('nav.cf-case-nav a')];
  const linkTo = (name: string) => navLinks.find((a) => text(a) === name)?.getAttribute('href');
  const children: Child[] = [...summary.querySelectorAll('#children section.cf-person')].map(
    (person) => {
      const child: Child = {
        id: line(person, 'Person ID') ?? '',
        name: text(person.querySelector('h3')),
      };
      const dob = pair(person, 'Date of birth');
      setIf(child, 'dateOfBirth', dob && slashDate(dob));
      setIf(child, 'preVerbal', yes(line(person, 'Pre-verbal')));
      setIf(
        child,
        'seenAloneNotRequired',
        ticked(person, 'Seen alone not required (conference decision)'),
      );
      return child;
    },
  );
  const icpcLabel = control(summary, 'Date of CPPM') ? 'Date of CPPM' : 'Date of ICPC';
  const icpc = inputValue(summary, icpcLabel);
  const planEnd = inputValue(summary, 'Plan end date');

  const conferences = load(linkTo('Conferences') ?? linkTo('Planning meetings') ?? '');
  expect(inputValue(conferences, icpcLabel)).toBe(icpc);
  const reviewDateLabel = icpcLabel === 'Date of CPPM' ? 'Date of review CPPM' : 'Date of RCPC';
  const reviewConferences = [...conferences.querySelectorAll('section.cf-review')].map((s) => {
    const review: ReviewConference = {
      date: slashDate(line(s, reviewDateLabel) ?? ''),
      status: selected(s, 'Status') as ReviewConference['status'],
    };
    const shared = pair(s, 'Report shared with family');
    setIf(review, 'reportSharedDate', shared && slashDate(shared));
    return review;
  });

  const coreGroupPage = load(linkTo('Core groups') ?? '');
  const coreGroups = [...coreGroupPage.querySelectorAll('section.cf-meeting')].map((s) => {
    const group: CoreGroup = {
      date: slashDate(inputValue(s, 'Meeting date') ?? ''),
      status: selected(s, 'Status') as CoreGroup['status'],
    };
    const minutes = line(s, 'Minutes circulated');
    setIf(
      group,
      'minutesCirculatedDate',
      minutes && minutes !== 'Not yet circulated' ? slashDate(minutes) : undefined,
    );
    setIf(group, 'attendees', lines(inputValue(s, 'Attendees'))?.map(personLine));
    setIf(
      group,
      'apologies',
      lines(inputValue(s, 'Apologies'))?.map((l) => apologyLine(l, CF_WORDS)),
    );
    const shown = (label: string) => {
      const el = control(s, label);
      if (!el) return undefined;
      const value =
        el.tagName === 'SELECT'
          ? (el.querySelector('option[selected]')?.getAttribute('value') ?? '')
          : inputValue(s, label);
      return lines(value);
    };
    Object.assign(group, meetingRecord(shown, CF_WORDS));
    return group;
  });

  const visitPage = load(linkTo('Visits') ?? '');
  const visits = [...visitPage.querySelectorAll('section.cf-visit')].map(
    (s): Visit => ({
      date: slashDate(line(s, 'Visit date') ?? ''),
      children: [...s.querySelectorAll('fieldset.cf-visit-child')].map((f) => {
        const child: VisitChild = {
          childId: line(f, 'Person ID') ?? '',
          seen: ticked(f, 'Child seen') ?? false,
        };
        const alone = selected(f, 'Seen alone');
        setIf(child, 'seenAlone', alone === 'yes' ? true : alone === 'no' ? false : undefined);
        return child;
      }),
    }),
  );

  const plans = children.map((child): ChildPlan => {
    const page = load(linkTo(`Plan: ${child.name}`) ?? '');
    const sections: ChildPlan['sections'] = {};
    for (const [label, id] of Object.entries(CF_SECTIONS)) {
      const value = inputValue(page.querySelector('#plan-sections') ?? page, label);
      if (value) sections[id] = value;
    }
    const actions = [...page.querySelectorAll('section.cf-action')].map((s) => {
      const action: PlanAction = { text: pair(s, 'What will be done') ?? '' };
      const due = pair(s, 'By when');
      setIf(action, 'owner', pair(s, 'Who') || undefined);
      setIf(action, 'due', due ? slashDate(due) : undefined);
      setIf(action, 'measure', pair(s, 'How we will know it has worked') || undefined);
      setIf(action, 'status', (selected(s, 'Progress') || undefined) as ActionStatus | undefined);
      return action;
    });
    return {
      childId: line(page.querySelector('#plan-child') ?? page, 'Person ID') ?? '',
      sections,
      actions,
    };
  });

  const record: CaseRecord = {
    caseId: pair(summary, 'Case ID') ?? '',
    children,
    reviewConferences,
    coreGroups,
    visits,
    schoolMoves: [...summary.querySelectorAll('section.cf-school-move')].map((s) => ({
      childId: line(s, 'Person ID') ?? '',
      date: slashDate(line(s, 'Date of move') ?? ''),
    })),
    plans,
  };
  setIf(record, 'region', REGIONS[pair(summary, 'Region') ?? '']);
  setIf(record, 'icpcDate', icpc ? slashDate(icpc) : undefined);
  setIf(record, 'planEndDate', planEnd ? slashDate(planEnd) : undefined);
  return record;
}

// --- GridCase -------------------------------------------------------------------------------

const GC_SECTIONS: Record<string, PlanSectionId> = {
  'Child seen (alone / with family)': 'child-seen',
  'Identified needs': 'needs',
  Outcomes: 'objectives',
  Strategy: 'actions',
  'Timescales for review': 'timescales',
  'Roles & responsibilities': 'responsibilities',
  'Resources required': 'resources',
  'Frequency of contact': 'contact-frequency',
  'Measures of progress': 'success-measures',
  Contingency: 'contingency',
  'Key contacts': 'contacts',
  'Voice of the child': 'child-views',
};
const GC_STATUS: Record<string, ActionStatus> = {
  'Not started': 'not-started',
  Underway: 'in-progress',
  Completed: 'done',
  Drifting: 'drifted',
};
const GC_MEETING: Record<string, CoreGroup['status']> = { Completed: 'held', Booked: 'scheduled' };

/** Rows of a grid as header → cell, leaving out the "No records" row. */
function rows(doc: Document, id: string): Map<string, Element>[] {
  const table = doc.getElementById(id);
  if (!table) throw new Error(`no table #${id}`);
  const headers = [...table.querySelectorAll('thead th')].map((th) => text(th));
  return [...table.querySelectorAll('tbody tr')]
    .filter((tr) => !tr.querySelector('td.gc-none'))
    .map((tr) => new Map([...tr.querySelectorAll('td')].map((td, i) => [headers[i] ?? '', td])));
}

function keyValues(doc: Document, id: string): Map<string, string> {
  const table = doc.getElementById(id);
  return new Map(
    [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => [
      text(tr.querySelector('th')),
      text(tr.querySelector('td')),
    ]),
  );
}

const cell = (row: Map<string, Element>, header: string) => text(row.get(header));
const yn = (value: string) => (value === 'Y' ? true : value === 'N' ? false : undefined);
function people(td: Element | undefined): string[] | undefined {
  if (!td || text(td) === '') return undefined;
  if (text(td) === 'None') return [];
  return [...td.querySelectorAll('ul.gc-people > li')].map((li) => text(li));
}

const GC_WORDS: RecordWords = {
  date: shortDate,
  status: GC_STATUS,
  risk: { Rising: 'increasing', Stable: 'stable', Reducing: 'decreasing' },
  sent: 'report sent',
  notSent: 'no report',
};

/** A key/value grid's value cells by row header. */
function keyValueCells(doc: Document, id: string): Map<string, Element> {
  const table = doc.getElementById(id);
  if (!table) throw new Error(`no table #${id}`);
  return new Map(
    [...table.querySelectorAll('tbody tr')].map((tr) => [
      text(tr.querySelector('th')),
      tr.querySelector('td') as Element,
    ]),
  );
}

function readGridCase(summaryPath: string): CaseRecord {
  const summary = load(summaryPath);
  const tab = (name: string) =>
    [...summary.querySelectorAll('nav.gc-tabs a.gc-tab')]
      .find((a) => text(a) === name)
      ?.getAttribute('href') ?? '';
  const caseRows = keyValues(summary, 'gc-case');
  const icpc =
    caseRows.get('Initial CP conference date') ??
    caseRows.get('Child Protection Planning Meeting (CPPM) date');
  const planEnd = caseRows.get('CP plan end date');
  const children = rows(summary, 'gc-children').map((row) => {
    const child: Child = { id: cell(row, 'Ref'), name: cell(row, 'Name') };
    setIf(child, 'dateOfBirth', cell(row, 'DOB') ? shortDate(cell(row, 'DOB')) : undefined);
    setIf(child, 'preVerbal', yn(cell(row, 'Pre-verbal')));
    setIf(child, 'seenAloneNotRequired', yn(cell(row, "Seen alone not req'd")));
    return child;
  });

  const conferences = load(tab('Conferences') || tab('Planning meetings'));
  const reviewConferences: ReviewConference[] = [];
  for (const row of rows(conferences, 'gc-conferences')) {
    const type = cell(row, 'Type');
    if (type === 'Initial CP conference' || type === 'Child Protection Planning Meeting (CPPM)') {
      expect(shortDate(cell(row, 'Date'))).toBe(icpc && shortDate(icpc));
      continue;
    }
    expect(['Review CP conference', 'Review CPPM']).toContain(type);
    const review: ReviewConference = {
      date: shortDate(cell(row, 'Date')),
      status: GC_MEETING[cell(row, 'Status')] ?? 'held',
    };
    const shared = cell(row, 'Report to family');
    setIf(review, 'reportSharedDate', shared ? shortDate(shared) : undefined);
    reviewConferences.push(review);
  }

  const coreGroups = rows(load(tab('Core groups')), 'gc-core-groups').map((row) => {
    const group: CoreGroup = {
      date: longDate(cell(row, 'Meeting date')),
      status: GC_MEETING[cell(row, 'Status')] ?? 'held',
    };
    const minutes = cell(row, 'Minutes sent');
    setIf(group, 'minutesCirculatedDate', minutes ? shortDate(minutes) : undefined);
    setIf(group, 'attendees', people(row.get('Present'))?.map(personLine));
    setIf(
      group,
      'apologies',
      people(row.get('Apologies'))?.map((l) => apologyLine(l, GC_WORDS)),
    );
    const link = row.get('Meeting date')?.querySelector('a.gc-link')?.getAttribute('href');
    if (link) {
      const page = load(link);
      const cells = keyValueCells(page, 'gc-meeting-record');
      expect(longDate(text(cells.get('Meeting date')))).toBe(group.date);
      expect(GC_MEETING[text(cells.get('Status'))]).toBe(group.status);
      const shown = (label: string) => {
        const td = cells.get(label);
        if (!td) return undefined;
        const items = [...td.querySelectorAll('ul.gc-lines > li')].map((li) => text(li));
        return items.length > 0 ? items : text(td) === '' ? [] : [text(td)];
      };
      Object.assign(group, meetingRecord(shown, GC_WORDS));
    }
    return group;
  });

  const visits: Visit[] = [];
  for (const row of rows(load(tab('Visits')), 'gc-visits')) {
    const date = longDate(cell(row, 'Visit date'));
    const child: VisitChild = { childId: cell(row, 'Ref'), seen: yn(cell(row, 'Seen')) ?? false };
    setIf(child, 'seenAlone', yn(cell(row, 'Seen alone')));
    const last = visits.at(-1);
    if (last?.date === date) last.children.push(child);
    else visits.push({ date, children: [child] });
  }

  const planTab = load(tab('CP plan'));
  const planLinks = [...planTab.querySelectorAll('nav.gc-subtabs a.gc-subtab')].map(
    (a) => a.getAttribute('href') ?? '',
  );
  const plans = planLinks.map((href): ChildPlan => {
    const page = load(href);
    const sections: ChildPlan['sections'] = {};
    for (const [label, value] of keyValues(page, 'gc-plan')) {
      const id = GC_SECTIONS[label];
      if (id && value) sections[id] = value;
    }
    const actions = rows(page, 'gc-plan-actions').map((row) => {
      const action: PlanAction = { text: cell(row, 'Action') };
      setIf(action, 'owner', cell(row, 'Responsible') || undefined);
      setIf(
        action,
        'due',
        cell(row, 'Target date') ? shortDate(cell(row, 'Target date')) : undefined,
      );
      setIf(action, 'measure', cell(row, 'Success measure') || undefined);
      setIf(action, 'status', GC_STATUS[cell(row, 'Progress')]);
      return action;
    });
    return { childId: text(page.querySelector('h2.gc-subtitle .gc-ref')), sections, actions };
  });

  const record: CaseRecord = {
    caseId: caseRows.get('Case ref') ?? '',
    children,
    reviewConferences,
    coreGroups,
    visits,
    schoolMoves: rows(summary, 'gc-school-changes').map((row) => ({
      childId: cell(row, 'Ref'),
      date: shortDate(cell(row, 'Date of change')),
    })),
    plans,
  };
  setIf(record, 'region', REGIONS[caseRows.get('Jurisdiction') ?? '']);
  setIf(record, 'icpcDate', icpc ? shortDate(icpc) : undefined);
  setIf(record, 'planEndDate', planEnd ? shortDate(planEnd) : undefined);
  return record;
}

// --- The tests ------------------------------------------------------------------------------

describe('reading the demo pages by demo/MARKUP.md', () => {
  const views = demoCases(TODAY).flatMap((demoCase) =>
    demoCase.views.map((view) => ({ demoCase, view })),
  );

  it.each(views.map(({ demoCase, view }) => [view.caseId, demoCase, view] as const))(
    '%s gives back exactly its expected record',
    (_id, demoCase, view) => {
      const expected = recordFor(demoCase, view);
      const summaryPath = casePages(view, expected)[0]?.path ?? '';
      const read =
        view.system === 'careflow' ? readCareFlow(summaryPath) : readGridCase(summaryPath);
      expect(normalised(read)).toStrictEqual(normalised(expected));
    },
  );

  it('reads the markup typed into case text back as that literal text', () => {
    const doc = load('/careflow/case/CF-1002/summary');
    expect(inputValue(doc, 'Family name')).toBe('Brightwater <img src=x onerror="alert(1)">');
    expect(text(doc.querySelector('title'))).toContain('<img src=x onerror="alert(1)">');
    expect(text(doc.querySelector('#case-notes'))).toContain('<script>alert(2)</script>');
  });

  it('leaves the visit form unanswered, with Seen alone? asked of each child', () => {
    const doc = load('/careflow/case/CF-1001/visits/new');
    const form = doc.querySelector('form#visit-form');
    expect(form?.getAttribute('method')).toBe('post');
    const children = form?.querySelectorAll('fieldset.cf-visit-child') ?? [];
    expect(children.length).toBe(2);
    for (const child of children) {
      const legends = [...child.querySelectorAll('fieldset.cf-radios > legend')].map(text);
      expect(legends).toEqual(['Child seen?', 'Seen alone?']);
      expect(child.querySelectorAll('input[type=radio]').length).toBe(4);
      expect(child.querySelector('input[checked], input[readonly], [disabled]')).toBeNull();
    }
  });
});
