// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewValue } from '../../lib/extract';
import {
  cssString,
  idSelector,
  isStableName,
  placeOf,
  robustSelector,
  valueElementFor,
} from '../../lib/extract/teach-selector';

const URL_OF_PAGE = new URL('https://cases.example.gov.uk/case/77/summary');

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('case');
  doc.body.innerHTML = body;
  return doc;
}

function el(doc: Document, selector: string): Element {
  const found = doc.querySelector(selector);
  if (!found) throw new Error(`fixture has no ${selector}`);
  return found;
}

/** The selector must find the element again, and nothing else. */
function expectFindsOnly(doc: Document, selector: string, target: Element) {
  const found = Array.from(doc.querySelectorAll(selector));
  expect(found).toEqual([target]);
}

describe('isStableName tells names that last from generated ones', () => {
  it.each([
    ['icpc-date', true],
    ['address-line-1', true],
    ['conferenceDate', true],
    ['field_12345', false],
    ['ember1234', false],
    ['react-select-3-input', true],
    [':r1:', false],
    ['person-CF-1001-dob', false],
    ['a3f9c2b1e8d7', false],
    [' padded', false],
    ['', false],
  ])('%s → %s', (value, stable) => {
    // react-select-3 has one digit only but a framework prefix.
    expect(isStableName(value)).toBe(value.startsWith('react-') ? false : stable);
  });
});

describe('robustSelector prefers ids, then stable attributes, then a short anchored path', () => {
  it('uses a stable, unique id', () => {
    const doc = page('<div><span id="icpc-date">17/12/2026</span></div>');
    const target = el(doc, 'span');
    expect(robustSelector(target)).toEqual({ selector: '#icpc-date', how: 'id' });
  });

  it('skips an id holding a record number, and one used twice', () => {
    const doc = page(`
      <span id="person-10023" name="dob">1 May 2019</span>
      <p id="dup">a</p><p id="dup">b</p>`);
    expect(robustSelector(el(doc, 'span'))).toEqual({
      selector: 'span[name="dob"]',
      how: 'attribute',
    });
    const second = doc.querySelectorAll('p')[1] as Element;
    const built = robustSelector(second);
    expect(built.how).toBe('structure');
    expectFindsOnly(doc, built.selector, second);
  });

  it('uses data-* and aria-* attributes, never its own marker', () => {
    const doc = page(`
      <div data-core-group-lens="x"><b data-field="icpc">1/1/2026</b></div>
      <i aria-label="Seen alone">Yes</i>`);
    expect(robustSelector(el(doc, 'b')).selector).toBe('b[data-field="icpc"]');
    expect(robustSelector(el(doc, 'i')).selector).toBe('i[aria-label="Seen alone"]');
  });

  it('anchors a positional path at the nearest named ancestor, not at the body', () => {
    const doc = page(`
      <main><section id="summary"><div><p>One</p><p>Two</p><p>Three</p></div></section></main>`);
    const target = doc.querySelectorAll('#summary p')[1] as Element;
    const built = robustSelector(target);
    expect(built).toEqual({ selector: '#summary > div > p:nth-of-type(2)', how: 'structure' });
    expectFindsOnly(doc, built.selector, target);
  });

  it('falls back to a path from the body when nothing on the way has a name', () => {
    const doc = page('<div><div><span>x</span><span>y</span></div></div>');
    const target = doc.querySelectorAll('span')[1] as Element;
    const built = robustSelector(target);
    expect(built.selector.startsWith('body > ')).toBe(true);
    expectFindsOnly(doc, built.selector, target);
  });

  it('escapes ids and attribute values that need it', () => {
    const doc = page('<span id="1st:date">x</span><em title=\'say "no"\'>n</em>');
    const span = el(doc, 'span');
    const built = robustSelector(span);
    expect(built.how).toBe('id');
    expectFindsOnly(doc, built.selector, span);
    const em = el(doc, 'em');
    expectFindsOnly(doc, robustSelector(em).selector, em);
  });

  it('always finds the element again, whatever the page (property)', () => {
    const part = fc.record({
      /** Index of an earlier element to go inside (beyond the list: the body). */
      parent: fc.nat(),
      tag: fc.constantFrom('div', 'span', 'p', 'section', 'b'),
      attr: fc.option(
        fc.record({
          name: fc.constantFrom('id', 'name', 'data-field', 'title', 'class'),
          value: fc.constantFrom('a', 'b', 'icpc', 'x1', 'x22', 'dup', '1st:x'),
        }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 14 }), fc.nat(), (parts, pick) => {
        const doc = page('');
        const made: Element[] = [];
        for (const p of parts) {
          const node = doc.createElement(p.tag);
          if (p.attr) node.setAttribute(p.attr.name, p.attr.value);
          const parent = made[p.parent % (made.length + 1)] ?? doc.body;
          parent.append(node);
          made.push(node);
        }
        const target = made[pick % made.length] as Element;
        expectFindsOnly(doc, robustSelector(target).selector, target);
      }),
      { numRuns: 200 },
    );
  });
});

describe('idSelector and cssString', () => {
  it('write ids and attribute values so CSS reads them back', () => {
    expect(idSelector('icpc-date')).toBe('#icpc-date');
    expect(idSelector('1st:date')).toBe('[id="1st:date"]');
    expect(cssString('say "no" \\ now')).toBe('"say \\"no\\" \\\\ now"');
  });
});

