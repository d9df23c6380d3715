import type { Child, IsoDate } from '../../lib/domain';
import { sortFindings } from '../../lib/present/sort-findings';
import type { Finding } from '../../lib/rules/finding';
import { FindingItem } from './FindingItem';

/** Current deadlines first (what needs doing), then earlier breaches so drift shows. */
export function DeadlinesPanel({
  findings,
  today,
  caseChildren,
}: {
  findings: readonly Finding[];
  today: IsoDate;
  caseChildren: readonly Child[];
}) {
  const sorted = sortFindings(findings);
  const current = sorted.filter((f) => f.occurrence === 'current');
  const past = sorted.filter((f) => f.occurrence === 'past');
  return (
    <section className="panel" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">Deadlines</h2>
      {current.length === 0 ? (
        <p>No deadlines could be worked out for this case yet.</p>
      ) : (
        <ul className="findings" data-testid="current-findings">
          {current.map((f) => (
            <FindingItem
              key={`${f.rule}-${f.childId ?? ''}-${f.due ?? ''}`}
              finding={f}
              today={today}
              caseChildren={caseChildren}
            />
          ))}
        </ul>
      )}
      {past.length > 0 ? (
        <details className="past-breaches">
          <summary>Earlier deadlines missed ({past.length})</summary>
          <ul className="findings">
            {past.map((f) => (
              <FindingItem
                key={`${f.rule}-${f.childId ?? ''}-${f.due ?? ''}-past`}
                finding={f}
                today={today}
                caseChildren={caseChildren}
              />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
