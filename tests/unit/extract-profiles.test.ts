// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { careflowPlan } from '../../demo/careflow/plan';
import { careflowVisits } from '../../demo/careflow/visits';
import { demoCases, recordFor } from '../../demo/cases';
import { gridcaseConferences } from '../../demo/gridcase/conferences';
import { gridcasePlan } from '../../demo/gridcase/plan';
import type { CasePageContext } from '../../demo/page-context';
import { respondToDemoRequest } from '../../demo/routes';
import { caseForms, casePages } from '../../demo/urls';
import type { CaseRecord, PageReadInput } from '../../lib/domain';
import { PageReadSchema } from '../../lib/domain';
import { readPage } from '../../lib/extract';
import {
  BUILT_IN_PROFILES,
  CAREFLOW_EXAMPLES,
  CAREFLOW_PROFILE,
  GRIDCASE_EXAMPLES,
  GRIDCASE_PROFILE,
} from '../../lib/extract/profiles';
import { CAREFLOW_SELECTORS, GRIDCASE_SELECTORS } from '../../lib/extract/selectors';
import { parseAsBrowser } from './parse-as-browser';

const BASE = 'http://127.0.0.1:4173';
/** Two todays: one in winter, one in British Summer Time, so no date depends on the clock. */
const TODAYS = ['2026-11-25', '2027-06-30'];

function render(path: string, today: string): Document {
  const response = respondToDemoRequest({ method: 'GET', url: path }, { today, baseUrl: BASE });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return parseAsBrowser(response.body);
}

const noon = (today: string) => new Date(`${today}T12:00:00Z`);

function readDemoPage(path: string, today: string) {
  return readPage(render(path, today), new URL(path, BASE), BUILT_IN_PROFILES, {
    now: noon(today),
  });
}

function caseRead(path: string, today: string): PageReadInput {
  const result = readDemoPage(path, today);
  if (result.kind !== 'case-page') throw new Error(`${path}: ${result.reason}`);
  return result.read;
}

/** Lists in date order (GridCase shows newest first); children and plans keep page order. */
function comparable(record: Partial<CaseRecord>) {
  const byDate = <T extends { date: string }>(items: T[] | undefined) =>
    items && [...items].sort((a, b) => a.date.localeCompare(b.date));
  return {
    ...record,
    reviewConferences: byDate(record.reviewConferences),
    coreGroups: byDate(record.coreGroups),
    visits: byDate(record.visits),
    schoolMoves: byDate(record.schoolMoves),
    plans: record.plans && [...record.plans].sort((a, b) => a.childId.localeCompare(b.childId)),
  };
}

/** What a case's pages say together: each list from the page that shows it, plans per child. */
function recordFromPages(caseId: string, reads: PageReadInput[]): CaseRecord {
  const record: CaseRecord = {
    caseId,
    children: [],
    reviewConferences: [],
    coreGroups: [],
    visits: [],
    schoolMoves: [],
    plans: [],
  };
  for (const read of reads) {
    const { fields } = read;
    for (const key of ['region', 'icpcDate', 'planEndDate'] as const) {
      const value = fields[key];
      if (value === undefined) continue;
      // Two pages showing one value must agree.
      if (record[key] !== undefined) expect(value, `${read.path} ${key}`).toBe(record[key]);
      Object.assign(record, { [key]: value });
    }
    for (const key of ['children', 'reviewConferences', 'visits', 'schoolMoves'] as const) {
      if (fields[key]) Object.assign(record, { [key]: fields[key] });
    }
    // GridCase shows a meeting's record on its own page: it adds to the grid's row, by date,
    // and where both pages show a value they must agree.
    for (const group of fields.coreGroups ?? []) {
      const same = record.coreGroups.find((g) => g.date === group.date);
      if (!same) {
        record.coreGroups.push(group);
        continue;
      }
      for (const [key, value] of Object.entries(group)) {
        const before = (same as Record<string, unknown>)[key];
        if (before !== undefined)
          expect(value, `${read.path} ${group.date} ${key}`).toEqual(before);
      }
      Object.assign(same, group);
    }
    if (fields.plans) record.plans.push(...fields.plans);
  }
  return record;
}

