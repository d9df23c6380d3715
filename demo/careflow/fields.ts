import { flag, type Html, html } from '../html';

/** CareFlow's form-like fields: each a label tied to a read-only control, as case forms look. */
export function readonlyInput(id: string, label: string, value: string): Html {
  return html`<div class="cf-field"><label for="${id}">${label}</label><input type="text" id="${id}" value="${value}" readonly></div>`;
}

export function readonlyTextarea(id: string, label: string, value: string): Html {
  // A leading newline inside <textarea> is dropped by parsers, so the value starts the content.
  return html`<div class="cf-field"><label for="${id}">${label}</label><textarea id="${id}" rows="3" readonly>${value}</textarea></div>`;
}

/** `options` as [value, text]; none is marked selected when `selected` is undefined. */
export function readonlySelect(
  id: string,
  label: string,
  options: readonly (readonly [string, string])[],
  selected: string | undefined,
): Html {
  return html`<div class="cf-field"><label for="${id}">${label}</label><select id="${id}" disabled>${options.map(
    ([value, text]) =>
      html`<option value="${value}"${flag('selected', value === selected)}>${text}</option>`,
  )}</select></div>`;
}

export function checkbox(id: string, label: string, checked: boolean): Html {
  return html`<div class="cf-check"><input type="checkbox" id="${id}"${flag('checked', checked)} disabled><label for="${id}">${label}</label></div>`;
}

/** Label/value pairs; a pair whose value is undefined is left out, not shown blank. */
export function pairs(items: readonly (readonly [string, string | undefined])[]): Html {
  return html`<dl class="cf-pairs">${items.map(([label, value]) =>
    value === undefined ? '' : html`<dt>${label}</dt><dd>${value}</dd>`,
  )}</dl>`;
}

/** A "Label: value" line of plain text. */
export function line(label: string, value: string): Html {
  return html`<p class="cf-line">${label}: ${value}</p>`;
}

export function panel(id: string, heading: string, content: Html | Html[]): Html {
  return html`<section class="cf-panel" id="${id}"><h2>${heading}</h2>${content}</section>`;
}

export function empty(text: string): Html {
  return html`<p class="cf-empty">${text}</p>`;
}
