// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { demoCases } from '../../demo/cases';
import { respondToDemoRequest } from '../../demo/routes';
import { careflowPath } from '../../demo/urls';
import { readCasePage } from '../../entrypoints/content/read-case-page';
import type { PageReadInput } from '../../lib/domain';
import { PageReadSchema } from '../../lib/domain';
import { findGeneric, previewValue, readPage } from '../../lib/extract';
import { BUILT_IN_PROFILES } from '../../lib/extract/profiles';
import type { SiteProfile } from '../../lib/extract/site-profile';
import { validateSiteProfile } from '../../lib/extract/site-profile-schema';
import { placeOf, type TeachableField } from '../../lib/extract/teach-selector';
import {
  addTaughtField,
  isTaughtProfile,
  pathPatternFor,
  taughtProfileId,
} from '../../lib/settings/taught-profile';
import { builtInBackground } from './page-shown-fixtures';

const NOW = new Date('2026-11-25T12:00:00Z');
const PAGE_URL = new URL('http://127.0.0.1:5173/records/TC-2001/overview');

/** A case system no profile describes, with labels the synonym list does not know. */
const UNPROFILED = `
  <h1>Family record</h1>
  <dl>
    <dt>Case reference</dt><dd>TC-2001</dd>
    <dt>First conference held on</dt><dd>3 November 2026</dd>
    <dt>Plan end date</dt><dd>Not recorded</dd>
  </dl>
  <h2>Meetings</h2>
  <section class="meeting"><p>Meeting held on: 17/11/2026</p><p>Minutes circulated: 20/11/2026</p></section>
  <section class="meeting"><p>Meeting held on: 8/12/2026</p></section>`;

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('case');
  doc.body.innerHTML = body;
  return doc;
}

function caseRead(doc: Document, url: URL, profiles: readonly SiteProfile[]): PageReadInput {
  const result = readCasePage(doc, url, [...profiles, ...BUILT_IN_PROFILES], {
    now: NOW,
    findGeneric,
  });
  if (result.kind !== 'case-page') throw new Error(result.kind);
  const built = builtInBackground(result.shown);
  if (built.kind !== 'case-page') throw new Error(built.reason);
  // Whatever teaching produces must still be a read the store accepts.
  expect(PageReadSchema.safeParse(built.read).success).toBe(true);
  return built.read;
}

/** What the sidebar and background do: click, work out the place, save into the profile. */
function teach(
  profiles: SiteProfile[],
  doc: Document,
  url: URL,
  field: TeachableField,
  clicked: Element,
) {
  const place = placeOf(clicked);
  const read = caseRead(doc, url, profiles);
  const outcome = addTaughtField(profiles, {
    field,
    source: place.source,
    ...(place.label ? { label: place.label } : {}),
    pageUrl: url,
    pageKind: read.pageKind,
  });
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return outcome;
}

describe('pathPatternFor', () => {
  it.each([
    ['/records/TC-2001/overview', '^/records/[^/]+/overview$'],
    ['/careflow/case/CF-1001/plan/C-1', '^/careflow/case/[^/]+/plan/[^/]+$'],
    ['/a.b/c', '^/a\\.b/c$'],
  ])('%s → %s', (path, pattern) => {
    expect(pathPatternFor(path)).toBe(pattern);
    expect(new RegExp(pattern).test(path)).toBe(true);
  });
});

