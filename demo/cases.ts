import { type CaseRecord, type IsoDate, isIsoDate } from '../lib/domain';
import { ambledown } from './families/ambledown';
import { brightwater } from './families/brightwater';
import { candlewick } from './families/candlewick';
import { dovecote } from './families/dovecote';
import { emberly } from './families/emberly';
import { fernsby } from './families/fernsby';
import { glenmorrow } from './families/glenmorrow';
import { timeline } from './families/timeline';

export const DEMO_SYSTEMS = ['careflow', 'gridcase'] as const;
export type DemoSystem = (typeof DEMO_SYSTEMS)[number];

/** One system showing the case, under that system's own case id. */
export interface DemoView {
  system: DemoSystem;
  caseId: string;
}

/**
 * A fictional family as the demo case systems show it. `record` is exactly what a perfect
 * reader would extract from the case's pages (without provenance, which the store adds);
 * everything else is shown on the pages for realism but is not part of the record.
 */
export interface DemoCase {
  /** What the case is in the demo, e.g. "first core group overdue". */
  scenario: string;
  views: readonly DemoView[];
  family: string;
  address: string;
  localAuthority: string;
  team: string;
  worker: string;
  conferenceChair: string;
  notes: readonly string[];
  /** Current school per child id. */
  schools: Readonly<Record<string, string>>;
  /** Minutes summary per core group date. */
  minutes: Readonly<Record<IsoDate, string>>;
  /** `caseId` is the first view's; `recordFor` gives each system's own. */
  record: CaseRecord;
}

/** The demo's families, dated relative to `today` so "overdue" stays overdue on any day. */
export function demoCases(today: IsoDate): DemoCase[] {
  if (!isIsoDate(today)) throw new Error(`today must be a date written YYYY-MM-DD: ${today}`);
  const t = timeline(today);
  return [ambledown, brightwater, emberly, fernsby, candlewick, dovecote, glenmorrow].map((make) =>
    make(t),
  );
}

/** The record as one system shows it: the same facts under that system's case id. */
export function recordFor(demoCase: DemoCase, view: DemoView): CaseRecord {
  return { ...demoCase.record, caseId: view.caseId };
}

export function findDemoCase(
  cases: readonly DemoCase[],
  system: DemoSystem,
  caseId: string,
): { demoCase: DemoCase; view: DemoView } | undefined {
  for (const demoCase of cases) {
    const view = demoCase.views.find((v) => v.system === system && v.caseId === caseId);
    if (view) return { demoCase, view };
  }
  return undefined;
}
