// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseUrlPattern, previewValue, readPage, type SiteProfile } from '../../lib/extract';
import { BUILT_IN_PROFILES } from '../../lib/extract/profiles';
import { type SiteProfileData, validateSiteProfile } from '../../lib/extract/site-profile-schema';

const NOW = new Date('2026-11-25T12:00:00Z');

describe('site profiles are data', () => {
  it('the schema’s type and the reader’s plain type are the same', () => {
    expectTypeOf<SiteProfileData>().toEqualTypeOf<SiteProfile>();
  });

  it('the built-in profiles survive JSON and pass validation', () => {
    for (const profile of BUILT_IN_PROFILES) {
      const json = JSON.parse(JSON.stringify(profile));
      expect(json).toEqual(profile);
      expect(validateSiteProfile(json)).toEqual({ ok: true, profile });
    }
  });
});

describe('validation errors say where and what, plainly', () => {
  const base = {
    id: 'acme',
    name: 'Acme Case',
    urls: ['https://cases.acme.example/*'],
    pages: [{ kind: 'case-summary', caseId: { query: 'case' } }],
  };
  const errorsOf = (profile: unknown) => {
    const result = validateSiteProfile(profile);
    return result.ok ? [] : result.errors;
  };

  it('names the path of a value of the wrong type', () => {
    expect(
      errorsOf({
        ...base,
        pages: [
          { kind: 'conference', caseId: { query: 'case' }, fields: { icpcDate: { selector: 7 } } },
        ],
      }),
    ).toEqual(['pages.0.fields.icpcDate.selector: expected a string']);
  });

  it('lists every problem at once, including misspelt keys and unknown kinds', () => {
    expect(
      errorsOf({
        ...base,
        urls: ['ftp://files.acme.example/'],
        pages: [{ kind: 'meeting', caseId: { query: 'case' }, selctor: '#main' }],
        synonyms: { icpc: ['Conference'] },
      }),
    ).toEqual([
      'urls.0: expected scheme://host/path, e.g. https://cases.example.gov.uk/*',
      'pages.0.kind: expected one of: case-summary, conference, core-group, visit, plan, other',
      'pages.0: unknown key "selctor"',
      'synonyms: unknown key "icpc"',
    ]);
  });

  it('explains rules that span keys: one place per value, one shape per list, known field names', () => {
    expect(
      errorsOf({
        ...base,
        pages: [
          {
            kind: 'core-group',
            caseId: { query: 'case', label: 'Case ID' },
            lists: {
              coreGroups: {
                items: '.meeting',
                table: '#meetings',
                fields: { dat: { label: 'Date' } },
              },
              visits: {
                items: '.visit',
                fields: { date: { column: 'Date', table: '#visits' } },
                actions: { items: '.x', fields: {} },
              },
            },
          },
        ],
      }),
    ).toEqual([
      'pages.0.caseId: give exactly one of path, query, selector, label, synonyms, column (found query, label)',
      'pages.0.lists.coreGroups: give exactly one of items or table',
      'pages.0.lists.visits.fields.date: a cell of a table needs column, table and row together',
      'pages.0.lists.coreGroups.fields.dat: not a field of coreGroups (expected one of: date, status, minutesCirculatedDate, attendees, apologies, chair, viceChair, childSituation, actionProgress, riskTrend, nonCooperation, newActions, parentsViews, childViews, parentsAbsenceReason, nextMeetingDate, futureDatesAgreed, householdChanges)',
      'pages.0.lists.visits.actions: only plans have actions',
    ]);
  });

  it('refuses bad regular expressions, empty names and missing parts', () => {
    expect(
      errorsOf({ id: '', urls: [], pages: [{ kind: 'plan', caseId: { path: '(' } }] }),
    ).toEqual([
      'id: must not be empty',
      'name: expected a string',
      'urls: needs at least 1 entry',
      'pages.0.caseId.path: not a valid regular expression',
    ]);
    expect(errorsOf('not a profile')).toEqual(['expected an object']);
  });
});

describe('URL patterns', () => {
  const test = (pattern: string, url: string) => {
    const parsed = parseUrlPattern(pattern);
    return parsed.ok && parsed.test(new URL(url));
  };

  it('match scheme, host (with subdomains) and path, ignoring the port', () => {
    expect(test('*://127.0.0.1/careflow/*', 'http://127.0.0.1:4173/careflow/case/1')).toBe(true);
    expect(test('https://*.acme.example/cases/*', 'https://eu.acme.example/cases/9')).toBe(true);
    expect(test('https://*.acme.example/cases/*', 'https://acme.example/cases/9')).toBe(true);
    expect(test('https://*.acme.example/cases/*', 'https://evilacme.example/cases/9')).toBe(false);
    expect(test('https://acme.example/cases/*', 'http://acme.example/cases/9')).toBe(false);
    expect(test('*://127.0.0.1/careflow/*', 'http://127.0.0.1/gridcase/')).toBe(false);
  });
});

