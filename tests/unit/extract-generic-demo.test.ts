// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demoCases, recordFor } from '../../demo/cases';
import { respondToDemoRequest } from '../../demo/routes';
import { casePages } from '../../demo/urls';
import type { CaseRecord, PageReadInput } from '../../lib/domain';
import { readPage } from '../../lib/extract';
import { parseAsBrowser } from './parse-as-browser';

/*
 * The generic reader on the demo's pages with no profile at all, as on a pilot's first day:
 * most pages name their case only in the URL and heading, so where no case id is found a
 * "Case ID" line is added (what teaching the case id gives). The generic reader may read less than a profile, but whatever
 * it does read must be true, and a list it gives must be whole unless it says otherwise.
 */

const TODAY = '2026-11-25';
const BASE = 'http://127.0.0.1:4173';
const NOW = new Date(`${TODAY}T12:00:00Z`);

type Keyed = { date?: string; id?: string; childId?: string };
const keyOf = (item: Keyed) => `${item.date ?? ''}|${item.id ?? ''}|${item.childId ?? ''}`;

function expectTrueTo(read: PageReadInput, record: CaseRecord) {
  // A GridCase meeting record page shows one meeting, as a plan page shows one child's plan.
  const oneMeeting = new URL(read.path, 'http://x').searchParams.get('meeting');
  for (const key of ['region', 'icpcDate', 'planEndDate'] as const) {
    if (read.fields[key] !== undefined) expect(read.fields[key], key).toBe(record[key]);
  }
  const lists = [
    'children',
    'reviewConferences',
    'coreGroups',
    'visits',
    'schoolMoves',
    'plans',
  ] as const;
  for (const list of lists) {
    const items = read.fields[list] as Keyed[] | undefined;
    if (!items) continue;
    const expected = (record[list] as Keyed[]).filter(
      (e) =>
        (list !== 'plans' || items.some((i) => i.childId === e.childId)) &&
        (list !== 'coreGroups' || oneMeeting === null || e.date === oneMeeting),
    );
    for (const item of items) {
      const match = expected.find((e) => keyOf(e) === keyOf(item));
      expect(match, `${read.path} ${list} ${keyOf(item)}`).toBeDefined();
      expect(match).toMatchObject(item);
    }
    const saysIncomplete = (read.unread ?? []).some((u) => u.field.startsWith(list));
    if (!saysIncomplete) expect(items.length, `${read.path} ${list}`).toBe(expected.length);
  }
}

describe('the generic reader on the demo pages never reads anything untrue', () => {
  let readSomething = 0;
  for (const demoCase of demoCases(TODAY)) {
    for (const view of demoCase.views) {
      it(view.caseId, () => {
        const record = recordFor(demoCase, view);
        for (const page of casePages(view, record)) {
          const response = respondToDemoRequest(
            { method: 'GET', url: page.path },
            { today: TODAY, baseUrl: BASE },
          );
          const doc = parseAsBrowser(response.body);
          let result = readPage(doc, new URL(page.path, BASE), [], { now: NOW });
          if (result.kind !== 'case-page') {
            doc.body.insertAdjacentHTML('afterbegin', `<p>Case ID: ${view.caseId}</p>`);
            result = readPage(doc, new URL(page.path, BASE), [], { now: NOW });
          }
          if (result.kind !== 'case-page') continue;
          const taught = result;
          expect(taught.read.caseId).toBe(view.caseId);
          expectTrueTo(taught.read, record);
          readSomething += Object.keys(taught.read.fields).length;
        }
      });
    }
  }

  it('and does read a good part of them', () => {
    expect(readSomething).toBeGreaterThanOrEqual(30);
  });
});
