import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFingerprint, SentReads } from '../../entrypoints/content/read-fingerprint';
import {
  createReadScheduler,
  MOST_WAIT_MS,
  QUIET_MS,
  type ReadScheduler,
  SETTLE_MS,
} from '../../entrypoints/content/read-scheduler';
import type { PageShown } from '../../lib/extract/page-shown';
import { toWire } from '../../lib/extract/page-shown-wire';

/** A stand-in page: what a read would say now, and whether it looks complete. */
let page: { text: string; complete: boolean };
let reads: number;
let delivered: string[];
let scheduler: ReadScheduler;

beforeEach(() => {
  vi.useFakeTimers();
  page = { text: 'summary', complete: true };
  reads = 0;
  delivered = [];
  scheduler = createReadScheduler({
    read: () => {
      reads++;
      return { ...page };
    },
    isComplete: (r) => r.complete,
    deliver: (r) => delivered.push(r.text),
    timers: {
      set: (run, ms) => setTimeout(run, ms),
      clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
      now: () => Date.now(),
    },
  });
});
afterEach(() => {
  scheduler.stop();
  vi.useRealTimers();
});

describe('reading again after DOM changes', () => {
  it('waits for the page to be quiet, then reads once for a burst of changes', () => {
    for (let i = 0; i < 50; i++) {
      scheduler.domChanged();
      vi.advanceTimersByTime(10);
    }
    expect(reads).toBe(0);
    vi.advanceTimersByTime(QUIET_MS);
    expect(reads).toBe(1);
    expect(delivered).toEqual(['summary']);
  });

  it('still reads at least every MOST_WAIT_MS while the page never stops changing', () => {
    const until = Date.now() + 10 * MOST_WAIT_MS;
    while (Date.now() < until) {
      scheduler.domChanged();
      vi.advanceTimersByTime(QUIET_MS / 2);
    }
    expect(reads).toBeGreaterThanOrEqual(9);
    expect(reads).toBeLessThanOrEqual(11);
  });

  it('reads nothing after it is stopped (the content script context ended)', () => {
    scheduler.domChanged();
    scheduler.stop();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    scheduler.domChanged();
    scheduler.navigated();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(reads).toBe(0);
  });

  it('never reads more often than the changes and the limits allow (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 * MOST_WAIT_MS }), { maxLength: 60 }),
        (gaps) => {
          reads = 0;
          scheduler.stop();
          scheduler = createReadScheduler({
            read: () => {
              reads++;
              return { ...page };
            },
            isComplete: () => true,
            deliver: () => undefined,
            timers: {
              set: (run, ms) => setTimeout(run, ms),
              clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
              now: () => Date.now(),
            },
          });
          const start = Date.now();
          for (const gap of gaps) {
            scheduler.domChanged();
            vi.advanceTimersByTime(gap);
          }
          vi.advanceTimersByTime(MOST_WAIT_MS);
          const span = Date.now() - start;
          // At most one read per change, and at most one per QUIET_MS of time.
          expect(reads).toBeLessThanOrEqual(gaps.length);
          expect(reads).toBeLessThanOrEqual(Math.floor(span / QUIET_MS) + 1);
          // Every change is followed by a read: none is lost.
          if (gaps.length > 0) expect(reads).toBeGreaterThan(0);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('reading after a navigation', () => {
  it('does not read the previous page’s DOM under the new address', () => {
    scheduler.navigated();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(reads).toBe(0);
  });

  it('reads once the new page has been drawn and reads completely', () => {
    scheduler.navigated();
    vi.advanceTimersByTime(500);
    page = { text: 'core-groups', complete: true };
    scheduler.domChanged();
    vi.advanceTimersByTime(QUIET_MS);
    expect(delivered).toEqual(['core-groups']);
    // The settling is over: the deadline does not read again.
    vi.advanceTimersByTime(SETTLE_MS);
    expect(delivered).toEqual(['core-groups']);
  });

  it('waits while the fields are still missing, then takes the complete read', () => {
    scheduler.navigated();
    page = { text: 'half', complete: false };
    scheduler.domChanged();
    vi.advanceTimersByTime(QUIET_MS);
    expect(reads).toBe(1);
    expect(delivered).toEqual([]);
    page = { text: 'whole', complete: true };
    scheduler.domChanged();
    vi.advanceTimersByTime(QUIET_MS);
    expect(delivered).toEqual(['whole']);
  });

  it('after SETTLE_MS sends what the page shows, even if incomplete (then it says what is missing)', () => {
    scheduler.navigated();
    page = { text: 'half', complete: false };
    scheduler.domChanged();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(delivered).toEqual(['half']);
  });

  it('a second navigation restarts the wait', () => {
    scheduler.navigated();
    vi.advanceTimersByTime(SETTLE_MS - 100);
    scheduler.navigated();
    vi.advanceTimersByTime(SETTLE_MS - 100);
    expect(reads).toBe(0);
    vi.advanceTimersByTime(100);
    expect(reads).toBe(1);
  });

  it('a profile change while settling waits for the settled read', () => {
    scheduler.navigated();
    scheduler.readSoon();
    vi.advanceTimersByTime(QUIET_MS);
    expect(reads).toBe(0);
    scheduler.stop();
    scheduler.readSoon();
    vi.advanceTimersByTime(QUIET_MS);
    expect(reads).toBe(0);
  });

  it('outside a navigation, a profile change reads at once', () => {
    scheduler.readSoon();
    vi.advanceTimersByTime(0);
    expect(delivered).toEqual(['summary']);
  });
});

describe('not sending the same read twice', () => {
  const shownText = (text: string) => ({ shown: { text, lines: [text] } });
  // What is fingerprinted and sent is the wire form (page-shown-wire.ts).
  const print = (shown: PageShown) => readFingerprint(toWire(shown));
  const findings = (icpc: string): PageShown['findings'] => ({
    pageKind: 'case-summary',
    caseValues: { caseId: shownText('TC-1'), icpcDate: shownText(icpc) },
    lists: {},
    unread: [],
  });
  const read: PageShown = {
    findings: findings('3 November 2026'),
    path: '/records/TC-1/overview',
    readAt: '2026-11-25T10:00:00.000Z',
  };

  it('the time of the read does not change the fingerprint; what it says, and the UK day, do', () => {
    const later = { ...read, readAt: '2026-11-25T10:05:00.000Z' };
    expect(print(later)).toBe(print(read));
    expect(print({ ...read, findings: findings('4 November 2026') })).not.toBe(print(read));
    // Labels and options travel in tables, once each: a change there is still a change.
    const labelled = {
      caseId: { ...shownText('TC-1'), label: 'Ref' },
      icpcDate: shownText('3 November 2026'),
    };
    const withLabel = { ...read, findings: { ...read.findings, caseValues: labelled } };
    expect(print(withLabel)).not.toBe(print(read));
    const withOptions = {
      ...withLabel,
      findings: {
        ...withLabel.findings,
        caseValues: { ...labelled, caseId: { ...labelled.caseId, options: { blank: ['None'] } } },
      },
    };
    expect(print(withOptions)).not.toBe(print(withLabel));
    const unread = { ...read.findings, unread: [{ field: 'x', reason: 'y' }] };
    expect(print({ ...read, findings: unread })).not.toBe(print(read));
    // The build infers a meeting's status from the UK date of the read: a new day, a new read.
    expect(print({ ...read, readAt: '2026-11-26T00:00:00.000Z' })).not.toBe(print(read));
    // 23:30 UTC on 1 July is 00:30 on 2 July in London (BST).
    expect(print({ ...read, readAt: '2026-07-01T23:30:00.000Z' })).not.toBe(
      print({ ...read, readAt: '2026-07-01T22:30:00.000Z' }),
    );
  });

  it('remembers per page path, forgets a failed send, and clears when profiles change', () => {
    const sent = new SentReads();
    expect(sent.isNew(toWire(read))).toBe(true);
    sent.remember(toWire(read));
    expect(sent.isNew(toWire({ ...read, readAt: '2026-11-25T11:00:00.000Z' }))).toBe(false);
    const other = { ...read, path: '/records/TC-1/meetings' };
    expect(sent.isNew(toWire(other))).toBe(true);
    sent.forget(toWire(read));
    expect(sent.isNew(toWire(read))).toBe(true);
    sent.remember(toWire(read));
    sent.clear();
    expect(sent.isNew(toWire(read))).toBe(true);
  });

  it('fingerprints nothing for the first read of a page, and the read sent once the page is idle', () => {
    const idle: (() => void)[] = [];
    let prints = 0;
    const sent = new SentReads(
      (work) => idle.push(work),
      (wire) => {
        prints++;
        return readFingerprint(wire);
      },
    );
    expect(sent.isNew(toWire(read))).toBe(true);
    sent.remember(toWire(read));
    expect(prints).toBe(0);
    for (const work of idle.splice(0)) work();
    expect(prints).toBe(1);
    // The same page read again: only the new read is fingerprinted.
    expect(sent.isNew(toWire({ ...read, readAt: '2026-11-25T11:00:00.000Z' }))).toBe(false);
    expect(prints).toBe(2);
    // Asked again before the page was idle, the read kept is fingerprinted then.
    const changed = { ...read, findings: findings('4 November 2026') };
    sent.remember(toWire(changed));
    expect(sent.isNew(toWire(changed))).toBe(false);
    expect(sent.isNew(toWire(read))).toBe(true);
    // Idle work for a read since replaced leaves the newer one in place, whichever runs first.
    sent.remember(toWire(read));
    for (const work of idle.splice(0).reverse()) work();
    expect(sent.isNew(toWire(read))).toBe(false);
    expect(sent.isNew(toWire(changed))).toBe(true);
  });

  it('different reads get different fingerprints (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        const withId = (id: string): PageShown => ({
          ...read,
          findings: { ...read.findings, caseValues: { caseId: shownText(id) } },
        });
        expect(print(withId(a))).not.toBe(print(withId(b)));
      }),
    );
  });
});
