import type { Finding, FindingRule } from './finding';

/** The lists of a case record that only a page read (or an entry) can show. */
export type ReadableList = 'coreGroups' | 'visits' | 'reviewConferences';

/**
 * Which rules decide "done or not" from which list. An empty list that was never read is not
 * "none held": until a page showing the list has been read, the rule can give its due date but
 * not its status.
 */
const RULES_BY_LIST: Record<ReadableList, readonly FindingRule[]> = {
  coreGroups: [
    'first-core-group',
    'core-group-interval',
    'final-core-group-before-review',
    'minutes-circulated',
    'school-move-core-group',
  ],
  visits: ['visit-frequency', 'seen-alone'],
  reviewConferences: ['review-conference', 'review-report-shared'],
};

const WHAT: Record<ReadableList, string> = {
  coreGroups: 'core group meetings',
  visits: 'visits',
  reviewConferences: 'review conferences',
};

/**
 * Turns findings that rest on a list no page has shown yet into `unknown`, saying which page to
 * open; past breaches inferred from such a list are dropped. Findings already `not-applicable`
 * (a pre-verbal child, after the plan ended) stay as they are.
 */
export function withUnreadLists(
  findings: readonly Finding[],
  listsRead: ReadonlySet<ReadableList>,
): Finding[] {
  const unreadFor = new Map<FindingRule, ReadableList>();
  for (const [list, rules] of Object.entries(RULES_BY_LIST) as [ReadableList, FindingRule[]][]) {
    if (listsRead.has(list)) continue;
    for (const rule of rules) if (!unreadFor.has(rule)) unreadFor.set(rule, list);
  }
  return findings.flatMap((finding): Finding[] => {
    const list = unreadFor.get(finding.rule);
    if (!list || finding.status === 'not-applicable') return [finding];
    if (finding.occurrence === 'past') return [];
    const { doneOn: _doneOn, ...rest } = finding;
    const due = finding.due ? ' It is due by the date shown if not already done.' : '';
    return [
      {
        ...rest,
        status: 'unknown',
        reason: `The case's ${WHAT[list]} have not been read yet: open the page that lists them in the case system so this can be checked.${due}`,
      },
    ];
  });
}
