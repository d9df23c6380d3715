// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demoCases } from '../../demo/cases';
import { respondToDemoRequest } from '../../demo/routes';
import { careflowPath } from '../../demo/urls';
import { readCasePage } from '../../entrypoints/content/read-case-page';
import { findGeneric, readPage } from '../../lib/extract';
import { BUILT_IN_PROFILES } from '../../lib/extract/profiles';

const NOW = new Date('2026-11-25T12:00:00Z');
const TODAY = '2026-11-25';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
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
    const url = new URL(path, 'http://127.0.0.1:4173');
    const page = respondToDemoRequest(
      { method: 'GET', url: path },
      { today: TODAY, baseUrl: url.origin },
    );
    const result = readCasePage(parse(page.body), url, BUILT_IN_PROFILES, { now: NOW });
    expect(result.kind).toBe('case-page');
    expect(result).toEqual(readPage(parse(page.body), url, BUILT_IN_PROFILES, { now: NOW }));
  });

  it('asks for the generic reader on a page no profile describes, and reads it once given', () => {
    const url = new URL('http://127.0.0.1:5173/records/TC-2001/overview');
    const html = `<h1>Family record</h1><dl><dt>Case reference</dt><dd>TC-2001</dd>
      <dt>Date of initial child protection conference</dt><dd>3 November 2026</dd></dl>`;
    expect(readCasePage(parse(html), url, BUILT_IN_PROFILES, { now: NOW })).toEqual({
      kind: 'needs-generic-reader',
    });
    const read = readCasePage(parse(html), url, BUILT_IN_PROFILES, { now: NOW, findGeneric });
    expect(read).toEqual(readPage(parse(html), url, BUILT_IN_PROFILES, { now: NOW }));
    expect(read.kind === 'case-page' && read.read.caseId).toBe('TC-2001');
  });

  it('says "not a case page" for a page with nothing case-like, once the generic reader is there', () => {
    const url = new URL('http://127.0.0.1:5173/reports');
    const doc = parse('<main><h1>Reports</h1><p>None.</p></main>');
    const read = readCasePage(doc, url, BUILT_IN_PROFILES, { now: NOW, findGeneric });
    expect(read.kind).toBe('not-a-case-page');
  });
});
