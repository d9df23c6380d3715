import { useId, useState } from 'react';
import type { Region } from '../../lib/domain';
import { isRegion, REGIONS } from '../../lib/domain/constants';
import { REGION_LABELS } from '../../lib/present/labels';
import type { Settings } from '../../lib/store/settings';
import { type SidebarActions, usePending } from './actions';
import { StatusLine } from './StatusLine';

export interface ProcedureChoice {
  id: string;
  name: string;
  description?: string;
}

/**
 * Region, local procedure and the site profile in use. Region and procedure apply to every case
 * (they are the worker's, not the case's), and the deadlines are worked out again with them.
 */
export function SettingsPanel({
  settings,
  procedures,
  recordRegion,
  profile,
  problems,
  actions,
  headingRef,
}: {
  settings?: Settings;
  procedures: readonly ProcedureChoice[];
  /** The nation the case's pages gave, if any. */
  recordRegion?: Region;
  /** The site profile that read this case; undefined: the generic reader. */
  profile?: { id: string; name?: string };
  problems: readonly string[];
  actions?: SidebarActions;
  headingRef?: React.Ref<HTMLHeadingElement>;
}) {
  const id = useId();
  const pending = usePending();
  const [region, setRegion] = useState<Region | ''>(settings?.regionOverride ?? '');
  const [procedureId, setProcedureId] = useState(settings?.procedureId ?? 'england');
  const chosen = procedures.find((p) => p.id === procedureId);
  const save = () => {
    if (!actions || pending.busy) return;
    pending.run(
      () =>
        actions.saveSettings({
          regionOverride: region === '' ? null : region,
          procedureId,
        }),
      'Settings saved. The deadlines have been worked out again with them.',
    );
  };
  return (
    <section className="panel settings" aria-labelledby={`${id}-heading`} data-testid="settings">
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        Settings
      </h2>
      <p className="hint">These apply to every case, on this computer.</p>
      {problems.map((p) => (
        <p key={p} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {p}
        </p>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label htmlFor={`${id}-region`}>Nation (bank holidays)</label>
        <select
          id={`${id}-region`}
          value={region}
          onChange={(e) => {
            const chosen = e.target.value;
            if (chosen === '' || isRegion(chosen)) setRegion(chosen);
          }}
        >
          <option value="">
            As the case pages say
            {recordRegion
              ? ` (${REGION_LABELS[recordRegion]})`
              : ' (not read: England and Wales assumed)'}
          </option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {REGION_LABELS[r]}, for every case
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-procedure`}>Local procedure (timescales)</label>
        <select
          id={`${id}-procedure`}
          value={procedureId}
          aria-describedby={chosen?.description ? `${id}-procedure-about` : undefined}
          onChange={(e) => setProcedureId(e.target.value)}
        >
          {procedures.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {chosen?.description ? (
          <p className="hint" id={`${id}-procedure-about`}>
            {chosen.description}
          </p>
        ) : null}
        {actions ? <button type="submit">Save settings</button> : null}
      </form>
      <StatusLine pending={pending} />
      <h3>Site profile in use</h3>
      <p data-testid="site-profile">
        {profile
          ? `${profile.name ?? profile.id} (${profile.id}): this case system's pages are read by its own profile.`
          : 'None: the pages are read by the generic reader, which looks for labels it knows.'}
      </p>
    </section>
  );
}
