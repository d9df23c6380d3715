import { useId } from 'react';
import { JsonFileField } from './JsonFileField';
import { OutcomeMessage } from './OutcomeMessage';
import type { Outcome } from './outcome';

/** What the options page lists of one site profile. */
export interface SiteProfileSummary {
  id: string;
  name: string;
  urls: readonly string[];
  /** Kinds of page it describes. */
  pages: number;
  /** Made by teaching a field in the sidebar. */
  taught: boolean;
}

export interface SiteProfilesSectionProps {
  /** This browser's own profiles; undefined while loading. */
  local: readonly SiteProfileSummary[] | undefined;
  /** The organisation's, from policy: used first, and not changeable here. */
  managed: readonly SiteProfileSummary[];
  /** Stored or pushed profiles that could not be used, with why. */
  problems: readonly string[];
  outcome: Outcome;
  onImport(file: File): void;
  onExport(): void;
  onDelete(id: string): void;
}

/**
 * Site profiles: how the extension reads each case system. A pilot team teaches fields in the
 * sidebar, exports the profile here, and imports it on other computers (or gives it to IT to
 * push by policy: docs/managed-configuration.md). They hold selectors and labels, never case data.
 */
export function SiteProfilesSection(props: SiteProfilesSectionProps) {
  const { local, managed, problems, outcome } = props;
  const id = useId();
  const working = outcome.kind === 'working';

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="options-section"
      data-testid="site-profiles"
    >
      <h2 id={`${id}-heading`}>Site profiles</h2>
      <p className="hint">
        How Core Group Lens reads each case system. The built-in ones read the demo case system;
        fields taught from the sidebar are kept in a profile for their case system. Profiles hold
        where values are on the pages, never any case data.
      </p>
      {problems.length > 0 ? (
        <div className="notice" role="alert">
          <p>These profiles could not be used:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {managed.length > 0 ? (
        <>
          <h3>Set by your organisation</h3>
          <ProfileList profiles={managed} />
        </>
      ) : null}
      <h3>On this computer</h3>
      {local === undefined ? (
        <p role="status">Loading…</p>
      ) : local.length === 0 ? (
        <p data-testid="no-site-profiles">
          None yet: teach a field from the sidebar, or import a file.
        </p>
      ) : (
        <ProfileList profiles={local} onDelete={working ? undefined : props.onDelete} />
      )}
      <div className="row">
        <button
          type="button"
          className="button"
          data-testid="export-site-profiles"
          disabled={working || !local || local.length === 0}
          onClick={props.onExport}
        >
          Export these profiles
        </button>
      </div>
      <JsonFileField
        label="Site profiles file to import"
        hint={
          <>
            A file exported here, or written by your pilot team. A profile with the same id as one
            here replaces it; a file with any mistake is refused whole, saying what is wrong.
          </>
        }
        submitLabel="Import profiles"
        working={working}
        onFile={props.onImport}
        testId="import-site-profiles-file"
      />
      <OutcomeMessage outcome={outcome} testId="site-profiles" />
    </section>
  );
}

function ProfileList({
  profiles,
  onDelete,
}: {
  profiles: readonly SiteProfileSummary[];
  onDelete?: (id: string) => void;
}) {
  return (
    <ul className="profile-list">
      {profiles.map((p) => (
        <li key={p.id} data-testid={`site-profile-${p.id}`}>
          <strong>{p.name}</strong> ({p.id}){p.taught ? ', taught here' : ''}: reads{' '}
          {p.urls.join(', ')}, {p.pages === 1 ? '1 kind of page' : `${p.pages} kinds of page`}.
          {onDelete ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => onDelete(p.id)}
            >
              Delete<span className="visually-hidden"> profile {p.name}</span>
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
