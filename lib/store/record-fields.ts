import type { CaseRecord, ScalarField } from '../domain';
import { SCALAR_FIELDS } from '../domain';

/** The lists of a case record, each merged item by item across pages. */
export const LIST_FIELDS = [
  'children',
  'reviewConferences',
  'coreGroups',
  'visits',
  'schoolMoves',
  'plans',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];
export type RecordField = ScalarField | ListField;
export const RECORD_FIELDS: readonly RecordField[] = [...SCALAR_FIELDS, ...LIST_FIELDS];

/** One item of a list as a page shows it: the store adds `source` itself. */
export type ListItem<F extends ListField> = Omit<CaseRecord[F][number], 'source'>;
export type AnyListItem = ListItem<ListField>;

export function isListField(field: string): field is ListField {
  return (LIST_FIELDS as readonly string[]).includes(field);
}

export function isScalarField(field: string): field is ScalarField {
  return (SCALAR_FIELDS as readonly string[]).includes(field);
}

/**
 * What makes two items "the same" across pages. Meetings and visits are known by their date
 * (the case system lists at most one of each a day), a school move by child and date, children
 * by their case-system id and plans by the child they are for.
 */
export function naturalKeyParts(field: ListField, item: AnyListItem): string[] {
  const loose = item as Partial<Record<'id' | 'childId' | 'date', string>>;
  switch (field) {
    case 'children':
      return [loose.id ?? ''];
    case 'reviewConferences':
    case 'coreGroups':
    case 'visits':
      return [loose.date ?? ''];
    case 'schoolMoves':
      return [loose.childId ?? '', loose.date ?? ''];
    case 'plans':
      return [loose.childId ?? ''];
  }
}

/**
 * The key as one string (school moves: `childId|date`; the date is always the last, fixed-width
 * part, so the string is unambiguous even if a child id contains `|`).
 */
export function naturalKey(field: ListField, item: AnyListItem): string {
  return naturalKeyParts(field, item).join('|');
}

/** Splits a key string back into its parts (the inverse of `naturalKey`). */
export function keyParts(field: ListField, key: string): string[] {
  if (field !== 'schoolMoves') return [key];
  const cut = key.lastIndexOf('|');
  return cut < 0 ? [key] : [key.slice(0, cut), key.slice(cut + 1)];
}

/**
 * Orders keys as IndexedDB orders the compound keys of the tables (part by part, by UTF-16
 * code unit), so a merged record and one read back from the database list items alike.
 */
export function compareKeyParts(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Lists inside an item that are themselves merged item by item, and what keys their items. */
export const NESTED_KEYS: Readonly<Record<string, (item: unknown) => string>> = {
  // A visit page and a visits list may each name some of the children seen that day.
  'visits.children': (item) => String((item as { childId?: unknown }).childId ?? ''),
};
