import { type Html, type HtmlValue, html } from '../html';

/** A grid with a header row; an empty grid shows one "No records" row, as GridCase does. */
export function grid(
  id: string,
  caption: string,
  headers: readonly string[],
  rows: readonly (readonly HtmlValue[])[],
): Html {
  const body = rows.length
    ? rows.map((cells) => html`<tr>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)
    : html`<tr><td colspan="${headers.length}" class="gc-none">No records</td></tr>`;
  return html`<table class="gc-grid" id="${id}"><caption>${caption}</caption>
<thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${body}</tbody></table>`;
}

/** A two-column grid of row headers and values; `undefined` shows an empty cell. */
export function keyValueGrid(
  id: string,
  caption: string,
  rows: readonly (readonly [string, HtmlValue])[],
  headers?: readonly [string, string],
): Html {
  return html`<table class="gc-grid gc-keyvalue" id="${id}"><caption>${caption}</caption>
${headers && html`<thead><tr><th scope="col">${headers[0]}</th><th scope="col">${headers[1]}</th></tr></thead>`}
<tbody>${rows.map(([key, value]) => html`<tr><th scope="row">${key}</th><td>${value}</td></tr>`)}</tbody></table>`;
}

/** People in one cell: a list, "None" for an empty list, empty when not recorded. */
export function peopleCell(people: readonly string[] | undefined): HtmlValue {
  if (people === undefined) return '';
  if (people.length === 0) return 'None';
  return html`<ul class="gc-people">${people.map((p) => html`<li>${p}</li>`)}</ul>`;
}

/** A record field's lines in one cell: one line as text, several as a list, none as empty. */
export function linesCell(lines: readonly string[]): HtmlValue {
  if (lines.length === 0) return '';
  if (lines.length === 1) return lines[0];
  return html`<ul class="gc-lines">${lines.map((l) => html`<li>${l}</li>`)}</ul>`;
}
