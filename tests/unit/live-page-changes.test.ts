// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  changesWhatIsRead,
  pagePath,
  WATCHED_ATTRIBUTES,
  watchNavigation,
  watchPageChanges,
} from '../../entrypoints/content/page-changes';

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.documentElement.removeAttribute('data-core-group-lens');
  document.documentElement.removeAttribute('style');
  document.head.innerHTML = '<title>Case</title>';
  document.body.innerHTML = `
    <main id="main"><dl><dt>ICPC date</dt><dd id="icpc">17/12/2026</dd></dl></main>
    <div data-core-group-lens="sidebar"><span id="own">sidebar</span></div>`;
});
afterEach(() => controller.abort());

/** The mutation records a change makes, as the observer would see them. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  change();
  await Promise.resolve();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

const matters = async (change: () => void) => (await recordsOf(change)).some(changesWhatIsRead);
const el = (selector: string) => document.querySelector(selector) as HTMLElement;

describe('changesWhatIsRead: which mutations can change a read', () => {
  it('the page’s text, elements and values do', async () => {
    expect(await matters(() => el('#icpc').replaceChildren('18/12/2026'))).toBe(true);
    expect(
      await matters(() => {
        (el('#icpc').firstChild as Text).data = '19/12/2026';
      }),
    ).toBe(true);
    expect(await matters(() => el('#main').append(document.createElement('table')))).toBe(true);
    expect(await matters(() => el('#icpc').setAttribute('hidden', ''))).toBe(true);
    expect(await matters(() => el('#main').replaceChildren())).toBe(true);
  });

  it('the extension’s own nodes and marks do not', async () => {
    expect(await matters(() => el('#own').replaceChildren('changed'))).toBe(false);
    expect(
      await matters(() => {
        const teach = document.createElement('div');
        teach.setAttribute('data-core-group-lens', 'teach');
        document.documentElement.append(teach);
      }),
    ).toBe(false);
    expect(await matters(() => el('[data-core-group-lens="sidebar"]').remove())).toBe(false);
    // The decision mark and the room kept for the sidebar go on <html>.
    expect(
      await matters(() => {
        document.documentElement.dataset.coreGroupLens = 'case-page';
        document.documentElement.style.setProperty('margin-right', '400px');
      }),
    ).toBe(false);
  });

  it('scripts, styles, metadata, comments and blank text do not', async () => {
    expect(
      await matters(() => {
        el('#main').append(document.createElement('script'));
        el('#main').append(document.createElement('style'));
        el('#main').append(document.createComment('x'));
        el('#main').append(document.createTextNode('  \n '));
        document.head.append(document.createElement('meta'));
        document.title = 'Case 2';
      }),
    ).toBe(false);
  });

  it('a style change counts only when it hides or shows something', async () => {
    expect(await matters(() => el('#icpc').setAttribute('style', 'color: red'))).toBe(false);
    expect(await matters(() => el('#icpc').setAttribute('style', 'display: none'))).toBe(true);
    expect(await matters(() => el('#icpc').setAttribute('style', 'display:none;color:blue'))).toBe(
      false,
    );
    expect(await matters(() => el('#icpc').setAttribute('style', ''))).toBe(true);
  });
});

describe('watchPageChanges', () => {
  it('calls back for page changes, not for its own, and stops when the context ends', async () => {
    let calls = 0;
    watchPageChanges(document, () => calls++, controller.signal);
    el('#own').replaceChildren('x');
    await Promise.resolve();
    expect(calls).toBe(0);
    el('#icpc').replaceChildren('1/1/2027');
    await Promise.resolve();
    expect(calls).toBe(1);
    controller.abort();
    el('#icpc').replaceChildren('2/1/2027');
    await Promise.resolve();
    expect(calls).toBe(1);
  });
});

describe('watchNavigation and pagePath', () => {
  it('hears Back and Forward (popstate), and stops when the context ends', () => {
    let calls = 0;
    watchNavigation(window, () => calls++, controller.signal);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(calls).toBe(1);
    controller.abort();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(calls).toBe(1);
  });

  it('listens for the Navigation API’s committed changes where there is one', () => {
    const heard: string[] = [];
    const fake = {
      addEventListener: (type: string) => heard.push(type),
      removeEventListener: () => undefined,
      dispatchEvent: () => true,
    };
    watchNavigation(
      Object.assign(Object.create(window), {
        navigation: fake,
        addEventListener: () => undefined,
      }) as Window,
      () => undefined,
      controller.signal,
    );
    expect(heard).toEqual(['currententrychange']);
  });

  it('names a page by path and query, never the fragment', () => {
    expect(pagePath(new URL('https://x.example/case/1/summary?tab=2#top'))).toBe(
      '/case/1/summary?tab=2',
    );
  });
});
