// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { careflowPlan } from '../../demo/careflow/plan';
import { careflowVisits } from '../../demo/careflow/visits';
import { addDays } from '../../demo/dates';
import { gridcasePlan } from '../../demo/gridcase/plan';
import { gridcaseVisits } from '../../demo/gridcase/visits';
import { firstFamilyWith } from '../../demo/large-family';
import type { CasePageContext } from '../../demo/page-context';
import { careflowPath, careflowPlanPath, gridcasePath } from '../../demo/urls';
import { readCasePage } from '../../entrypoints/content/read-case-page';
import type { ActionStatus, IsoDate, PageReadInput, PlanAction, Visit } from '../../lib/domain';
import { readPage } from '../../lib/extract';
import { BUILT_IN_PROFILES } from '../../lib/extract/profiles';
import { builtInBackground } from './page-shown-fixtures';
import { parseAsBrowser } from './parse-as-browser';

/**
 * The reader on pages the demo's own renderers draw from generated records, of many sizes (the
 * bench's large pages are this, at 2,000 rows): whatever makes reading faster, what is read must
 * stay exactly the record the page was drawn from, with nothing unread.
 */

const BASE = 'http://127.0.0.1:4173';
const TODAY: IsoDate = '2026-11-25';
const NOW = new Date(`${TODAY}T12:00:00Z`);
const STATUSES: ActionStatus[] = ['not-started', 'in-progress', 'done', 'drifted'];
const TEXTS = [
  'The family support worker visits to help with morning routines.',
  "Mum & Dad attend the parenting course; the school nurse checks Mia's weight.",
  'Attendance: above 95% for four weeks running',
  '  Spaces   and\ttabs   collapse  ',
  'Ça va: accents and “quotes” stay as shown',
];
const OWNERS = ['Sam Oakhurst (social worker)', 'School nurse', 'Dad', 'Health visitor: Ana Ruiz'];

/**
 * Read as the extension reads: the content script finds what the page shows, the message carries
 * it, the background checks it and builds the page read (and readPage, the two composed, agrees).
 */
function caseRead(html: string, path: string): PageReadInput {
  const url = new URL(path, BASE);
  const found = readCasePage(parseAsBrowser(html), url, BUILT_IN_PROFILES, { now: NOW });
  if (found.kind !== 'case-page') throw new Error(`${path}: ${found.kind}`);
  const result = builtInBackground(found.shown);
  if (result.kind !== 'case-page') throw new Error(`${path}: ${result.reason}`);
  expect(readPage(parseAsBrowser(html), url, BUILT_IN_PROFILES, { now: NOW })).toStrictEqual(
    result,
  );
  return result.read;
}

/** The first demo family with the visits and plan actions given (as bench/generate-pages.ts). */
function contextWith(
  system: 'careflow' | 'gridcase',
  visits: Visit[],
  actions: PlanAction[],
): CasePageContext {
  return firstFamilyWith(TODAY, system, visits, actions);
}

const visitChild = fc
  .record({ seen: fc.boolean(), seenAlone: fc.option(fc.boolean(), { nil: undefined }) })
  .map(({ seen, seenAlone }) => (seenAlone === undefined ? { seen } : { seen, seenAlone }));

/** Visits on distinct days before today, each showing one or both of the family's children. */
const visitsArb = fc
  .uniqueArray(
    fc.record({
      daysAgo: fc.integer({ min: 1, max: 3000 }),
      first: fc.option(visitChild, { nil: undefined }),
      second: visitChild,
    }),
    { selector: (v) => v.daysAgo, maxLength: 60 },
  )
  .map(
    (list) => (childIds: [string, string]) =>
      list.map(
        (v): Visit => ({
          date: addDays(TODAY, -v.daysAgo),
          children: [
            ...(v.first ? [{ childId: childIds[0], ...v.first }] : []),
            { childId: childIds[1], ...v.second },
          ],
        }),
      ),
  );

