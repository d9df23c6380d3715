import type { PageShownWire } from '../../lib/extract/page-shown-wire';
import { ukDate } from '../../lib/extract/read-context';

/**
 * A short fingerprint of what a read says, leaving out when it was taken but not the UK date it
 * was taken on (the background's build infers a meeting's status from it): two reads of an
 * unchanged page on one day have the same one, so the page is not sent to the background again.
 * It hashes the compact form that is sent (page-shown-wire.ts), a tenth of the size on a long
 * list, on the host page's main thread.
 * (cyrb53: fast, well spread, 53 bits; not for security, nothing depends on it being secret.)
 */
export function readFingerprint(read: PageShownWire): string {
  const { readAt, ...content } = read;
  const text = JSON.stringify([ukDate(new Date(readAt)), content]);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The last fingerprint sent for each page path: a page read the same as last time is not sent
 * again (the store would also find it unchanged, but the message and the write are saved).
 */
export class SentReads {
  private readonly last = new Map<string, string>();
  /** Each read's fingerprint is worked out once: asking isNew then remember is the usual pair. */
  private readonly prints = new WeakMap<PageShownWire, string>();

  private printOf(read: PageShownWire): string {
    let print = this.prints.get(read);
    if (print === undefined) {
      print = readFingerprint(read);
      this.prints.set(read, print);
    }
    return print;
  }

  /** True when this read differs from the last one sent for its page. */
  isNew(read: PageShownWire): boolean {
    return this.last.get(read.path) !== this.printOf(read);
  }

  remember(read: PageShownWire) {
    this.last.set(read.path, this.printOf(read));
  }

  forget(read: PageShownWire) {
    this.last.delete(read.path);
  }

  /** The profiles changed: the same page may now read differently, so nothing is assumed. */
  clear() {
    this.last.clear();
  }
}
