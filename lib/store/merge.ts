import type { CaseRecord, PageRead, Provenance, ScalarField } from '../domain';
import { SCALAR_FIELDS } from '../domain';
import { canonicalJson, isPlainObject, sameValue } from './canonical-json';
import {
  type Correction,
  correctionOrder,
  type FieldChange,
  isActiveCorrection,
  type PageProvenance,
  userProvenance,
} from './corrections';
import { meetingOn, sectionOnPages, withMeetingSection } from './meeting-entries';
import {
  type AnyListItem,
  compareKeyParts,
  isListField,
  LIST_FIELDS,
  NESTED_KEYS,
  naturalKey,
  naturalKeyParts,
  type RecordField,
} from './record-fields';

/**
 * Why the merge works from every page's last read rather than from the merged record alone:
 * a value two pages agree on is shown once, with one provenance. If the merge only had the
 * record, re-reading either page without that value would have to either drop it (losing what
 * the other page still says) or keep it (keeping what the page no longer says). Keeping each
 * page's last read makes the record a function of what every page says now, so merging is
 * idempotent, order-independent, and never loses another page's values.
 */

/** One page's value for one field, list item or property. */
export interface Claim {
  value: unknown;
  source: PageProvenance;
}

/**
 * Two pages (or one page, twice) give different values for the same thing. Every value is kept
 * here with where it came from; the record shows the newest read's value, flagged by this.
 */
export interface Conflict {
  caseId: string;
  field: RecordField;
  /** The list item's natural key (see `naturalKey`); `''` for a one-value field. */
  key: string;
  /** Where inside the item, e.g. `['status']` or `['children', 'c1', 'seenAlone']`. */
  at: string[];
  /** Oldest read first; the last is the value shown. */
  values: Claim[];
}

export interface MergeResult {
  record: CaseRecord;
  conflicts: Conflict[];
  /** The last read of each page path, oldest first: what the store keeps to merge the next read. */
  reads: PageRead[];
  /** Corrections that lapsed here because the pages now show something else. */
  superseded: number[];
}

export function pageProvenance(read: PageRead): PageProvenance {
  const source: PageProvenance = {
    kind: 'page',
    pageKind: read.pageKind,
    path: read.path,
    readAt: read.readAt,
  };
  if (read.profileId !== undefined) source.profileId = read.profileId;
  return source;
}