const actionsArb = fc.array(
  fc
    .record({
      text: fc.constantFrom(...TEXTS),
      n: fc.nat(999),
      owner: fc.option(fc.constantFrom(...OWNERS), { nil: undefined }),
      due: fc.option(fc.integer({ min: -400, max: 400 }), { nil: undefined }),
      measure: fc.option(fc.constantFrom(...TEXTS), { nil: undefined }),
      status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
    })
    .map(({ text, n, owner, due, measure, status }) => {
      const action: PlanAction = { text: `${n}. ${text}` };
      if (owner !== undefined) action.owner = owner;
      if (due !== undefined) action.due = addDays(TODAY, due);
      if (measure !== undefined) action.measure = measure;
      if (status !== undefined) action.status = status;
      return action;
    }),
  { maxLength: 40 },
);

/** What a reader should make of shown text: each line's spacing collapsed. */
const shownText = (text: string) => text.replace(/\s+/g, ' ').trim();
const asShown = (actions: PlanAction[]) =>
  actions.map((a) => {
    const out: PlanAction = { ...a, text: shownText(a.text) };
    if (a.measure !== undefined) out.measure = shownText(a.measure);
    return out;
  });
const oldestFirst = (visits: Visit[]) => [...visits].sort((a, b) => a.date.localeCompare(b.date));

function childIdsOf(ctx: CasePageContext): [string, string] {
  const [first, second] = ctx.record.children;
  if (!first || !second) throw new Error('the first demo family should have two children');
  return [first.id, second.id];
}

function checkVisits(system: 'careflow' | 'gridcase', make: (ids: [string, string]) => Visit[]) {
  const ctx0 = contextWith(system, [], []);
  const visits = make(childIdsOf(ctx0));
  const ctx = contextWith(system, visits, []);
  const [html, path] =
    system === 'careflow'
      ? [careflowVisits(ctx), careflowPath(ctx.view.caseId, 'visits')]
      : [gridcaseVisits(ctx), gridcasePath(ctx.view.caseId, 'visits')];
  const read = caseRead(html, path);
  expect(read.unread ?? []).toEqual([]);
  expect(read.fields.visits).toEqual(oldestFirst(visits));
}

function checkPlan(system: 'careflow' | 'gridcase', actions: PlanAction[]) {
  const ctx = contextWith(system, [], actions);
  const child = ctx.record.children[0];
  const plan = ctx.record.plans[0];
  if (!child || !plan) throw new Error('no child');
  const [html, path] =
    system === 'careflow'
      ? [careflowPlan(ctx, child.id, child.name), careflowPlanPath(ctx.view.caseId, child.id)]
      : [gridcasePlan(ctx, child), gridcasePath(ctx.view.caseId, 'plan', child.id)];
  const read = caseRead(html, path);
  expect(read.unread ?? []).toEqual([]);
  expect(read.fields.plans).toEqual([
    { childId: child.id, sections: plan.sections, actions: asShown(actions) },
  ]);
}

describe('reading generated pages of varying sizes', () => {
  for (const system of ['careflow', 'gridcase'] as const) {
    it(`${system}: every visit, child and answer, exactly as drawn`, () => {
      fc.assert(
        fc.property(visitsArb, (make) => checkVisits(system, make)),
        { numRuns: 25 },
      );
    });

    it(`${system}: every plan action, exactly as drawn`, () => {
      fc.assert(
        fc.property(actionsArb, (actions) => checkPlan(system, actions)),
        { numRuns: 25 },
      );
    });

    it(`${system}: a long visit history and plan (hundreds of rows)`, () => {
      checkVisits(system, ([a, b]) =>
        Array.from({ length: 300 }, (_, i) => ({
          date: addDays(TODAY, -(300 - i)),
          children: [
            { childId: a, seen: true, seenAlone: i % 5 !== 0 },
            { childId: b, seen: i % 7 !== 0, ...(i % 11 === 0 ? {} : { seenAlone: true }) },
          ],
        })),
      );
      checkPlan(
        system,
        Array.from({ length: 120 }, (_, i) => ({
          text: `Action ${i + 1}: ${TEXTS[i % TEXTS.length]}`,
          owner: OWNERS[i % OWNERS.length] as string,
          due: addDays(TODAY, (i % 60) - 20),
          measure: `Measure ${i + 1}`,
          status: STATUSES[i % STATUSES.length] as ActionStatus,
        })),
      );
    });
  }
});