describe('teaching a field on a page no profile describes', () => {
  it('before teaching, the page reads with what the generic reader knows, and says what it could not', () => {
    const read = caseRead(page(UNPROFILED), PAGE_URL, []);
    expect(read.caseId).toBe('TC-2001');
    expect(read.fields.icpcDate).toBeUndefined();
    expect(read.fields.coreGroups).toBeUndefined();
    expect((read.unread ?? []).map((u) => u.field)).toContain('coreGroups.date');
  });

  it('a case-level field is saved where it is, and read from then on', () => {
    const doc = page(UNPROFILED);
    const clicked = doc.querySelectorAll('dt')[1] as Element;
    expect(previewValue(doc, PAGE_URL, 'icpcDate', placeOf(clicked).source)).toMatchObject({
      ok: true,
      value: '2026-11-03',
    });
    const { profile, profiles } = teach([], doc, PAGE_URL, 'icpcDate', clicked);
    expect(profile.id).toBe(taughtProfileId(PAGE_URL));
    expect(profile.id).toBe('taught-127.0.0.1');
    expect(isTaughtProfile(profile)).toBe(true);
    expect(profile.urls).toEqual(['http://127.0.0.1/*']);
    expect(profile.pages).toEqual([
      {
        kind: 'case-summary',
        path: '^/records/[^/]+/overview$',
        caseId: { synonyms: true },
        fields: { icpcDate: { label: 'First conference held on' } },
      },
    ]);
    expect(validateSiteProfile(profile).ok).toBe(true);

    const read = caseRead(doc, PAGE_URL, profiles);
    expect(read.caseId).toBe('TC-2001');
    expect(read.fields.icpcDate).toBe('2026-11-03');
    expect(read.profileId).toBe('taught-127.0.0.1');
  });

  it('a list field is saved as a label for that field, and every item is read by it', () => {
    const doc = page(UNPROFILED);
    const clicked = doc.querySelector('.meeting p') as Element;
    const { profile, profiles } = teach([], doc, PAGE_URL, 'coreGroups.date', clicked);
    expect(profile.synonyms).toEqual({ 'coreGroups.date': ['Meeting held on'] });
    const read = caseRead(doc, PAGE_URL, profiles);
    expect(read.fields.coreGroups).toEqual([
      { date: '2026-11-17', status: 'held', minutesCirculatedDate: '2026-11-20' },
      { date: '2026-12-08', status: 'scheduled' },
    ]);
    expect((read.unread ?? []).map((u) => u.field)).not.toContain('coreGroups.date');
  });

  it('teaching twice keeps both fields in the one profile for the host', () => {
    const doc = page(UNPROFILED);
    const first = teach([], doc, PAGE_URL, 'icpcDate', doc.querySelectorAll('dd')[1] as Element);
    const second = teach(
      first.profiles,
      doc,
      PAGE_URL,
      'coreGroups.date',
      doc.querySelector('.meeting p') as Element,
    );
    expect(second.profiles).toHaveLength(1);
    const read = caseRead(doc, PAGE_URL, second.profiles);
    expect(read.fields.icpcDate).toBe('2026-11-03');
    expect(read.fields.coreGroups).toHaveLength(2);
    // The same page of another case is read the same way.
    const other = page(UNPROFILED.replace('TC-2001', 'TC-3005'));
    const otherRead = caseRead(
      other,
      new URL('/records/TC-3005/overview', PAGE_URL),
      second.profiles,
    );
    expect(otherRead.caseId).toBe('TC-3005');
    expect(otherRead.fields.icpcDate).toBe('2026-11-03');
  });

  it('a taught place that is gone is reported, never guessed', () => {
    const doc = page(UNPROFILED);
    const { profiles } = teach(
      [],
      doc,
      PAGE_URL,
      'icpcDate',
      doc.querySelectorAll('dd')[1] as Element,
    );
    const changed = page(UNPROFILED.replace('First conference held on', 'Conference'));
    const read = caseRead(changed, PAGE_URL, profiles);
    expect(read.fields.icpcDate).toBeUndefined();
    expect(read.unread).toContainEqual({ field: 'icpcDate', reason: 'not found on page' });
  });

  it('a list field without a label cannot be taught, and says why', () => {
    const doc = page('<h2>Case reference: TC-1</h2><ul><li>17/11/2026</li><li>8/12/2026</li></ul>');
    const place = placeOf(doc.querySelector('li') as Element);
    const outcome = addTaughtField([], {
      field: 'coreGroups.date',
      source: place.source,
      pageUrl: PAGE_URL,
      pageKind: 'other',
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors[0]).toMatch(/label or column heading/);
  });

  it('the case id can be taught too, replacing what the usual labels found', () => {
    const doc = page(
      `<p>Ref <b id="ref">TC-9</b></p>${UNPROFILED.replace('TC-2001', 'Smith family')}`,
    );
    expect(caseRead(doc, PAGE_URL, []).caseId).toBe('Smith family');
    const { profiles } = teach([], doc, PAGE_URL, 'caseId', doc.querySelector('#ref') as Element);
    expect(profiles[0]?.pages[0]?.caseId).toEqual({ selector: '#ref' });
    expect(caseRead(doc, PAGE_URL, profiles).caseId).toBe('TC-9');
  });
});

describe('teaching a field on a page a built-in profile reads', () => {
  const today = '2026-11-25';
  const careflowCase = demoCases(today).find((c) => c.views.some((v) => v.system === 'careflow'));
  const view = careflowCase?.views.find((v) => v.system === 'careflow');
  if (!careflowCase || !view) throw new Error('the demo has no CareFlow case');
  const path = careflowPath(view.caseId, 'summary');
  const url = new URL(path, 'http://127.0.0.1:4173');
  const render = () => {
    const response = respondToDemoRequest(
      { method: 'GET', url: path },
      { today, baseUrl: url.origin },
    );
    const doc = new DOMParser().parseFromString(response.body, 'text/html');
    // The case system renamed the element the built-in profile looks for.
    const icpc = doc.querySelector('#icpc-date');
    if (!icpc) throw new Error('no ICPC date on the summary');
    icpc.id = 'conference-first';
    return doc;
  };

  it('keeps everything the profile reads and adds the taught field on top', () => {
    const doc = render();
    const before = readPage(doc, url, BUILT_IN_PROFILES, { now: NOW });
    if (before.kind !== 'case-page') throw new Error(before.reason);
    expect(before.read.fields.icpcDate).toBeUndefined();
    expect((before.read.unread ?? []).map((u) => u.field)).toContain('icpcDate');

    const { profiles } = teach(
      [],
      doc,
      url,
      'icpcDate',
      doc.querySelector('#conference-first') as Element,
    );
    expect(profiles[0]?.pages[0]?.fields?.icpcDate).toEqual({ selector: '#conference-first' });
    const after = caseRead(doc, url, profiles);
    expect(after.fields.icpcDate).toBe(careflowCase.record.icpcDate);
    expect((after.unread ?? []).map((u) => u.field)).not.toContain('icpcDate');
    expect(after.profileId).toBe('careflow');
    const { icpcDate: _, ...rest } = after.fields;
    const { icpcDate: __, ...restBefore } = before.read.fields;
    expect(rest).toEqual(restBefore);
  });
});
