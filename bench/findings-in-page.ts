import type { IsoDate } from '../lib/domain';
import { computeFindings } from '../lib/rules/compute-findings';
import { generateCases } from './generate-cases';

/**
 * Bundled into a blank page by measure-findings.ts: the rules over many generated cases, timed
 * inside Chromium's own engine. The cases are generated in the page (not sent in), so only
 * `computeFindings` is inside the timed loop.
 */
export interface FindingsInPage {
  generate(count: number, today: IsoDate): number;
  run(today: IsoDate): { ms: number; findings: number };
}

let cases: ReturnType<typeof generateCases> = [];

const api: FindingsInPage = {
  generate(count, today) {
    cases = generateCases(count, today);
    return cases.length;
  },
  run(today) {
    const started = performance.now();
    let findings = 0;
    for (const record of cases) findings += computeFindings(record, { today }).length;
    return { ms: performance.now() - started, findings };
  },
};

(globalThis as { coreGroupLensFindings?: FindingsInPage }).coreGroupLensFindings = api;
