import type { IsoDate } from '../../lib/domain';
import type { CaseGlance } from '../../lib/present/case-glance';
import { formatUkDate } from '../../lib/present/format-date';
import { RULE_LABELS } from '../../lib/present/labels';
import { overduePhrase, relativePhrase } from '../../lib/present/relative-phrase';

const RAG_ICON = { red: '✖', amber: '⚠', green: '✔', grey: '?' } as const;

/** The counts the RAG words do not already give. */
function also(glance: CaseGlance): string {
  const amberSaysDueSoon = glance.rag === 'amber' && glance.dueSoon > 0;
  const amberSaysUnknown = glance.rag === 'amber' && glance.dueSoon === 0;
  const parts: string[] = [];
  if (glance.dueSoon > 0 && !amberSaysDueSoon) parts.push(`${glance.dueSoon} due soon`);
  if (glance.unknown > 0 && !amberSaysUnknown) {
    parts.push(`${glance.unknown} cannot be worked out`);
  }
  return parts.length ? ` · ${parts.join(' · ')}` : '';
}

/**
 * The two-second summary a practice lead reads first: RAG in colour, icon and words; the next
 * deadline; days since the last core group; and the children not seen alone.
 */
export function CaseGlanceLine({ glance, today }: { glance: CaseGlance; today?: IsoDate }) {
  const next = glance.nextDeadline;
  const phrase =
    next?.due && today
      ? next.status === 'overdue'
        ? overduePhrase(next.due, today)
        : relativePhrase(next.due, today, next.region)
      : undefined;
  return (
    <section className={`glance rag-${glance.rag}`} aria-label="Case at a glance">
      <p className="glance-rag" data-testid="rag" data-rag={glance.rag}>
        <span aria-hidden="true">{RAG_ICON[glance.rag]}</span> {glance.ragText}
        {also(glance)}
      </p>
      <ul className="glance-facts">
        <li data-testid="next-deadline">
          Next deadline:{' '}
          {next?.due
            ? `${RULE_LABELS[next.rule]}, ${formatUkDate(next.due)}${phrase ? ` (${phrase})` : ''}`
            : 'none known'}
        </li>
        <li data-testid="last-core-group">
          Last core group:{' '}
          {glance.daysSinceLastCoreGroup === undefined
            ? 'none recorded'
            : glance.daysSinceLastCoreGroup === 0
              ? 'today'
              : `${glance.daysSinceLastCoreGroup} day${glance.daysSinceLastCoreGroup === 1 ? '' : 's'} ago`}
        </li>
        <li data-testid="not-seen-alone">
          Not seen alone at the latest visit:{' '}
          {glance.childrenNotSeenAlone.length ? glance.childrenNotSeenAlone.join(', ') : 'none'}
        </li>
      </ul>
    </section>
  );
}
