import type { CaseRecord } from '../domain';
import { computeFindings } from '../rules/compute-findings';
import type { Finding } from '../rules/finding';
import type { ReadableList } from '../rules/unread-lists';
import { buildDashboardRow, type DashboardCaseInput, type DashboardRow } from './dashboard-rows';
import type { RulesSetup } from './dashboard-rules-setup';

interface Remembered<T> {
  version: string;
  value: T;
}

/** Progress through a build that may stop part way to let the page paint. */
export interface RowsProgress {
  /** Every row, in the inputs' order, once all are built. */
  rows?: DashboardRow[];
  done: number;
  total: number;
}

/**
 * Findings worked out once per record: kept until the record's `updatedAt` or the rules setup
 * (today, procedure, region override) changes. With 5,000 cases the rules run for each case once
 * when the dashboard opens, then only for the cases a page read has changed.
 */
export class DashboardMemo {
  private readonly findings = new Map<string, Remembered<readonly Finding[]>>();
  private readonly rows = new Map<string, Remembered<DashboardRow>>();
  /** A build that yielded part way: resumed from its last row when asked for the same again. */
  private unfinished?: {
    inputs: readonly DashboardCaseInput[];
    setup: RulesSetup;
    rows: DashboardRow[];
  };
  /** How many times the rules have run: the tests check the memo by it. */
  rulesRuns = 0;
  /** How many rows builds have taken, built or remembered: the tests check resuming by it. */
  rowsVisited = 0;

  findingsFor(
    caseId: string,
    updatedAt: string,
    record: CaseRecord,
    setup: RulesSetup,
    listsRead?: readonly ReadableList[],
  ): readonly Finding[] {
    const version = `${updatedAt}\u0000${setup.key}\u0000${listsRead?.join(',') ?? '*'}`;
    const known = this.findings.get(caseId);
    if (known?.version === version) return known.value;
    this.rulesRuns++;
    const value = computeFindings(
      record,
      listsRead ? { ...setup.options, listsRead: new Set(listsRead) } : setup.options,
    );
    this.findings.set(caseId, { version, value });
    return value;
  }

  rowFor(input: DashboardCaseInput, setup: RulesSetup): DashboardRow {
    const version = rowVersion(input, setup);
    const known = this.rows.get(input.caseId);
    if (known?.version === version && known.value.record === input.record) return known.value;
    const findings = this.findingsFor(
      input.caseId,
      input.updatedAt,
      input.record,
      setup,
      input.listsRead,
    );
    const value = buildDashboardRow(input, findings, setup);
    this.rows.set(input.caseId, { version, value });
    return value;
  }

  /**
   * Builds the rows, stopping early when `shouldYield` says so (call again to go on: rows
   * already built come from the memo). Cases no longer listed are forgotten.
   */
  buildRows(
    inputs: readonly DashboardCaseInput[],
    setup: RulesSetup,
    shouldYield: () => boolean = () => false,
  ): RowsProgress {
    // Called again with the same inputs and setup (the same objects, which are never changed),
    // the rows it built already stand: going on from the last one keeps 5,000 cases from being
    // walked again at every slice.
    const resumed = this.unfinished;
    this.unfinished = undefined;
    const rows =
      resumed?.inputs === inputs && resumed.setup === setup ? resumed.rows : ([] as DashboardRow[]);
    let built = 0;
    for (let i = rows.length; i < inputs.length; i++) {
      const input = inputs[i] as DashboardCaseInput;
      if (!this.isFresh(input, setup)) {
        // At least one new row per call, so a build that must yield at once still moves on.
        if (built > 0 && shouldYield()) {
          this.unfinished = { inputs, setup, rows };
          return { done: rows.length, total: inputs.length };
        }
        built++;
      }
      this.rowsVisited++;
      rows.push(this.rowFor(input, setup));
    }
    this.forgetAllBut(new Set(inputs.map((i) => i.caseId)));
    return { rows, done: rows.length, total: inputs.length };
  }

  /**
   * The row is remembered as it would be built now: skipped without asking to yield, so a build
   * resumed after yielding goes on from where it stopped instead of from the start.
   */
  private isFresh(input: DashboardCaseInput, setup: RulesSetup): boolean {
    const known = this.rows.get(input.caseId);
    return known?.version === rowVersion(input, setup) && known.value.record === input.record;
  }

  private forgetAllBut(keep: ReadonlySet<string>): void {
    for (const map of [this.findings, this.rows]) {
      for (const caseId of map.keys()) if (!keep.has(caseId)) map.delete(caseId);
    }
  }
}

function rowVersion(input: DashboardCaseInput, setup: RulesSetup): string {
  return [
    input.updatedAt,
    setup.key,
    input.lastReadAt,
    input.unreadCount,
    input.conflictCount,
    input.listsRead?.join(',') ?? '*',
  ].join('\u0000');
}
