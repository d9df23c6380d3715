import type { IsoDate } from '../../lib/domain';
import type { EscalationPrompt as Escalation } from '../../lib/present/escalation';
import { formatUkDate } from '../../lib/present/format-date';
import { RULE_LABELS } from '../../lib/present/labels';
import { overduePhrase } from '../../lib/present/relative-phrase';

const TOPIC_WORDS = { 'core-groups': 'Core groups have drifted', visits: 'Visits have drifted' };

/** When core groups or visits have drifted: a plain prompt to escalate under the local procedure. */
export function EscalationPrompts({
  prompts,
  today,
  procedureName,
  childName,
}: {
  prompts: readonly Escalation[];
  today: IsoDate;
  procedureName: string;
  childName(id: string | undefined): string | undefined;
}) {
  if (prompts.length === 0) return null;
  return (
    <section
      className="prompt prompt-alert"
      aria-labelledby="escalate-heading"
      data-testid="escalation"
    >
      <h2 id="escalate-heading">
        <span aria-hidden="true">✖ </span>Escalate
      </h2>
      {prompts.map((p) => (
        <div key={p.topic} data-topic={p.topic}>
          <p>
            <strong>{TOPIC_WORDS[p.topic]}.</strong>{' '}
            {p.overdue
              .map((f) => {
                const child = childName(f.childId);
                return `${RULE_LABELS[f.rule]}${child ? ` for ${child}` : ''} was due by ${f.due ? formatUkDate(f.due) : 'an unknown date'}${f.due ? ` (${overduePhrase(f.due, today)})` : ''}`;
              })
              .join('; ')}
            .
            {p.earlierMissed
              ? ` ${p.earlierMissed} earlier ${p.earlierMissed === 1 ? 'deadline was' : 'deadlines were'} missed too.`
              : ''}
          </p>
        </div>
      ))}
      <p>
        Escalate it as your local child protection procedure sets out. Timescales in use:{' '}
        {procedureName}.
      </p>
    </section>
  );
}
