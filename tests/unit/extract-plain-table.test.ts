// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTables } from '../../lib/extract';
import { GENERIC_SELECTORS } from '../../lib/extract/selectors';

/**
 * A grid whose cells hold only text is read a `textContent` per cell (scan-page.ts readTable),
 * chosen by one native query (GENERIC_SELECTORS.notPlainCell). These pin that the query picks
 * out the right tables, and that the quick read gives what the full read gives.
 */
function body(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('case');
  doc.body.innerHTML = html;
  return doc.body;
}

const notPlain = (html: string) =>
  body(html).querySelector('table')?.querySelector(GENERIC_SELECTORS.notPlainCell) ?? null;

describe('which tables are read as plain text cells', () => {
  it('a grid of text cells is plain; an element or a telling attribute in a cell is not', () => {
    expect(notPlain('<table><tr><th>Date</th></tr><tr><td> 1/2/2026 </td></tr></table>')).toBe(
      null,
    );
    expect(
      notPlain('<table><tr><th>Date</th></tr><tr><td><b>1/2/2026</b></td></tr></table>'),
    ).not.toBe(null);
    expect(notPlain('<table><tr><th>Date</th></tr><tr><td>1/2<br>2026</td></tr></table>')).not.toBe(
      null,
    );
    for (const attribute of ['hidden', 'style="x"', 'role="checkbox"', 'colspan="1"']) {
      expect(
        notPlain(`<table><tr><th>Date</th></tr><tr><td ${attribute}>1/2/2026</td></tr></table>`),
      ).not.toBe(null);
    }
  });

  it('a table inside a cell makes the outer table not plain; the inner one is read for itself', () => {
    const page = body(
      '<table id="outer"><tr><th>A</th></tr><tr><td><table id="inner"><tr><th>B</th></tr><tr><td>x</td></tr></table></td></tr></table>',
    );
    const outer = page.querySelector('#outer') as Element;
    const inner = page.querySelector('#inner') as Element;
    expect(outer.querySelector(GENERIC_SELECTORS.notPlainCell)).not.toBe(null);
    expect(inner.querySelector(GENERIC_SELECTORS.notPlainCell)).toBe(null);
  });
});

const WORDS = ['Visit', '1/2/2026', 'Mia', 'Leo', 'Yes', 'No', 'P-300142', 'Not recorded'];
const SPACES = [' ', '  ', '\n', '\t', '\u00a0', ''];
const cellText = fc
  .array(fc.tuple(fc.constantFrom(...SPACES), fc.constantFrom(...WORDS)), { maxLength: 3 })
  .chain((parts) =>
    fc.constantFrom(...SPACES).map((end) => parts.map(([s, w]) => s + w).join('') + end),
  );
const asHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\u00a0/g, '&nbsp;');

/** A table of text cells, its header row in `<thead>` or as a first row of `<th>`s. */
const grid: fc.Arbitrary<Grid> = fc.record({
  headers: fc.array(fc.constantFrom('Date', 'Child', 'Seen', 'Seen alone', 'Notes'), {
    minLength: 2,
    maxLength: 5,
  }),
  rows: fc.array(fc.array(cellText, { minLength: 0, maxLength: 6 }), { maxLength: 6 }),
  thead: fc.boolean(),
  comment: fc.boolean(),
});

interface Grid {
  headers: string[];
  rows: string[][];
  thead: boolean;
  comment: boolean;
}

function gridHtml(g: Grid, firstCellAttribute: string): string {
  const head = `<tr>${g.headers.map((h) => `<th>${h}</th>`).join('')}</tr>`;
  const rows = g.rows
    .map((cells, r) => {
      const tds = cells.map((text, c) => {
        const attribute = r === 0 && c === 0 ? firstCellAttribute : '';
        const inner = g.comment && c === 0 ? `<!-- note -->${asHtml(text)}` : asHtml(text);
        return `<td${attribute}>${inner}</td>`;
      });
      return `<tr>${tds.join('')}</tr>`;
    })
    .join('');
  return g.thead
    ? `<table><thead>${head}</thead><tbody>${rows}</tbody></table>`
    : `<table>${head}${rows}</table>`;
}

const shown = (html: string) =>
  readTables(body(html)).map((t) => ({
    headers: t.headers,
    rows: t.rows.map((r) =>
      r.cells.map((c) => ({ text: c.text, lines: c.lines, checked: c.checked })),
    ),
  }));

describe('the plain read of a grid', () => {
  it('gives what the full read gives (a one-column span sends the same table down the full read)', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const html = gridHtml(g, '');
        const hasFirstCell = (g.rows[0]?.length ?? 0) > 0;
        fc.pre(hasFirstCell);
        expect(notPlain(html)).toBe(null);
        const full = gridHtml(g, ' colspan="1"');
        expect(notPlain(full)).not.toBe(null);
        expect(shown(html)).toEqual(shown(full));
      }),
      { numRuns: 300 },
    );
  });
});
