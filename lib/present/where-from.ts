import type { PageKind, Provenance } from '../domain';
import { todayInLondon } from '../rules/calendar';
import { formatUkDate } from './format-date';

/** The case system's pages in a worker's words. */
export const PAGE_KIND_LABELS: Record<PageKind, string> = {
  'case-summary': 'case summary',
  conference: 'conferences page',
  'core-group': 'core groups page',
  visit: 'visits page',
  plan: 'plan page',
  other: 'case page',
};

/**
 * The address of a page of the case system, or undefined when `origin` is not a web origin or
 * `path` would lead anywhere else (a stored path such as `//elsewhere.example/` must never
 * become a link off the case system).
 */
export function pageLink(origin: string | undefined, path: string): string | undefined {
  if (!origin || !path.startsWith('/') || path.startsWith('//')) return undefined;
  let base: URL;
  try {
    base = new URL(origin);
  } catch {
    return undefined;
  }
  if ((base.protocol !== 'http:' && base.protocol !== 'https:') || base.origin !== origin) {
    return undefined;
  }
  const url = new URL(path, base);
  return url.origin === base.origin ? url.href : undefined;
}

/** The UK date of a stored timestamp, or undefined when it is not one. */
export function ukDateOf(timestamp: string): string | undefined {
  const at = new Date(timestamp);
  return Number.isNaN(at.getTime()) ? undefined : formatUkDate(todayInLondon(at));
}

export type WhereFrom =
  | { kind: 'page'; text: string; href?: string }
  | { kind: 'user'; text: string }
  | { kind: 'unknown'; text: string };

/** Where a value came from, in words, with a link to the page when there is one. */
export function whereFrom(provenance: Provenance | undefined, origin?: string): WhereFrom {
  if (!provenance) return { kind: 'unknown', text: 'Where this came from is not recorded' };
  if (provenance.kind === 'user') {
    const on = ukDateOf(provenance.enteredAt);
    const note = provenance.note ? ` (${provenance.note})` : '';
    return { kind: 'user', text: `Entered by you${on ? ` on ${on}` : ''}${note}` };
  }
  const on = ukDateOf(provenance.readAt);
  const text = `Read from the ${PAGE_KIND_LABELS[provenance.pageKind]}${on ? ` on ${on}` : ''}`;
  const href = pageLink(origin, provenance.path);
  return href ? { kind: 'page', text, href } : { kind: 'page', text };
}
