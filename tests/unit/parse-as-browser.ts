/**
 * An HTML page parsed as a browser would show it. happy-dom 21 marks the wrong option of a parsed
 * `<select>` as selected when the `selected` option is not the first or second (its
 * updateSelectedness picks index `selected.length - 1`); browsers follow the attribute, and so
 * does this, so a test reads what a worker would see.
 */
export function parseAsBrowser(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const option of Array.from(doc.querySelectorAll<HTMLOptionElement>('option[selected]'))) {
    option.selected = true;
  }
  return doc;
}