describe('reading with a profile written as data', () => {
  const acme: SiteProfile = {
    id: 'acme',
    name: 'Acme Case',
    urls: ['https://cases.acme.example/*'],
    synonyms: { icpcDate: ['Conference held'] },
    blank: ['—'],
    pages: [
      {
        kind: 'conference',
        heading: 'Conferences',
        caseId: { selector: '.banner', pattern: 'Case (\\S+)' },
        childId: { selector: '[data-person]', attribute: 'data-person' },
        fields: {
          icpcDate: { synonyms: true },
          region: { label: 'Area', values: { North: 'scotland' } },
          planEndDate: { selector: '#end', optional: true },
        },
        lists: {
          reviewConferences: {
            table: '#reviews',
            emptyWhen: '#reviews .none',
            fields: {
              date: { column: ['When', 'Date'] },
              status: { column: 'State', values: { Due: 'scheduled' } },
              reportSharedDate: { column: 'Report' },
            },
          },
        },
      },
      { kind: 'other', selector: '#broken', caseId: { selector: 'p[' } },
    ],
  };
  const url = new URL('https://cases.acme.example/c/77');
  const read = (body: string) => {
    const doc = document.implementation.createHTMLDocument('acme');
    doc.body.innerHTML = body;
    return readPage(doc, url, [acme], { now: NOW });
  };

  it('finds the page by its heading and each value where the profile says', () => {
    const result = read(`<p class="banner">Case AC-77 (open)</p><h1>Conferences</h1>
      <span data-person="P-9">Mia</span>
      <dl><dt>Conference held</dt><dd>02/09/2026</dd><dt>Area</dt><dd>North</dd></dl>
      <table id="reviews"><tr><th>When</th><th>State</th><th>Report</th></tr>
        <tr><td>2 Dec 2026</td><td>Due</td><td>—</td></tr></table>`);
    expect(result).toEqual({
      kind: 'case-page',
      profileId: 'acme',
      read: {
        caseId: 'AC-77',
        pageKind: 'conference',
        path: '/c/77',
        readAt: NOW.toISOString(),
        profileId: 'acme',
        fields: {
          icpcDate: '2026-09-02',
          region: 'scotland',
          reviewConferences: [{ date: '2026-12-02', status: 'scheduled' }],
        },
        unread: [],
      },
    });
  });

  it('says which declared values are not on the page, and never throws on a broken selector', () => {
    const result = read('<p class="banner">Case AC-77</p><h1>Conferences</h1>');
    if (result.kind !== 'case-page') throw new Error(result.reason);
    expect(result.read.unread).toEqual([
      { field: 'plans.childId', reason: 'not found on page' },
      { field: 'icpcDate', reason: 'not found on page' },
      { field: 'region', reason: 'not found on page' },
      { field: 'reviewConferences', reason: 'not found on page' },
    ]);
    const broken = read('<div id="broken"></div>');
    expect(broken).toEqual({ kind: 'not-a-case-page', reason: 'no case id found on the page' });
  });

  it('falls back to the generic reader, with the profile’s own labels, on pages it does not describe', () => {
    const result = read(
      '<h1>Notes</h1><dl><dt>Case ID</dt><dd>AC-77</dd><dt>Conference held</dt><dd>2/9/2026</dd></dl>',
    );
    expect(result).toMatchObject({
      kind: 'case-page',
      read: { caseId: 'AC-77', fields: { icpcDate: '2026-09-02' } },
    });
    expect(result).not.toHaveProperty('profileId');
  });
});

describe('a list item that shows one field twice', () => {
  const reviews: SiteProfile = {
    id: 'acme-reviews',
    name: 'Acme reviews',
    urls: ['https://cases.acme.example/*'],
    pages: [
      {
        kind: 'conference',
        caseId: { query: 'case' },
        lists: {
          reviewConferences: {
            items: '.review',
            fields: {
              date: { label: 'Date' },
              status: { label: 'State', values: { Due: 'scheduled' } },
            },
          },
        },
      },
    ],
  };
  const read = (body: string) => {
    const doc = document.implementation.createHTMLDocument('acme');
    doc.body.innerHTML = body;
    return readPage(doc, new URL('https://cases.acme.example/r?case=AC-1'), [reviews], {
      now: NOW,
    });
  };

  it('reads it once when both places agree, and names both, in page order, when they do not', () => {
    const review = (second: string) =>
      read(`<div class="review"><dl><dt>Date</dt><dd>01/02/2027</dd><dt>State</dt><dd>Due</dd></dl>
        <label for="d">Date</label><input id="d" value="${second}"></div>`);
    expect(review('01/02/2027')).toMatchObject({
      read: { fields: { reviewConferences: [{ date: '2027-02-01', status: 'scheduled' }] } },
    });
    const disagree = review('03/02/2027');
    if (disagree.kind !== 'case-page') throw new Error(disagree.reason);
    expect(disagree.read.unread).toEqual([
      expect.objectContaining({ field: 'reviewConferences.date', raw: '01/02/2027 | 03/02/2027' }),
    ]);
  });
});

