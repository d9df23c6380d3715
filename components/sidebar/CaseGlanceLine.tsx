import type { CaseGlance } from '../../lib/present/case-glance';
import { formatUkDate } from '../../lib/present/format-date';
import { RULE_LABELS } from '../../lib/present/labels';

const RAG_ICON = { red: '✖', amber: '⚠', green: '✔', grey: '?' } as const;

/** The two-second summary a practice lead reads first. */
export function CaseGlanceLine({ glance }: { glance: CaseGlance }) {
  const next = glance.nextDeadline;
  return (
    <section className={`glance rag-${glance.rag}`} aria-label="Case at a glance">
      <p className="glance-rag" data-testid="rag">
        <span aria-hidden="true">{RAG_ICON[glance.rag]}</span> {glance.ragText}
      </p>
      <ul className="glance-facts">
        <li data-testid="next-deadline">
          Next deadline:{' '}
          {next?.due ? `${RULE_LABELS[next.rule]}, ${formatUkDate(next.due)}` : 'none known'}
        </li>
        <li>
          Last core group:{' '}
          {glance.daysSinceLastCoreGroup === undefined
            ? 'none recorded'
            : `${glance.daysSinceLastCoreGroup} days ago`}
        </li>
        <li>
          Not seen alone:{' '}
          {glance.childrenNotSeenAlone.length ? glance.childrenNotSeenAlone.join(', ') : 'none'}
        </li>
      </ul>
    </section>
  );
}