describe('valueElementFor: a click on a label means its value', () => {
  it('a <label for> leads to its control, a wrapping label to the control inside', () => {
    const doc = page(`
      <label for="d">ICPC date</label><input id="d" value="17/12/2026">
      <label>Seen alone <input type="checkbox" checked></label>`);
    expect(valueElementFor(el(doc, 'label[for]'))).toBe(el(doc, '#d'));
    expect(valueElementFor(el(doc, 'label:not([for])'))).toBe(el(doc, 'input[type=checkbox]'));
  });

  it('a <dt> leads to its <dd>, a row heading to its cell, a label span to the span beside it', () => {
    const doc = page(`
      <dl><dt>ICPC date</dt><dd>17/12/2026</dd></dl>
      <table><tr><th>Plan end</th><td>1/1/2027</td></tr></table>
      <div class="row"><span class="l">Case reference</span><span class="v">TC-77</span></div>`);
    expect(valueElementFor(el(doc, 'dt'))).toBe(el(doc, 'dd'));
    expect(valueElementFor(el(doc, 'th'))).toBe(el(doc, 'td'));
    expect(valueElementFor(el(doc, '.l'))).toBe(el(doc, '.v'));
  });

  it('inside a value means the whole value; around one value means that value', () => {
    const doc = page(`
      <dl><dt>ICPC date</dt><dd><strong>17</strong> December 2026</dd></dl>
      <div class="box"><span>Plan end date</span><span class="v">1/1/2027</span></div>`);
    expect(valueElementFor(el(doc, 'strong'))).toBe(el(doc, 'dd'));
    expect(valueElementFor(el(doc, '.box'))).toBe(el(doc, '.v'));
  });
});

describe('placeOf: what a taught field saves', () => {
  it('an id wins, and the label is kept for list fields', () => {
    const doc = page(
      '<dl><dt>Date of first conference</dt><dd id="first-conf">3/11/2026</dd></dl>',
    );
    const place = placeOf(el(doc, 'dd'));
    expect(place).toMatchObject({
      how: 'id',
      source: { selector: '#first-conf' },
      label: 'Date of first conference',
    });
  });

  it('a label no other value shares is used as the place, and it reads the value back', () => {
    const doc = page(`
      <dl><dt>Date of first conference</dt><dd>3 November 2026</dd>
          <dt>Worker</dt><dd>A. Worker</dd></dl>`);
    const place = placeOf(el(doc, 'dt'));
    expect(place.how).toBe('label');
    expect(place.source).toEqual({ label: 'Date of first conference' });
    expect(previewValue(doc, URL_OF_PAGE, 'icpcDate', place.source)).toEqual({
      ok: true,
      value: '2026-11-03',
      shown: '3 November 2026',
    });
  });

  it('a label shown twice is not a place: a stable attribute or path is used instead', () => {
    const doc = page(`
      <section id="meetings">
        <div class="m"><span>Held on</span><span>1/10/2026</span></div>
        <div class="m"><span>Held on</span><span>1/11/2026</span></div>
      </section>`);
    const target = doc.querySelectorAll('.m')[1]?.lastElementChild as Element;
    const place = placeOf(target);
    expect(place.how).toBe('structure');
    expect(place.label).toBe('Held on');
    expect(place.source).toEqual({ selector: place.selector });
    expectFindsOnly(doc, place.selector, target);
    expect(previewValue(doc, URL_OF_PAGE, 'coreGroups.date', place.source)).toMatchObject({
      ok: true,
      value: '2026-11-01',
    });
  });

  it('a table cell is labelled by its column header', () => {
    const doc = page(`
      <table id="visits"><thead><tr><th>When</th><th>On their own?</th></tr></thead>
      <tbody><tr><td>1/11/2026</td><td>Y</td></tr><tr><td>8/11/2026</td><td>N</td></tr></tbody>
      </table>`);
    const cell = doc.querySelectorAll('tbody td')[3] as Element;
    const place = placeOf(cell);
    expect(place.label).toBe('On their own?');
    expectFindsOnly(doc, place.selector, cell);
    expect(previewValue(doc, URL_OF_PAGE, 'visits.seenAlone', place.source)).toMatchObject({
      ok: true,
      value: false,
    });
  });

  it('a value that cannot be read says why, with what the page shows', () => {
    const doc = page('<p><span id="odd">31/02/2026</span></p>');
    const place = placeOf(el(doc, '#odd'));
    const preview = previewValue(doc, URL_OF_PAGE, 'icpcDate', place.source);
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.raw).toBe('31/02/2026');
  });
});

describe('placeOf: a "Label: value" line', () => {
  it('reads the value after the label, not the whole line', () => {
    const doc = page(`
      <section><p>Meeting held on: 17/11/2026</p><p>Minutes circulated: 20/11/2026</p></section>
      <section><p>Meeting held on: 8/12/2026</p></section>`);
    const place = placeOf(doc.querySelector('p') as Element);
    expect(place.label).toBe('Meeting held on');
    expect(place.exact).toEqual({
      selector: place.selector,
      pattern: '^\\s*Meeting held on\\s*:\\s*([\\s\\S]+)$',
    });
    expect(place.source).toEqual(place.exact);
    expect(previewValue(doc, URL_OF_PAGE, 'coreGroups.date', place.exact)).toMatchObject({
      ok: true,
      value: '2026-11-17',
      shown: '17/11/2026',
    });
  });

  it('a label with characters special to regular expressions is matched as written', () => {
    const doc = page('<p>Date (ICPC) [initial]: 3/11/2026</p><p>Other: x</p>');
    const place = placeOf(doc.querySelector('p') as Element);
    expect(previewValue(doc, URL_OF_PAGE, 'icpcDate', place.exact)).toMatchObject({
      ok: true,
      value: '2026-11-03',
    });
  });
});
