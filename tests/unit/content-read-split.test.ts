// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demoCases, recordFor } from '../../demo/cases';
import { respondToDemoRequest } from '../../demo/routes';
import { careflowPath, casePages } from '../../demo/urls';
import { readCasePage } from '../../entrypoints/content/read-case-page';
import { buildPageRead, findGeneric, readPage } from '../../lib/extract';
import { toWire } from '../../lib/extract/page-shown-wire';
import { BUILT_IN_PROFILES } from '../../lib/extract/profiles';
import { readContext } from '../../lib/extract/read-context';
import { PageShownWireSchema } from '../../lib/messages/page-shown-schema';
import { builtInBackground } from './page-shown-fixtures';
import { parseAsBrowser } from './parse-as-browser';

const NOW = new Date('2026-11-25T12:00:00Z');
const TODAY = '2026-11-25';
const BASE = 'http://127.0.0.1:4173';

function render(path: string, today = TODAY): Document {
  const page = respondToDemoRequest({ method: 'GET', url: path }, { today, baseUrl: BASE });
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
  return parseAsBrowser(page.body);
}

/** Keys whose value is undefined: JSON (the old message) dropped them, a store would keep them. */
function undefinedKeys(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => undefinedKeys(v, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    v === undefined ? [`${at}.${k}`] : undefinedKeys(v, `${at}.${k}`),
  );
}

/**
 * The content script reads without the generic reader, which the background injects only into
 * pages that need it (issue 8): a page a built-in profile reads must not need it, and a page no
 * profile reads must say it does rather than be read as "not a case page".
 */
describe('the content script reader without the generic reader loaded', () => {
  it('reads a page a built-in profile describes exactly as readPage does, with no generic reader', () => {
    const careflow = demoCases(TODAY)
      .flatMap((c) => c.views)
      .find((v) => v.system === 'careflow');
    if (!careflow) throw new Error('the demo has no CareFlow case');
    const path = careflowPath(careflow.caseId, 'summary');
    const url = new URL(path, BASE);
    const result = readCasePage(render(path), url, BUILT_IN_PROFILES, { now: NOW });
    if (result.kind !== 'case-page') throw new Error(result.kind);
    expect(builtInBackground(result.shown)).toEqual(
      readPage(render(path), url, BUILT_IN_PROFILES, { now: NOW }),
    );
  });

  it('asks for the generic reader on a page no profile describes, and reads it once given', () => {
    const url = new URL('http://127.0.0.1:5173/records/TC-2001/overview');
    const html = `<h1>Family record</h1><dl><dt>Case reference</dt><dd>TC-2001</dd>
      <dt>Date of initial child protection conference</dt><dd>3 November 2026</dd></dl>`;
    expect(readCasePage(parseAsBrowser(html), url, BUILT_IN_PROFILES, { now: NOW })).toEqual({
      kind: 'needs-generic-reader',
    });
    const read = readCasePage(parseAsBrowser(html), url, BUILT_IN_PROFILES, {
      now: NOW,
      findGeneric,
    });
    if (read.kind !== 'case-page') throw new Error(read.kind);
    expect(read.caseId).toBe('TC-2001');
    expect(builtInBackground(read.shown)).toEqual(
      readPage(parseAsBrowser(html), url, BUILT_IN_PROFILES, { now: NOW }),
    );
  });

  it('says "not a case page" for a page with nothing case-like, once the generic reader is there', () => {
    const url = new URL('http://127.0.0.1:5173/reports');
    const doc = parseAsBrowser('<main><h1>Reports</h1><p>None.</p></main>');
    const read = readCasePage(doc, url, BUILT_IN_PROFILES, { now: NOW, findGeneric });
    expect(read.kind).toBe('not-a-case-page');
  });

  it('says "not a case page" without the background when no case id is shown', () => {
    const url = new URL('http://127.0.0.1:5173/records/overview');
    const html = `<dl><dt>Case reference</dt><dd>Not recorded</dd>
      <dt>Date of initial child protection conference</dt><dd>3 November 2026</dd></dl>`;
    const read = readCasePage(parseAsBrowser(html), url, BUILT_IN_PROFILES, {
      now: NOW,
      findGeneric,
    });
    expect(read).toEqual({ kind: 'not-a-case-page', reason: 'no case id found on the page' });
    expect(readPage(parseAsBrowser(html), url, BUILT_IN_PROFILES, { now: NOW })).toEqual(read);
  });
});

