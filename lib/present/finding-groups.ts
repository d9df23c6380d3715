import type { Finding, FindingStatus } from '../rules/finding';
import { sortFindings } from './sort-findings';

export type FindingGroupId = 'overdue' | 'due-soon' | 'unknown' | 'upcoming' | 'done' | 'past';

export interface FindingGroup {
  id: FindingGroupId;
  heading: string;
  findings: Finding[];
  /** Shown closed, one click away: nothing in it needs doing this week. */
  closed: boolean;
}

const GROUP_OF: Record<FindingStatus, FindingGroupId> = {
  overdue: 'overdue',
  'due-soon': 'due-soon',
  unknown: 'unknown',
  upcoming: 'upcoming',
  met: 'done',
  late: 'done',
  'not-applicable': 'done',
};

const HEADINGS: Record<FindingGroupId, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  unknown: 'Cannot be worked out',
  upcoming: 'Coming up',
  done: 'Done, or does not apply',
  past: 'Earlier deadlines missed',
};

const ORDER: readonly FindingGroupId[] = ['overdue', 'due-soon', 'unknown', 'upcoming', 'done'];

/**
 * Every finding, in the groups the deadlines panel shows: what is overdue first, then due soon,
 * then what cannot be worked out (never hidden below the good news), then what is coming up, then
 * what is done or does not apply, and last the earlier breaches that show drift. What needs
 * action now is shown open; the rest closed, so the panel stays short enough to read at a glance.
 * Empty groups are left out; nothing is dropped.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const sorted = sortFindings(findings);
  const groups: FindingGroup[] = ORDER.map((id) => ({
    id,
    heading: HEADINGS[id],
    findings: sorted.filter((f) => f.occurrence === 'current' && GROUP_OF[f.status] === id),
    closed: id === 'done' || id === 'upcoming',
  }));
  groups.push({
    id: 'past',
    heading: HEADINGS.past,
    findings: sorted.filter((f) => f.occurrence === 'past'),
    closed: true,
  });
  return groups.filter((g) => g.findings.length > 0);
}

/** A key for a finding that is unique within one case's findings (for lists and test ids). */
export function findingKey(f: Finding): string {
  return [f.rule, f.childId ?? '', f.occurrence, f.due ?? '', f.windowStart ?? ''].join('|');
}
