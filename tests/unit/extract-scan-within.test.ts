// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { respondToDemoRequest } from '../../demo/routes';
import {
  type PageScan,
  scanPage,
  scanPageNoting,
  scanWithin,
  type WalkSpan,
} from '../../lib/extract/scan-page';
import { parseAsBrowser } from './parse-as-browser';

/**
 * scanWithin gives an element the scan a fresh scanPage of it would: the profile reader relies
 * on it to read a visit's children from the visit's walk (issue 8), and the walk shares a label's
 * pair between the scans of a walk, notes spans only for the elements it is asked to, and
 * reuses its frames: none of that may change what any scan finds.
 */

const BASE = 'http://127.0.0.1:4173';

function comparable(scan: PageScan) {
  return {
    pairs: scan.pairs.map((p) => ({ ...p })),
    tables: scan.tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r })) })),
  };
}

/** Every element's scanWithin (when noted) against its own fresh scan; how many were noted. */
function checkEveryElement(doc: Document, wantedOnly: boolean): number {
  const all = Array.from(doc.body.querySelectorAll('*'));
  let noted = 0;
  // All spans noted in one walk, then each element alone as the one wanted.
  const groups = wantedOnly ? all.map((el) => new Set([el])) : [undefined];
  for (const wanted of groups) {
    const spans = new Map<Element, WalkSpan>();
    const whole = scanPageNoting(doc.body, spans, wanted);
    expect(comparable(whole)).toEqual(comparable(scanPage(doc.body)));
    for (const el of wanted ?? all) {
      const within = scanWithin(el, spans);
      if (!within) continue;
      noted++;
      expect(comparable(within)).toEqual(comparable(scanPage(el)));
    }
  }
  return noted;
}

describe('scanWithin is a fresh scan of the element, from the walk that went through it', () => {
  const pages = ['summary', 'conferences', 'core-groups', 'visits', 'visits/new'].map(
    (view) => `/careflow/case/CF-1001/${view}`,
  );

  it.each(pages)('%s: every noted element of the demo page', (path) => {
    const response = respondToDemoRequest(
      { method: 'GET', url: path },
      { today: '2026-11-25', baseUrl: BASE },
    );
    const doc = parseAsBrowser(response.body);
    expect(checkEveryElement(doc, false)).toBeGreaterThan(10);
  });

  it('notes only the wanted element, and reads it as a fresh scan does', () => {
    const response = respondToDemoRequest(
      { method: 'GET', url: '/careflow/case/CF-1001/visits' },
      { today: '2026-11-25', baseUrl: BASE },
    );
    const doc = parseAsBrowser(response.body);
    const visitChild = doc.querySelector('fieldset.cf-visit-child') as Element;
    const spans = new Map<Element, WalkSpan>();
    scanPageNoting(doc.body, spans, new Set([visitChild]));
    expect([...spans.keys()]).toEqual([visitChild]);
    expect(checkEveryElement(doc, true)).toBeGreaterThan(10);
  });

  it('a label whose target differs between the walk and the span is paired again', () => {
    // In the whole page `for="x"` names the first #x; inside the second section only the
    // second #x is there, so its label pairs with that one.
    const doc = parseAsBrowser(`<section id="a"><input id="x" value="first"></section>
      <section id="b"><label for="x">Name</label><input id="x" value="second"></section>`);
    const spans = new Map<Element, WalkSpan>();
    const whole = scanPageNoting(doc.body, spans);
    expect(whole.pairs.map((p) => p.text)).toEqual(['first']);
    const b = doc.getElementById('b') as Element;
    expect(scanWithin(b, spans)?.pairs.map((p) => p.text)).toEqual(['second']);
    expect(comparable(scanWithin(b, spans) as PageScan)).toEqual(comparable(scanPage(b)));
  });

  it('holds for generated markup of labels, ids, lists, fieldsets and text lines', () => {
    const leaf = fc.constantFrom(
      'Name: Alex',
      '<label for="i1">Seen</label>',
      '<label for="i2">Seen alone:</label>',
      '<input id="i1" value="yes">',
      '<input id="i2" type="checkbox" checked>',
      '<select id="i2"><option>No</option><option selected>Yes</option></select>',
      '<label>Wrapped <input value="w"></label>',
      '<dl><dt>Date</dt><dd>1/2/2026</dd></dl>',
      '<span>Ref</span><span>R-1</span>',
      '<br>',
      '<span hidden>Hidden: yes</span>',
      '<div id="l1">Group</div>',
      '<div aria-labelledby="l1"><input type="radio" checked value="A"></div>',
      '<fieldset><legend>Choice</legend><input type="radio" id="r1" checked><label for="r1">Yes</label></fieldset>',
      'plain words',
    );
    const tree = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .tuple(
            fc.constantFrom('div', 'section', 'p', 'fieldset', 'span', 'li', 'label'),
            fc.array(tie('node'), { maxLength: 4 }),
          )
          .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (parts) => {
        const doc = parseAsBrowser(`<main>${parts.join('')}</main>`);
        checkEveryElement(doc, false);
        checkEveryElement(doc, true);
      }),
      { numRuns: 150 },
    );
  });
});
