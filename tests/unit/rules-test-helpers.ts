import { expect } from 'vitest';
import { type CaseRecord, type CaseRecordInput, CaseRecordSchema } from '../../lib/domain';
import {
  type ComputeFindingsOptions,
  computeFindings,
  type Finding,
  type FindingRule,
} from '../../lib/rules';

/** A fictional case in England and Wales, with whatever the test adds. */
export function caseRecord(input: Partial<CaseRecordInput> = {}): CaseRecord {
  return CaseRecordSchema.parse({ caseId: 'C-1', region: 'england-and-wales', ...input });
}

export const held = (date: string, extra: object = {}) =>
  ({ date, status: 'held', ...extra }) as const;
export const booked = (date: string, extra: object = {}) =>
  ({ date, status: 'scheduled', ...extra }) as const;

export const AMY = { id: 'amy', name: 'Amy' };
export const BEN = { id: 'ben', name: 'Ben' };

export function visit(date: string, ...children: [string, boolean, boolean?][]) {
  return {
    date,
    children: children.map(([childId, seen, seenAlone]) =>
      seenAlone === undefined ? { childId, seen } : { childId, seen, seenAlone },
    ),
  };
}

export function findingsFor(
  record: CaseRecord,
  rule: FindingRule,
  opts: ComputeFindingsOptions,
): Finding[] {
  return computeFindings(record, opts).filter((f) => f.rule === rule);
}

/** The one current finding of `rule` (for `childId`), failing the test if there is not exactly one. */
export function current(
  record: CaseRecord,
  rule: FindingRule,
  opts: ComputeFindingsOptions,
  childId?: string,
): Finding {
  const found = findingsFor(record, rule, opts).filter(
    (f) => f.occurrence === 'current' && f.childId === childId,
  );
  expect(found, `${rule} current findings`).toHaveLength(1);
  return found[0] as Finding;
}

export function past(
  record: CaseRecord,
  rule: FindingRule,
  opts: ComputeFindingsOptions,
  childId?: string,
): Finding[] {
  return findingsFor(record, rule, opts).filter(
    (f) => f.occurrence === 'past' && f.childId === childId,
  );
}
