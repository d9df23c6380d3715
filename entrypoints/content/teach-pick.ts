import type { PageKind } from '../../lib/domain/provenance';
import { previewValue } from '../../lib/extract/read-with-profile';
import { isListField, placeOf, type TeachableField } from '../../lib/extract/teach-selector';
import type { TeachPick, TeachPreview } from '../../lib/messages/messages';

/**
 * What the worker's click means, for the sidebar to show and save: where the value is (see
 * teach-selector.ts), and what it reads as there. A list field is previewed at the very value
 * clicked; it is saved by its label, which reads every item of the list.
 */
export function teachPick(
  clicked: Element,
  field: TeachableField,
  url: URL,
  pageKind: PageKind,
): TeachPick {
  const place = placeOf(clicked);
  const at = isListField(field) ? place.exact : place.source;
  const preview = previewValue(clicked.ownerDocument, url, field, at);
  const pick: TeachPick = {
    field,
    source: place.source,
    how: place.how,
    pageKind,
    preview: asPreview(preview),
  };
  const label = place.label?.trim().slice(0, 300);
  if (label) pick.label = label;
  return pick;
}

function asPreview(preview: ReturnType<typeof previewValue>): TeachPreview {
  if (!preview.ok) {
    const out: TeachPreview = { ok: false, reason: preview.reason.slice(0, 300) };
    if (preview.raw) out.raw = preview.raw.slice(0, 300);
    return out;
  }
  const { value } = preview;
  return {
    ok: true,
    shown: preview.shown.slice(0, 2000),
    value: Array.isArray(value)
      ? value.slice(0, 200).map((v) => String(v).slice(0, 300))
      : typeof value === 'boolean'
        ? value
        : String(value).slice(0, 2000),
  };
}