/**
 * The content script finds what each page shows; the background builds the page read from it
 * (issue 8: the parsers stay out of the script every page parses). Through the message (JSON),
 * the background's check and its build, every demo page of both systems, in winter and in
 * British Summer Time, must give exactly the read the content script used to build itself.
 */
describe('reading split between the content script and the background', () => {
  const todays = ['2026-11-25', '2027-06-30'];
  const pages = todays.flatMap((today) =>
    demoCases(today).flatMap((demoCase) =>
      demoCase.views.flatMap((view) =>
        casePages(view, recordFor(demoCase, view)).map((p) => ({ today, path: p.path })),
      ),
    ),
  );

  it('covers both systems', () => {
    expect(pages.some((p) => p.path.startsWith('/careflow/'))).toBe(true);
    expect(pages.some((p) => p.path.startsWith('/gridcase/'))).toBe(true);
  });

  it.each(pages)('$path on $today: the same read, byte for byte', ({ today, path }) => {
    const now = new Date(`${today}T12:00:00Z`);
    const url = new URL(path, BASE);
    const found = readCasePage(render(path, today), url, BUILT_IN_PROFILES, { now, findGeneric });
    if (found.kind !== 'case-page') throw new Error(`${path}: ${found.kind}`);
    const before = buildPageRead(
      found.shown.findings,
      readContext(url, now, found.shown.profileId),
    );
    const after = builtInBackground(found.shown);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    expect(after).toStrictEqual(before);
    expect(undefinedKeys(after)).toEqual([]);
    if (after.kind !== 'case-page') throw new Error(`${path}: ${after.reason}`);
    // The sidebar is mounted for the case the content script saw: the one the read is stored as.
    expect(after.read.caseId).toBe(found.caseId);
    expect(after.read.pageKind).toBe(found.shown.findings.pageKind);
    expect(after.read.path).toBe(found.shown.path);
  });

  it('refuses a message that is not what a page shows, with the reason', () => {
    const url = new URL(careflowPath('CF-1001', 'summary'), BASE);
    const found = readCasePage(render(url.pathname), url, BUILT_IN_PROFILES, { now: NOW });
    if (found.kind !== 'case-page') throw new Error(found.kind);
    const wire = toWire(found.shown);
    expect(PageShownWireSchema.safeParse(wire).success).toBe(true);
    const withCaseId = (caseId: unknown) => ({
      ...wire,
      findings: { ...wire.findings, caseValues: { caseId } },
    });
    expect(PageShownWireSchema.safeParse(withCaseId({ t: 7 })).success).toBe(false);
    expect(PageShownWireSchema.safeParse({ ...wire, readAt: 'yesterday' }).success).toBe(false);
    // Labels and options travel once, in tables: an index outside them is refused, with why.
    const options = wire.options.length;
    const outside = PageShownWireSchema.safeParse(withCaseId({ t: 'CF-1', o: options }));
    expect(outside.error?.issues.map((i) => i.message)).toEqual([
      `caseId: options ${options} are not among the message's ${options} options`,
    ]);
    const inList = {
      ...wire,
      findings: { ...wire.findings, lists: { visits: [{ values: { date: { t: '', n: -1 } } }] } },
    };
    expect(PageShownWireSchema.safeParse(inList).success).toBe(false);
    const inChild = {
      ...wire,
      findings: {
        ...wire.findings,
        lists: { visits: [{ values: {}, children: [{ values: { seen: { t: 'Y', n: 1e5 } } }] }] },
      },
    };
    expect(PageShownWireSchema.safeParse(inChild).error?.issues[0]?.message).toBe(
      `visits[0].children[0].seen: label 100000 is not among the message's ${wire.labels.length} labels`,
    );
  });
});
