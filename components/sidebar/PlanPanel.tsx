import type { CaseRecord, IsoDate } from '../../lib/domain';
import { formatUkDate } from '../../lib/present/format-date';
import { PLAN_SECTION_SHORT } from '../../lib/present/labels';
import {
  type ActionGap,
  type ActionSummary,
  actionsToFlag,
  type ChildPlanSummary,
  planSummaries,
} from '../../lib/present/plan-summary';
import { PLAN_SECTION_LABELS } from '../../lib/rules/plan-rules';
import { WhereFrom } from './WhereFrom';

const GAP_WORDS: Record<ActionGap, string> = {
  owner: 'no one named to do it',
  'due-date': 'no date',
  measure: 'no measure of success',
};

const STATUS_WORDS: Record<NonNullable<ActionSummary['status']>, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  done: 'done',
  drifted: 'drifting',
};

function ActionLine({ action }: { action: ActionSummary }) {
  const problems = action.gaps.map((g) => GAP_WORDS[g]);
  if (action.overdue && action.due) problems.push(`overdue since ${formatUkDate(action.due)}`);
  if (action.drifted) problems.push('recorded as drifting');
  return (
    <li data-testid="plan-action" data-number={action.number}>
      <span aria-hidden="true">⚠ </span>
      Action {action.number}: <q>{action.text}</q> — {problems.join('; ')}
      {action.status && !action.drifted ? ` (${STATUS_WORDS[action.status]})` : ''}.
    </li>
  );
}

function ChildPlan({ plan, origin }: { plan: ChildPlanSummary; origin?: string }) {
  if (!plan.read) {
    return (
      <li className="child-card" data-testid="plan-child" data-child={plan.childId}>
        <h3 className="child-name">{plan.name}</h3>
        <p>
          <span aria-hidden="true">? </span>No plan has been read for {plan.name} yet: open their
          plan page in the case system. If it shows no plan, that is a gap to raise.
        </p>
      </li>
    );
  }
  const flagged = actionsToFlag(plan);
  const total = plan.present.length + plan.missing.length;
  return (
    <li className="child-card" data-testid="plan-child" data-child={plan.childId}>
      <h3 className="child-name">{plan.name}</h3>
      <p data-testid="plan-sections">
        <span aria-hidden="true">{plan.missing.length ? '⚠ ' : '✔ '}</span>
        {plan.present.length} of {total} sections present
        {plan.missing.length ? `, ${plan.missing.length} missing` : ''}.
      </p>
      {plan.missing.length ? (
        <ul className="plain-list" aria-label={`Sections missing from ${plan.name}'s plan`}>
          {plan.missing.map((m) => (
            <li key={m.section} data-testid="plan-missing" data-section={m.section}>
              <abbr title={PLAN_SECTION_LABELS[m.section]}>{PLAN_SECTION_SHORT[m.section]}</abbr>
              {m.empty ? ' (heading with nothing under it)' : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {plan.present.length ? (
        <details>
          <summary>Sections present ({plan.present.length})</summary>
          <ul className="plain-list">
            {plan.present.map((s) => (
              <li key={s}>{PLAN_SECTION_SHORT[s]}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <p>
        {plan.actions.length === 0
          ? 'No actions are listed.'
          : flagged.length === 0
            ? `All ${plan.actions.length} actions name who, by when and how success is measured; none is overdue.`
            : `${flagged.length} of ${plan.actions.length} actions need attention:`}
      </p>
      {flagged.length ? (
        <ul className="plain-list">
          {flagged.map((a) => (
            <ActionLine key={a.number} action={a} />
          ))}
        </ul>
      ) : null}
      {plan.actions.length ? (
        <details>
          <summary>All actions ({plan.actions.length})</summary>
          <ol className="plain-list" data-testid="all-actions">
            {plan.actions.map((a) => (
              <li key={a.number}>
                {a.text}{' '}
                <span className="where-from">
                  (
                  {[
                    a.owner ? `who: ${a.owner}` : 'who: not named',
                    a.due ? `by ${formatUkDate(a.due)}` : 'no date',
                    a.status ? STATUS_WORDS[a.status] : 'progress not set',
                  ].join('; ')}
                  )
                </span>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {plan.source ? (
        <p className="finding-source">
          <WhereFrom provenance={plan.source} origin={origin} />.
        </p>
      ) : null}
    </li>
  );
}

/** Per child: the plan's sections present and missing, and actions that are not SMART or overdue. */
export function PlanPanel({
  record,
  today,
  origin,
}: {
  record: CaseRecord;
  today: IsoDate;
  origin?: string;
}) {
  const plans = planSummaries(record, today);
  return (
    <section className="panel" aria-labelledby="plan-heading" id="plan">
      <h2 id="plan-heading">Plan</h2>
      {plans.length === 0 ? (
        <p>No children have been read for this case yet: open the case summary.</p>
      ) : (
        <ul className="child-cards">
          {plans.map((plan) => (
            <ChildPlan key={plan.childId} plan={plan} origin={origin} />
          ))}
        </ul>
      )}
    </section>
  );
}