describe('built-in profiles read every demo page of every case into its expected record', () => {
  for (const today of TODAYS) {
    for (const demoCase of demoCases(today)) {
      for (const view of demoCase.views) {
        it(`${view.caseId} (${demoCase.scenario}), today ${today}`, () => {
          const expected = recordFor(demoCase, view);
          const reads = casePages(view, expected).map((page) => {
            const result = readDemoPage(page.path, today);
            expect(result.kind, page.path).toBe('case-page');
            if (result.kind !== 'case-page') throw new Error(result.reason);
            const { read } = result;
            expect(read.unread, page.path).toEqual([]);
            expect(read.caseId).toBe(view.caseId);
            expect(read.pageKind, page.path).toBe(page.kind);
            expect(read.profileId).toBe(view.system);
            expect(read.path).toBe(page.path);
            expect(PageReadSchema.safeParse(read).success, page.path).toBe(true);
            return read;
          });
          expect(comparable(recordFromPages(view.caseId, reads))).toEqual(comparable(expected));
        });
      }
    }
  }

  it('reads the visit form as a case page with nothing on it', () => {
    const today = TODAYS[0] as string;
    const view = demoCases(today)[0]?.views.find((v) => v.system === 'careflow');
    if (!view) throw new Error('no CareFlow case');
    for (const path of caseForms(view)) {
      const read = caseRead(path, today);
      expect(read).toMatchObject({
        caseId: view.caseId,
        pageKind: 'other',
        fields: {},
        unread: [],
      });
    }
  });

  it('finds no case on the case lists, the home page or a 404', () => {
    const today = TODAYS[0] as string;
    for (const path of ['/careflow/cases', '/gridcase/caseload', '/']) {
      expect(readDemoPage(path, today), path).toMatchObject({ kind: 'not-a-case-page' });
    }
    const missing = respondToDemoRequest(
      { method: 'GET', url: '/careflow/nothing' },
      { today, baseUrl: BASE },
    );
    expect(
      readPage(parseAsBrowser(missing.body), new URL('/careflow/nothing', BASE), BUILT_IN_PROFILES)
        .kind,
    ).toBe('not-a-case-page');
  });
});

describe('empty lists and missing plans', () => {
  const today = TODAYS[0] as string;
  const context = (
    system: 'careflow' | 'gridcase',
    change: (r: CaseRecord) => CaseRecord,
  ): CasePageContext => {
    const demoCase = demoCases(today).find((c) => c.views.some((v) => v.system === system));
    const view = demoCase?.views.find((v) => v.system === system);
    if (!demoCase || !view) throw new Error(`no ${system} case`);
    return { demoCase, view, record: change(recordFor(demoCase, view)) };
  };
  const read = (html: string, path: string) => {
    const result = readPage(parseAsBrowser(html), new URL(path, BASE), BUILT_IN_PROFILES, {
      now: noon(today),
    });
    if (result.kind !== 'case-page') throw new Error(result.reason);
    return result.read;
  };

  it('CareFlow: "No visits recorded" is an empty list, not a missing one', () => {
    const ctx = context('careflow', (r) => ({ ...r, visits: [] }));
    const page = read(careflowVisits(ctx), `/careflow/case/${ctx.view.caseId}/visits`);
    expect(page.fields.visits).toEqual([]);
    expect(page.unread).toEqual([]);
  });

  it('CareFlow and GridCase: a child with no plan says nothing about plans', () => {
    const cf = context('careflow', (r) => ({ ...r, plans: [] }));
    const child = cf.record.children[0];
    if (!child) throw new Error('no child');
    const cfPage = read(
      careflowPlan(cf, child.id, child.name),
      `/careflow/case/${cf.view.caseId}/plan/${child.id}`,
    );
    expect(cfPage.fields.plans).toBeUndefined();
    expect(cfPage.unread).toEqual([]);

    const gc = context('gridcase', (r) => ({ ...r, plans: [] }));
    const gcChild = gc.record.children[0];
    if (!gcChild) throw new Error('no child');
    const gcPage = read(
      gridcasePlan(gc, gcChild),
      `/gridcase/workspace?case=${gc.view.caseId}&tab=plan&child=${gcChild.id}`,
    );
    expect(gcPage.fields.plans).toBeUndefined();
    expect(gcPage.unread).toEqual([]);
  });

  it('GridCase: a plan with no actions has an empty action list', () => {
    const gc = context('gridcase', (r) => ({
      ...r,
      plans: r.plans.map((p) => ({ ...p, actions: [] })),
    }));
    const child = gc.record.children[0];
    if (!child) throw new Error('no child');
    const page = read(
      gridcasePlan(gc, child),
      `/gridcase/workspace?case=${gc.view.caseId}&tab=plan&child=${child.id}`,
    );
    expect(page.fields.plans?.[0]?.actions).toEqual([]);
    expect(page.unread).toEqual([]);
  });

  it('GridCase: an empty conferences grid gives no ICPC date and no reviews', () => {
    const gc = context('gridcase', (r) => {
      const { icpcDate: _, ...rest } = r;
      return { ...rest, reviewConferences: [] };
    });
    const page = read(
      gridcaseConferences(gc),
      `/gridcase/workspace?case=${gc.view.caseId}&tab=conferences`,
    );
    expect(page.fields).toEqual({ reviewConferences: [] });
    expect(page.unread).toEqual([]);
  });
});

