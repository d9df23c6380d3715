import type { PageRead } from '../domain';
import { canonicalJson, hash53 } from './canonical-json';

/** What a read found, without when it was read: two reads of an unchanged page give the same. */
export function pageContent(read: Pick<PageRead, 'pageKind' | 'profileId' | 'fields' | 'unread'>) {
  return canonicalJson({
    pageKind: read.pageKind,
    profileId: read.profileId,
    fields: read.fields,
    unread: read.unread,
  });
}

export function contentHash(read: Pick<PageRead, 'pageKind' | 'profileId' | 'fields' | 'unread'>) {
  return hash53(pageContent(read));
}

/** Timestamps as UTC `...Z`, so stored times sort as strings (IndexedDB compares strings). */
export function utc(timestamp: string): string {
  return new Date(timestamp).toISOString();
}

export function later(a: string, b: string | undefined): string {
  return b === undefined || Date.parse(a) >= Date.parse(b) ? a : b;
}

/** A site's origin exactly (`https://host:port`, no path): the address a case id belongs to. */
export function isSiteOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return url.origin !== 'null' && url.origin === origin;
  } catch {
    return false;
  }
}