/** Older reads first, so the newest is last and wins; the path breaks ties deterministically. */
export function readOrder(a: PageRead, b: PageRead): number {
  const byTime = Date.parse(a.readAt) - Date.parse(b.readAt);
  if (byTime !== 0) return byTime;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The reads after `read` replaces the previous read of its path. A read older than the one
 * stored (a retried message arriving late) changes nothing.
 */
export function withRead(reads: readonly PageRead[], read: PageRead): PageRead[] {
  const previous = reads.find((r) => r.path === read.path);
  if (previous && Date.parse(previous.readAt) > Date.parse(read.readAt)) return [...reads];
  return [...reads.filter((r) => r.path !== read.path), read];
}

/**
 * Merges one page read into a case. `current` is the last read of every page of the case (as
 * `MergeResult.reads` returned it last time); the lists the read includes replace what the same
 * page path said before.
 */
export function mergePageRead(
  current: readonly PageRead[] | undefined,
  read: PageRead,
  corrections: readonly Correction[],
): MergeResult {
  return mergeCase(read.caseId, withRead(current ?? [], read), corrections);
}

/** The case record as every page's last read and the user's corrections make it. */
export function mergeCase(
  caseId: string,
  reads: readonly PageRead[],
  corrections: readonly Correction[],
): MergeResult {
  const ordered = reads.filter((r) => r.caseId === caseId).sort(readOrder);
  const fromPages = mergePages(caseId, ordered);
  const { record, superseded } = applyCorrections(
    fromPages.record,
    corrections.filter((c) => c.caseId === caseId),
  );
  return { record, conflicts: fromPages.conflicts, reads: ordered, superseded };
}

/** The record from the pages alone, before corrections. `reads` must be oldest first. */
export function mergePages(
  caseId: string,
  reads: readonly PageRead[],
): { record: CaseRecord; conflicts: Conflict[] } {
  const conflicts: Conflict[] = [];
  const record: CaseRecord = {
    caseId,
    children: [],
    reviewConferences: [],
    coreGroups: [],
    visits: [],
    schoolMoves: [],
    plans: [],
  };
  const provenance: Partial<Record<ScalarField, Provenance>> = {};

  for (const field of SCALAR_FIELDS) {
    const claims: Claim[] = [];
    for (const read of reads) {
      const value = read.fields[field];
      if (value !== undefined) claims.push({ value, source: pageProvenance(read) });
    }
    const newest = claims.at(-1);
    if (!newest) continue;
    const merged = mergeClaims(claims, field, []);
    (record as Record<string, unknown>)[field] = merged.value;
    provenance[field] = newest.source;
    for (const c of merged.conflicts) conflicts.push({ caseId, field, key: '', ...c });
  }

  for (const field of LIST_FIELDS) {
    const groups = new Map<string, { parts: string[]; claims: Claim[] }>();
    for (const read of reads) {
      const items = read.fields[field] as AnyListItem[] | undefined;
      if (!items) continue;
      const source = pageProvenance(read);
      for (const item of items) {
        const key = naturalKey(field, item);
        const group = groups.get(key) ?? { parts: naturalKeyParts(field, item), claims: [] };
        group.claims.push({ value: item, source });
        groups.set(key, group);
      }
    }
    const merged = [...groups.entries()]
      .sort(([, a], [, b]) => compareKeyParts(a.parts, b.parts))
      .map(([key, group]) => {
        const item = mergeClaims(group.claims, field, []);
        for (const c of item.conflicts) conflicts.push({ caseId, field, key, ...c });
        return { ...(item.value as object), source: group.claims.at(-1)?.source };
      });
    (record as Record<string, unknown>)[field] = merged;
  }

  if (Object.keys(provenance).length > 0) record.provenance = provenance;
  return { record, conflicts };
}

interface Merged {
  value: unknown;
  conflicts: Array<{ at: string[]; values: Claim[] }>;
}

/**
 * Merges what several pages say about one thing, property by property: a visits list that
 * shows only who was seen and a visit page that also shows who was seen alone add up rather
 * than conflict. Only two different values for the same property are a conflict.
 * `claims` are oldest first; `shape` names the place in the record (e.g. `visits.children`).
 */
export function mergeClaims(claims: readonly Claim[], shape: string, at: string[]): Merged {
  const values = claims.map((c) => c.value);
  const keyOf = NESTED_KEYS[shape];

  if (keyOf && values.every(Array.isArray)) {
    const groups = new Map<string, Claim[]>();
    for (const claim of claims) {
      for (const item of claim.value as unknown[]) {
        const key = keyOf(item);
        groups.set(key, [...(groups.get(key) ?? []), { value: item, source: claim.source }]);
      }
    }
    const conflicts: Merged['conflicts'] = [];
    const value = [...groups.keys()].sort().map((key) => {
      const merged = mergeClaims(groups.get(key) ?? [], `${shape}[]`, [...at, key]);
      conflicts.push(...merged.conflicts);
      return merged.value;
    });
    return { value, conflicts };
  }

  if (values.length > 0 && values.every(isPlainObject)) {
    const properties = new Set<string>();
    for (const value of values as Record<string, unknown>[]) {
      for (const [property, inner] of Object.entries(value)) {
        if (inner !== undefined) properties.add(property);
      }
    }
    const value: Record<string, unknown> = {};
    const conflicts: Merged['conflicts'] = [];
    for (const property of [...properties].sort()) {
      const sub = claims.flatMap((c) => {
        const inner = (c.value as Record<string, unknown>)[property];
        return inner === undefined ? [] : [{ value: inner, source: c.source }];
      });
      const merged = mergeClaims(sub, `${shape}.${property}`, [...at, property]);
      value[property] = merged.value;
      conflicts.push(...merged.conflicts);
    }
    return { value, conflicts };
  }

  return mergeAtomic(claims, at);
}

function mergeAtomic(claims: readonly Claim[], at: string[]): Merged {
  const shown = claims.at(-1);
  const distinctValues = new Set(claims.map((c) => canonicalJson(c.value)));
  if (!shown || distinctValues.size <= 1) return { value: shown?.value, conflicts: [] };
  const seen = new Set<string>();
  const values = claims.filter((c) => {
    const id = `${c.source.path}\u0000${canonicalJson(c.value)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { value: shown.value, conflicts: [{ at, values }] };
}

/** The value a record holds for one field or list item (without provenance), or null. */
export function slotOf(
  record: CaseRecord,
  field: RecordField,
  key: string,
): { value: unknown; source?: Provenance } {
  if (isListField(field)) {
    const items = record[field] as Array<AnyListItem & { source?: Provenance }>;
    const item = items.find((i) => naturalKey(field, i) === key);
    if (!item) return { value: null };
    const { source, ...value } = item;
    return source ? { value, source } : { value };
  }
  const value = record[field];
  const source = record.provenance?.[field];
  if (value === undefined) return { value: null };
  return source ? { value, source } : { value };
}

/**
 * A correction wins while the pages still show what they showed when it was made; once they
 * show something else the case system has changed, and the correction lapses (reported in
 * `superseded`) rather than hide the change.
 */
export function applyCorrections(
  fromPages: CaseRecord,
  corrections: readonly Correction[],
): { record: CaseRecord; superseded: number[] } {
  const superseded: number[] = [];
  let record = fromPages;
  for (const correction of corrections.filter(isActiveCorrection).sort(correctionOrder)) {
    const { change } = correction;
    if (change.field === 'meetingSection') {
      // The section lapses like any correction when the pages come to show another value, and
      // also when its meeting is no longer in the record (its date changed, or was undone).
      const pageNow = sectionOnPages(fromPages, change.key, change.section);
      if (!sameValue(pageNow, correction.pageValue ?? null) || !meetingOn(record, change.key)) {
        superseded.push(correction.id);
      } else {
        record = withMeetingSection(record, change);
      }
      continue;
    }
    const pageNow = slotOf(fromPages, change.field, change.key).value;
    if (!sameValue(pageNow, correction.pageValue ?? null)) {
      superseded.push(correction.id);
      continue;
    }
    record = withSlot(record, change, userProvenance(correction));
  }
  return { record, superseded };
}

function withSlot(record: CaseRecord, change: FieldChange, source: Provenance): CaseRecord {
  const field = change.field;
  if (isListField(field)) {
    const kept = (record[field] as AnyListItem[]).filter(
      (i) => naturalKey(field, i) !== change.key,
    );
    const items =
      change.value === null ? kept : [...kept, { ...(change.value as AnyListItem), source }];
    items.sort((a, b) => compareKeyParts(naturalKeyParts(field, a), naturalKeyParts(field, b)));
    return { ...record, [field]: items };
  }
  const next: CaseRecord = { ...record };
  const provenance = { ...record.provenance };
  if (change.value === null) {
    delete next[field];
    delete provenance[field];
  } else {
    (next as Record<string, unknown>)[field] = change.value;
    provenance[field] = source;
  }
  if (Object.keys(provenance).length > 0) next.provenance = provenance;
  else delete next.provenance;
  return next;
}
