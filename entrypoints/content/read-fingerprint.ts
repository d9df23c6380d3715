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

/** Runs work once the page is idle (or soon, where idle callbacks are missing). */
export type Later = (work: () => void) => void;

const whenIdle: Later = (work) => {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(() => work(), { timeout: 2000 });
  else setTimeout(work, 0);
};

/**
 * The last read sent for each page path: a page read the same as last time is not sent again
 * (the store would also find it unchanged, but the message and the write are saved).
 *
 * A fingerprint is only worked out when there is something to compare: the first read of a page
 * is sent without one, and the read sent is fingerprinted once the page is idle, then let go.
 * On the host page's thread, before the sidebar is mounted, hashing a 2,000-row read took 6-14 ms
 * (issue 8).
 */
export class SentReads {
  /** The read last sent for each path, or its fingerprint once worked out. */
  private readonly last = new Map<string, PageShownWire | string>();
  /** Each read's fingerprint is worked out once. */
  private readonly prints = new WeakMap<PageShownWire, string>();

  constructor(
    private readonly later: Later = whenIdle,
    private readonly fingerprint: (read: PageShownWire) => string = readFingerprint,
  ) {}

  private printOf(read: PageShownWire | string): string {
    if (typeof read === 'string') return read;
    let print = this.prints.get(read);
    if (print === undefined) {
      print = this.fingerprint(read);
      this.prints.set(read, print);
    }
    return print;
  }

  /** True when this read differs from the last one sent for its page. */
  isNew(read: PageShownWire): boolean {
    const before = this.last.get(read.path);
    return before === undefined || this.printOf(before) !== this.printOf(read);
  }

  remember(read: PageShownWire) {
    this.last.set(read.path, read);
    this.later(() => {
      if (this.last.get(read.path) === read) this.last.set(read.path, this.printOf(read));
    });
  }

  forget(read: PageShownWire) {
    this.last.delete(read.path);
  }

  /** The profiles changed: the same page may now read differently, so nothing is assumed. */
  clear() {
    this.last.clear();
  }
}
