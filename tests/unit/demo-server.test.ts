import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCases, recordFor } from '../../demo/cases';
import { todayInLondon } from '../../demo/dates';
import { type DemoServer, startDemoServer } from '../../demo/server';
import { caseForms, casePages } from '../../demo/urls';

const TODAY = '2026-11-25';

interface Catalogue {
  today: string;
  cases: { system: string; caseId: string; pages: string[]; forms: string[]; record: unknown }[];
}

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer({ port: 0, today: TODAY });
});
afterAll(async () => {
  await demo.close();
});

const get = (path: string, init?: RequestInit) =>
  fetch(new URL(path, demo.url), { redirect: 'manual', ...init });

async function catalogue(): Promise<Catalogue> {
  const response = await get('/__demo/cases.json');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as Catalogue;
}

describe('the demo server', () => {
  it('listens on loopback, on the free port it was given', () => {
    expect(demo.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(demo.url).not.toMatch(/:0$/);
  });

  it('serves the expected records of demoCases(today), every case in every system', async () => {
    const body = await catalogue();
    expect(body.today).toBe(TODAY);
    const expected = demoCases(TODAY).flatMap((c) =>
      c.views.map((view) => {
        const record = recordFor(c, view);
        return {
          system: view.system,
          caseId: view.caseId,
          pages: casePages(view, record).map((p) => new URL(p.path, demo.url).href),
          forms: caseForms(view).map((p) => new URL(p, demo.url).href),
          record: JSON.parse(JSON.stringify(record)),
        };
      }),
    );
    expect(body.cases).toEqual(expected.map((e) => expect.objectContaining(e)));
    expect(body.cases.filter((c) => c.system === 'careflow')).toHaveLength(4);
    expect(body.cases.filter((c) => c.system === 'gridcase')).toHaveLength(4);
  });

  it('serves every page and form of every case, titled with the case and linking its pages', async () => {
    const { cases } = await catalogue();
    // In HTML, the query's & is written &amp;.
    const href = (url: string) => {
      const { pathname, search } = new URL(url);
      return `href="${(pathname + search).replaceAll('&', '&amp;')}"`;
    };
    for (const entry of cases) {
      const served: string[] = [];
      for (const url of [...entry.pages, ...entry.forms]) {
        const response = await fetch(url, { redirect: 'manual' });
        expect(response.status, url).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        const html = await response.text();
        const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
        expect(title, url).toContain(entry.caseId);
        expect(html, `${url} links the summary`).toContain(href(entry.pages[0] ?? ''));
        served.push(html);
      }
      // Every page can be reached from the case's own navigation (GridCase lists a child's
      // plan on the plan tab's child switcher).
      for (const page of entry.pages) {
        expect(
          served.some((html) => html.includes(href(page))),
          `${page} is linked`,
        ).toBe(true);
      }
    }
  });

  it('serves the home page and both case lists, linking every case', async () => {
    const { cases } = await catalogue();
    const home = await (await get('/')).text();
    const careflowList = await (await get('/careflow/cases')).text();
    const gridcaseList = await (await get('/gridcase/caseload')).text();
    for (const entry of cases) {
      const { pathname, search } = new URL(entry.pages[0] ?? '');
      const href = `href="${(pathname + search).replaceAll('&', '&amp;')}"`;
      expect(home).toContain(href);
      expect(entry.system === 'careflow' ? careflowList : gridcaseList).toContain(href);
    }
  });

  it('never lets the markup in case text become markup on any page', async () => {
    const { cases } = await catalogue();
    const pages = ['/', '/careflow/cases', '/gridcase/caseload'];
    for (const entry of cases) pages.push(...entry.pages, ...entry.forms);
    for (const page of pages) {
      const html = await (await fetch(new URL(page, demo.url))).text();
      // The demo pages carry no script and no image of their own, so any tag is an injection.
      expect(html, page).not.toMatch(/<script|<img|<svg/i);
    }
    const summary = await (await get('/careflow/case/CF-1002/summary')).text();
    expect(summary).toContain('Brightwater &lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(summary).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    const plan = await (await get('/careflow/case/CF-1002/plan/P-300218')).text();
    expect(plan).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(plan).toContain('&lt;/textarea&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
  });

  it('says CPPM, not conference, on the Scottish case’s pages', async () => {
    const { cases } = await catalogue();
    const scottish = cases.filter((c) => (c.record as { region?: string }).region === 'scotland');
    expect(scottish.length).toBeGreaterThan(0);
    for (const entry of scottish) {
      const text = (await Promise.all(entry.pages.map(async (p) => (await fetch(p)).text()))).join(
        '\n',
      );
      expect(text).toContain('Child Protection Planning Meeting (CPPM)');
      expect(text).not.toMatch(/ICPC|Initial CP conference|Review CP conference/);
    }
  });

  it('answers unknown paths, cases, tabs and children with a 404 page', async () => {
    for (const path of [
      '/nope',
      '/careflow/case/CF-9999/summary',
      '/careflow/case/GC-2001/summary',
      '/careflow/case/CF-1001/unknown',
      '/careflow/case/CF-1001/summary/extra',
      '/careflow/case/CF-1001/plan/P-999999',
      '/careflow/case/%E0%A4%A/summary',
      '/gridcase/workspace?case=CF-1001&tab=summary',
      '/gridcase/workspace?case=GC-2001&tab=nope',
      '/gridcase/workspace?case=GC-2001&tab=plan&child=P-999999',
      '/gridcase/workspace?case=GC-2001&tab=visits&child=P-300305',
      '/__demo/other.json',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('Page not found');
    }
  });

  it('redirects the bare system and case addresses to a real page', async () => {
    const cases: [string, string][] = [
      ['/careflow', '/careflow/cases'],
      ['/gridcase/', '/gridcase/caseload'],
      ['/careflow/case/CF-1001', '/careflow/case/CF-1001/summary'],
      ['/careflow/case/CF-1001/plan', '/careflow/case/CF-1001/plan/P-300142'],
      ['/gridcase/workspace?case=GC-2001', '/gridcase/workspace?case=GC-2001&tab=summary'],
      [
        '/gridcase/workspace?case=GC-2001&tab=plan',
        '/gridcase/workspace?case=GC-2001&tab=plan&child=P-300305',
      ],
    ];
    for (const [from, to] of cases) {
      const response = await get(from);
      expect(response.status, from).toBe(302);
      expect(response.headers.get('location'), from).toBe(to);
    }
  });

  it('accepts a posted visit form without storing it, and refuses other methods', async () => {
    const posted = await get('/careflow/case/CF-1001/visits/new', {
      method: 'POST',
      body: new URLSearchParams({ 'visit-date': '25/11/2026' }),
    });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('Visit not saved');
    expect((await get('/careflow/case/CF-1001/summary', { method: 'POST' })).status).toBe(404);
    expect((await get('/', { method: 'DELETE' })).status).toBe(405);
    const head = await get('/careflow/case/CF-1001/summary', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('dates the demo by the day in London when no today is given', async () => {
    const live = await startDemoServer();
    try {
      const before = todayInLondon();
      const body = (await (await fetch(`${live.url}/__demo/cases.json`)).json()) as Catalogue;
      expect([before, todayInLondon()]).toContain(body.today);
    } finally {
      await live.close();
    }
  });

  it('refuses a today that is not a real date', async () => {
    await expect(startDemoServer({ today: '2026-02-30' })).rejects.toThrow(/YYYY-MM-DD/);
  });
});
