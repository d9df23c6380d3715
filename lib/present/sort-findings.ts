import type { Finding, FindingStatus } from '../rules/finding';

/** What needs action first: overdue, then due soon, then what we cannot tell, then the rest. */
const STATUS_ORDER: Record<FindingStatus, number> = {
  overdue: 0,
  'due-soon': 1,
  unknown: 2,
  upcoming: 3,
  late: 4,
  met: 5,
  'not-applicable': 6,
};

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
      a.rule.localeCompare(b.rule),
  );
}
