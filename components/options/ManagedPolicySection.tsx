import { useId } from 'react';
import type { Region } from '../../lib/domain';
import { REGION_LABELS } from '../../lib/present/labels';

/** What the organisation's policy sets, as the background checked it. */
export interface ManagedPolicySummary {
  /** False where the browser has no managed storage: nothing can be set by policy. */
  available: boolean;
  problems: readonly string[];
  region?: Region;
  retentionDays?: number;
  procedureId?: string;
  procedureName?: string;
  hosts?: readonly string[];
  siteProfiles?: readonly { id: string; name: string }[];
}

/**
 * "Set by your organisation": what IT pushed by browser policy, which wins over the settings
 * here, and any policy value that could not be used (so nobody believes a setting applies that
 * does not). docs/managed-configuration.md is the IT team's side of this.
 */
export function ManagedPolicySection({ policy }: { policy: ManagedPolicySummary | undefined }) {
  const id = useId();
  const facts: [string, string][] = [];
  if (policy?.region) facts.push(['Region', REGION_LABELS[policy.region] ?? policy.region]);
  if (policy?.procedureId) {
    facts.push(['Local procedure', policy.procedureName ?? policy.procedureId]);
  }
  if (policy?.retentionDays !== undefined) {
    facts.push(['Cases kept for', `${policy.retentionDays} days after last use or plan end`]);
  }
  if (policy?.hosts?.length) facts.push(['Case systems', policy.hosts.join(', ')]);
  if (policy?.siteProfiles?.length) {
    facts.push(['Site profiles', policy.siteProfiles.map((p) => p.name).join(', ')]);
  }
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="options-section"
      data-testid="managed-policy"
    >
      <h2 id={`${id}-heading`}>Set by your organisation</h2>
      {policy === undefined ? (
        <p role="status">Loading…</p>
      ) : !policy.available ? (
        <p>
          This browser gives extensions no organisation policy, so everything here is yours to set.
        </p>
      ) : facts.length === 0 && policy.problems.length === 0 ? (
        <p>Your organisation sets nothing for Core Group Lens: everything here is yours to set.</p>
      ) : (
        <>
          {facts.length > 0 ? (
            <>
              <p className="hint">These replace your own settings and cannot be changed here.</p>
              <dl>
                {facts.map(([term, value]) => (
                  <div key={term}>
                    <dt>{term}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          {policy.problems.length > 0 ? (
            <div className="notice" role="alert">
              <p>Parts of your organisation’s policy could not be used, so they do not apply:</p>
              <ul>
                {policy.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
