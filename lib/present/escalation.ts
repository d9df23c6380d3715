import type { Finding, FindingRule } from '../rules/finding';

export type DriftTopic = 'core-groups' | 'visits';

export interface EscalationPrompt {
  topic: DriftTopic;
  /** What is overdue now. */
  overdue: Finding[];
  /** Earlier deadlines of the same kind that were missed: drift, not a one-off. */
  earlierMissed: number;
}

const TOPIC_RULES: Record<DriftTopic, ReadonlySet<FindingRule>> = {
  'core-groups': new Set([
    'first-core-group',
    'core-group-interval',
    'final-core-group-before-review',
    'school-move-core-group',
  ]),
  visits: new Set(['visit-frequency']),
};

/**
 * When core groups or statutory visits have drifted (one is overdue now), a prompt to escalate
 * under the local procedure, saying what is overdue and whether it has happened before. Ofsted
 * found drift and delay in a third of long-term neglect cases: it should not rest on a worker
 * noticing it alone.
 */
export function escalationPrompts(findings: readonly Finding[]): EscalationPrompt[] {
  const prompts: EscalationPrompt[] = [];
  for (const topic of ['core-groups', 'visits'] as const) {
    const rules = TOPIC_RULES[topic];
    const mine = findings.filter((f) => rules.has(f.rule));
    const overdue = mine.filter((f) => f.occurrence === 'current' && f.status === 'overdue');
    if (overdue.length === 0) continue;
    const earlierMissed = mine.filter(
      (f) => f.occurrence === 'past' && (f.status === 'late' || f.status === 'overdue'),
    ).length;
    prompts.push({ topic, overdue, earlierMissed });
  }
  return prompts;
}