describe('previewValue shows what a field being taught would read', () => {
  const doc = document.implementation.createHTMLDocument('x');
  doc.body.innerHTML = `<div id="icpc"><span>Held on</span> <b class="when">Thu 17 Dec 2026</b></div>
    <p>Seen alone: N/A</p>`;
  const url = new URL('https://cases.acme.example/c/1');

  it('reads a value by selector or label, parsed as its field', () => {
    expect(previewValue(doc, url, 'icpcDate', { selector: '#icpc .when' })).toEqual({
      ok: true,
      value: '2026-12-17',
      shown: 'Thu 17 Dec 2026',
    });
    expect(previewValue(doc, url, 'visits.seenAlone', { label: 'Seen alone' })).toEqual({
      ok: false,
      reason: 'says "N/A": neither yes nor no',
      raw: 'N/A',
    });
  });

  it('says when nothing is there, or the selector is broken', () => {
    expect(previewValue(doc, url, 'icpcDate', { selector: '#nothing' })).toEqual({
      ok: false,
      reason: 'not found on page',
    });
    expect(previewValue(doc, url, 'icpcDate', { selector: 'b[' })).toEqual({
      ok: false,
      reason: 'the profile\'s selector "b[" is not valid CSS',
    });
  });
});

describe('the reading code stays fit for the content script', () => {
  const dir = join(__dirname, '../../lib/extract');
  const files = (sub = ''): string[] =>
    readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(sub, entry.name)) : [join(sub, entry.name)],
    );

  /** Imports of a module that load code (not `import type`), by what they name. */
  const valueImports = (source: string): string[] =>
    [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)]
      .filter((m) => !m[1])
      .map((m) => m[2] as string);

  // The domain modules that hold plain values and no schema: the reader may share their lists.
  const ZOD_FREE_DOMAIN = ['constants', 'iso-date'];

  it('shares only domain modules that import nothing (so no zod), by their own imports', () => {
    for (const name of ZOD_FREE_DOMAIN) {
      const source = readFileSync(join(dir, '../domain', `${name}.ts`), 'utf8');
      expect(valueImports(source), name).toEqual([]);
      expect(source, name).not.toMatch(/from\s+'zod/);
    }
  });

  it('imports no zod, React, Dexie or date-fns, and from the domain only types and zod-free lists', () => {
    const problems: string[] = [];
    const zodFree = new RegExp(`/domain/(?:${ZOD_FREE_DOMAIN.join('|')})$`);
    for (const file of files().filter((f) => f !== 'site-profile-schema.ts')) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const from of valueImports(source)) {
        if (zodFree.test(from)) continue;
        if (!from.startsWith('.') || from.includes('domain') || from.includes('schema')) {
          problems.push(`${file}: ${from}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // What the content script reads a page with (entrypoints/content/read-case-page.ts): the
  // profile reader and both profiles, up to what the page shows. Parsing it into the page read is
  // the background's (issue 8), so no parser may be bundled here. The limit is a guard against
  // regressions, a little above the measured 13.05 KB (12.48 before plain tables were read a
  // `textContent` per cell, +0.11 KB; 12.61 before the walk noted only the spans asked for and
  // shared a label's pair between the scans of one walk, +0.44 KB); the content script's own
  // budget is the bench's to check.
  // (It was 21.5 KB while the content script parsed pages itself.)
  it('bundles the reading path (with both profiles) without the parsers, under 13.2 KB gzip', async () => {
    const esbuild = await import('esbuild');
    const { gzipSync } = await import('node:zlib');
    const result = await esbuild.build({
      stdin: {
        contents: `
          import { caseIdOf } from './lib/extract/case-id';
          import { pageShown } from './lib/extract/page-shown';
          import { toWire } from './lib/extract/page-shown-wire';
          import { findWithProfile, pageSpecFor, profileOwns } from './lib/extract/read-with-profile';
          import { BUILT_IN_PROFILES } from './lib/extract/profiles';
          globalThis.read = () => {
            const url = new URL(location.href);
            for (const profile of BUILT_IN_PROFILES) {
              const spec = profileOwns(profile, url) && pageSpecFor(document, url, profile);
              if (!spec) continue;
              const findings = findWithProfile(document, url, profile, spec);
              return caseIdOf(findings) && toWire(pageShown(findings, url, new Date(), profile.id));
            }
          };`,
        resolveDir: join(__dirname, '../..'),
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      metafile: true,
    });
    const output = Object.values(result.metafile.outputs)[0];
    const bundled = Object.entries(output?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file);
    expect(bundled.length).toBeGreaterThan(5);
    const zodFree = new RegExp(`lib/domain/(?:${ZOD_FREE_DOMAIN.join('|')})\\.ts$`);
    const unshared = (i: string) => /node_modules|lib\/domain/.test(i) && !zodFree.test(i);
    expect(bundled.filter(unshared)).toEqual([]);
    expect(bundled.filter((i) => /parse-|build-page-read/.test(i))).toEqual([]);
    const bytes = gzipSync((result.outputFiles[0] as { contents: Uint8Array }).contents).length;
    expect(bytes).toBeLessThan(13_200);
  });
});