describe('a page that changed says what it could not read', () => {
  const today = TODAYS[0] as string;

  it('a value in a new format is unread with its raw text; a removed control is "not found"', () => {
    const path = '/careflow/case/CF-1001/core-groups';
    const doc = render(path, today);
    const date = doc.querySelector<HTMLInputElement>('#core-group-1-date');
    date?.setAttribute('value', '2026/31/12');
    doc.querySelector('#core-group-2-status')?.closest('.cf-field')?.remove();
    const result = readPage(doc, new URL(path, BASE), BUILT_IN_PROFILES, { now: noon(today) });
    if (result.kind !== 'case-page') throw new Error(result.reason);
    expect(result.read.unread).toEqual([
      { field: 'coreGroups.status', reason: 'coreGroups item 2: not found on page' },
      {
        field: 'coreGroups.date',
        label: 'Meeting date',
        raw: '2026/31/12',
        reason: 'coreGroups item 1: there is no month 31',
      },
    ]);
    // The meeting with no readable date is left out; the one without a status is still known
    // to be held, because its minutes were circulated.
    expect(result.read.fields.coreGroups?.map((g) => g.status)).toEqual([
      'held',
      'held',
      'scheduled',
    ]);
  });

  it('a child block that lost its person id is said once, and the rest of the visit is kept', () => {
    const path = '/careflow/case/CF-1001/visits';
    const doc = render(path, today);
    doc.querySelector('#visit-2 fieldset.cf-visit-child p.cf-line')?.remove();
    const result = readPage(doc, new URL(path, BASE), BUILT_IN_PROFILES, { now: noon(today) });
    if (result.kind !== 'case-page') throw new Error(result.reason);
    expect(result.read.unread).toEqual([
      { field: 'visits.childId', reason: 'visits item 2, child 1: not found on page' },
    ]);
    expect(result.read.fields.visits?.[1]?.children.map((c) => c.childId)).toEqual(['P-300143']);
  });

  it('a grid whose rows vanished without a "No records" row is unread, not an empty list', () => {
    const path = '/gridcase/workspace?case=GC-2004&tab=visits';
    const doc = render(path, today);
    for (const row of Array.from(doc.querySelectorAll('#gc-visits tbody tr'))) row.remove();
    const result = readPage(doc, new URL(path, BASE), BUILT_IN_PROFILES, { now: noon(today) });
    if (result.kind !== 'case-page') throw new Error(result.reason);
    expect(result.read.fields.visits).toBeUndefined();
    expect(result.read.unread).toEqual([
      { field: 'visits', reason: 'the table shows no rows and no "none" message' },
    ]);
  });
});

describe('profile selectors match their example pages (refined-github style)', () => {
  const today = TODAYS[0] as string;
  const sets = [
    { profile: CAREFLOW_PROFILE, examples: CAREFLOW_EXAMPLES, selectors: CAREFLOW_SELECTORS },
    { profile: GRIDCASE_PROFILE, examples: GRIDCASE_EXAMPLES, selectors: GRIDCASE_SELECTORS },
  ];
  for (const { profile, examples } of sets) {
    for (const example of examples) {
      it(`${profile.id}: ${example.path}`, () => {
        const doc = render(example.path, today);
        const counts = Object.fromEntries(
          Object.keys(example.matches).map((selector) => [
            selector,
            doc.querySelectorAll(selector).length,
          ]),
        );
        expect(counts).toEqual(example.matches);
      });
    }
  }

  it('every selector in selectors.ts has an example page, and the profiles use no other', () => {
    for (const { profile, examples, selectors } of sets) {
      const covered = new Set(examples.flatMap((e) => Object.keys(e.matches)));
      expect(Object.values(selectors).filter((s) => !covered.has(s as string))).toEqual([]);
      const known = new Set<string>(Object.values(selectors));
      const used = selectorsIn(profile);
      // A selector built from two (a table's "No records" cell) is still one of the module's.
      expect(used.filter((s) => !known.has(s))).toEqual([]);
    }
  });
});

/** Every CSS selector a profile holds (selector, items, table, within, emptyWhen). */
function selectorsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(selectorsIn);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    ['selector', 'items', 'table', 'within', 'emptyWhen'].includes(key) && typeof v === 'string'
      ? [v]
      : selectorsIn(v),
  );
}
