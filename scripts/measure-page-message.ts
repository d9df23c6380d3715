import { Window } from 'happy-dom';
import { generatePages } from '../bench/generate-pages';
import { readCasePage } from '../entrypoints/content/read-case-page';
import { readFingerprint } from '../entrypoints/content/read-fingerprint';
import { fromWire, type PageShownWire, toWire } from '../lib/extract/page-shown-wire';
import { BUILT_IN_PROFILES } from '../lib/extract/profiles';
import { PageShownWireSchema } from '../lib/messages/page-shown-schema';

/**
 * What the content script sends for each of the bench's generated pages (bench/generate-pages.ts):
 * the message's JSON length, the fingerprint's time and the background's check, for PageShown
 * as it was sent whole and for its wire form (lib/extract/page-shown-wire.ts). Printed, not
 * asserted: node runs V8 as Chromium does, but timings on a shared machine are noisy (compare
 * within one run). `npx tsx scripts/measure-page-message.ts`
 */
const TODAY = '2026-11-25';
const NOW = new Date(`${TODAY}T12:00:00Z`);
const RUNS = 15;

function median(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? Number.NaN;
}

const window = new Window();
for (const page of generatePages(TODAY)) {
  const doc = new window.DOMParser().parseFromString(page.html, 'text/html') as unknown as Document;
  const url = new URL(page.path, 'http://127.0.0.1:4173');
  const found = readCasePage(doc, url, BUILT_IN_PROFILES, { now: NOW });
  if (found.kind !== 'case-page') throw new Error(`${page.name}: ${found.kind}`);
  const whole = JSON.stringify({ type: 'page-read', shown: found.shown });
  const wire = JSON.stringify({ type: 'page-read', shown: toWire(found.shown) });
  const arrived = JSON.parse(wire).shown;
  // The whole PageShown fingerprinted as it was before the wire form (same hash, bigger input).
  const wholeMs = median(() => readFingerprint(found.shown as unknown as PageShownWire));
  const wireMs = median(() => readFingerprint(toWire(found.shown)));
  const checkMs = median(() => fromWire(PageShownWireSchema.parse(arrived)));
  const parseMs = median(() => PageShownWireSchema.parse(arrived));
  const kb = (s: string) => `${(s.length / 1024).toFixed(0)} KB`;
  console.log(
    `${page.name}: message ${kb(whole)} -> ${kb(wire)}; fingerprint ${wholeMs.toFixed(1)} -> ${wireMs.toFixed(1)} ms (with toWire); check and decode ${checkMs.toFixed(1)} ms (check alone ${parseMs.toFixed(1)} ms)`,
  );
}
await window.happyDOM.close();
