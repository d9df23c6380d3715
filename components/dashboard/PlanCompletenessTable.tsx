import type { PlanCompleteness } from '../../lib/reports/case-report';

/** Each child's plan: how many of its sections were read with content, and what it lacks. */
export function PlanCompletenessTable({ plans }: { plans: readonly PlanCompleteness[] }) {
  if (plans.length === 0) {
    return <p>No children are recorded on this case, so no plan can be checked.</p>;
  }
  return (
    <table className="report-table" data-testid="plan-completeness">
      <caption>Plan completeness</caption>
      <thead>
        <tr>
          <th scope="col">Child</th>
          <th scope="col">Sections with content</th>
          <th scope="col">Missing or empty</th>
          <th scope="col">Actions to tighten</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.childId}>
            <th scope="row">{plan.childName}</th>
            {plan.planRead ? (
              <>
                <td>
                  {plan.sectionsPresent} of {plan.sectionsTotal}
                </td>
                <td>
                  {plan.missingSections.length === 0 ? (
                    'None'
                  ) : (
                    <ul>
                      {plan.missingSections.map((label) => (
                        <li key={label}>{label}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {plan.actionGaps.length === 0 ? (
                    'None'
                  ) : (
                    <ul>
                      {plan.actionGaps.map((gap) => (
                        <li key={`${gap.kind}-${gap.actionIndex ?? ''}`}>{gap.reason}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </>
            ) : (
              <td colSpan={3}>
                <span aria-hidden="true">? </span>No plan was read for this child: open the plan
                page in the case system so it can be checked.
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
