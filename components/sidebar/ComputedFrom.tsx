import { formatUkDate } from '../../lib/present/format-date';
import { withUniqueKeys } from '../../lib/present/unique-keys';
import type { FindingEvidence } from '../../lib/rules/finding';
import { WhereFrom } from './WhereFrom';

/** The record values a deadline was worked out from, each with the page it was read from. */
export function ComputedFrom({
  evidence,
  origin,
}: {
  evidence: readonly FindingEvidence[];
  origin?: string;
}) {
  if (evidence.length === 0) return null;
  return (
    <div className="computed-from">
      <p className="label">Worked out from:</p>
      <ul>
        {withUniqueKeys(evidence, (e) => `${e.label}|${e.date}`).map(({ key, item: e }) => (
          <li key={key} data-testid="evidence">
            {e.label}, <time dateTime={e.date}>{formatUkDate(e.date)}</time>.{' '}
            <WhereFrom provenance={e.provenance} origin={origin} />.
          </li>
        ))}
      </ul>
    </div>
  );
}
