import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { CaseRecord, IsoDate, PageKind, Region, UnreadField } from '../../lib/domain';
import type { CaseGlance } from '../../lib/present/case-glance';
import { coreGroupSchedule } from '../../lib/present/core-group-schedule';
import { escalationPrompts } from '../../lib/present/escalation';
import type { VisitFormChild } from '../../lib/present/sidebar-frame';
import type { Finding } from '../../lib/rules/finding';
import type { Procedure } from '../../lib/rules/procedure';
import type { PageSeen } from '../../lib/store/case-repository';
import type { Correction } from '../../lib/store/corrections';
import type { Conflict } from '../../lib/store/merge';
import type { Settings } from '../../lib/store/settings';
import type { SidebarActions } from './actions';
import { CaseGlanceLine } from './CaseGlanceLine';
import { ConflictsNotice } from './ConflictsNotice';
import { CoreGroupPrompt } from './CoreGroupPrompt';
import { DeadlinesPanel } from './DeadlinesPanel';
import { EscalationPrompts } from './EscalationPrompt';
import { KeyFactsPanel } from './KeyFactsPanel';
import { LastCoreGroupPanel } from './LastCoreGroupPanel';
import { PagesRead } from './PagesRead';
import { PlanPanel } from './PlanPanel';
import { SeenAlonePanel } from './SeenAlonePanel';
import { type ProcedureChoice, SettingsPanel } from './SettingsPanel';
import { UnreadNotice } from './UnreadNotice';
import { VisitFormPrompt } from './VisitFormPrompt';

export interface SidebarSettings {
  /** Undefined while loading (or when they could not be loaded: see `problems`). */
  settings?: Settings;
  procedures: readonly ProcedureChoice[];
  /** The site profile that read this case; undefined: the generic reader. */
  profile?: { id: string; name?: string };
  /** Settings that could not be applied, in words. */
  problems: readonly string[];
}

export interface SidebarProps {
  caseId: string;
  today: IsoDate;
  /** Undefined while loading; null when nothing is stored for this case. */
  record: CaseRecord | null | undefined;
  findings: readonly Finding[];
  glance?: CaseGlance;
  unread: readonly (UnreadField & { path?: string; pageKind?: PageKind })[];
  /** The case system's origin, for links back to the pages values were read from. */
  origin?: string;
  /** The kind of host page the sidebar sits on, for the prompts that belong to it. */
  pageKind?: PageKind;
  pages?: readonly PageSeen[];
  corrections?: readonly Correction[];
  conflicts?: readonly Conflict[];
  /** The procedure and bank-holiday calendar the findings were worked out with. */
  procedure?: Procedure;
  region?: Region;
  /** The visit form on the host page, as the worker fills it in. */
  visitForm?: readonly VisitFormChild[];
  settings?: SidebarSettings;
  actions?: SidebarActions;
  /** The last change made, said once in a status line. */
  notice?: string;
  onCollapse?: () => void;
  /** The shell's resize handle, placed in the header after its buttons. */
  resizeHandle?: ReactNode;
  /** The "Teach a field" panel (entrypoints/sidebar/TeachField.tsx), shown last. */
  teachField?: ReactNode;
  /** The practice-lead dashboard, opened at this case. */
  dashboardUrl?: string;
  /**
   * The page the sidebar sits on was read but the read is not in what is stored (the background
   * refused or failed to save it): what is shown comes from the pages read before.
   */
  pageReadNotSaved?: boolean;
}

const SECTIONS = [
  ['deadlines', 'Deadlines'],
  ['seen-alone', 'Seen alone'],
  ['plan', 'Plan'],
  ['facts', 'Key facts'],
] as const;

/** Everything the sidebar shows for one case; all the logic is in lib/present and lib/rules. */
export function Sidebar(props: SidebarProps) {
  const { caseId, today, record, findings, glance, unread, origin, actions, onCollapse } = props;
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (settingsOpen) settingsHeading.current?.focus();
  }, [settingsOpen]);
  const icpcTerm = props.procedure?.terms.initialConference ?? 'ICPC';
  const reviewTerm = props.procedure?.terms.reviewConference ?? 'review conference';
  const childName = (id: string | undefined) =>
    id === undefined ? undefined : record?.children.find((c) => c.id === id)?.name;

  return (
    <main className="sidebar" aria-label="Core Group Lens">
      <header className="sidebar-header">
        <div>
          <h1>Core Group Lens</h1>
          <p className="sidebar-meta">
            Case <span data-testid="case-id">{caseId}</span>
            {props.dashboardUrl ? (
              <>
                {' · '}
                <a
                  href={props.dashboardUrl}
                  target="_blank"
                  rel="noopener"
                  data-testid="dashboard-link"
                >
                  All cases<span className="visually-hidden"> (dashboard, opens in a new tab)</span>
                </a>
              </>
            ) : null}
          </p>
        </div>
        <div className="header-buttons">
          {props.settings ? (
            <button
              type="button"
              aria-expanded={settingsOpen}
              aria-controls="settings-area"
              data-testid="settings-button"
              onClick={() => setSettingsOpen(!settingsOpen)}
            >
              Settings
            </button>
          ) : null}
          {onCollapse ? (
            <button
              type="button"
              id="collapse-button"
              aria-expanded="true"
              data-testid="collapse"
              onClick={onCollapse}
            >
              Hide<span className="visually-hidden"> Core Group Lens</span>
              <span aria-hidden="true"> ▸</span>
            </button>
          ) : null}
        </div>
        {props.resizeHandle}
      </header>
      {actions ? (
        // Always there while changes can be made, so a screen reader announces what it comes to say.
        <p role="status" className="notice-line" data-testid="notice">
          {props.notice ?? ''}
        </p>
      ) : null}
      <div id="settings-area">
        {settingsOpen && props.settings ? (
          <SettingsPanel
            key={JSON.stringify(props.settings.settings ?? null)}
            settings={props.settings.settings}
            procedures={props.settings.procedures}
            recordRegion={record?.region}
            profile={props.settings.profile}
            problems={props.settings.problems}
            actions={actions}
            headingRef={settingsHeading}
          />
        ) : null}
      </div>
      {record !== undefined && props.pageReadNotSaved ? (
        <p role="alert" className="notice" data-testid="page-read-not-saved">
          What this page shows has not been saved, so it is not included below
          {record ? ': what is shown comes from the pages read before' : ''}. Reload the page to
          read it again.
        </p>
      ) : null}
      {record === undefined ? (
        <p role="status">Loading what has been read for this case…</p>
      ) : record === null ? (
        <p role="status" data-testid="no-data">
          Nothing has been stored for this case yet. Open its summary, conference, core group, visit
          and plan pages so the extension can read them.
        </p>
      ) : (
        <>
          {glance ? <CaseGlanceLine glance={glance} today={today} /> : null}
          {props.visitForm ? (
            <VisitFormPrompt form={props.visitForm} caseChildren={record.children} />
          ) : null}
          <EscalationPrompts
            prompts={escalationPrompts(findings)}
            today={today}
            procedureName={props.procedure?.name ?? 'England (default)'}
            childName={childName}
          />
          {props.pageKind === 'core-group' && props.procedure ? (
            <CoreGroupPrompt
              schedule={coreGroupSchedule(record, findings, {
                today,
                procedure: props.procedure,
                region: props.region ?? record.region ?? 'england-and-wales',
              })}
              today={today}
              reviewTerm={reviewTerm}
            />
          ) : null}
          <nav aria-label="Sidebar sections" className="section-nav">
            <ul>
              {SECTIONS.map(([id, label]) => (
                <li key={id}>
                  <a href={`#${id}`}>{label}</a>
                </li>
              ))}
            </ul>
          </nav>
          <UnreadNotice unread={unread} origin={origin} />
          <ConflictsNotice
            conflicts={props.conflicts ?? []}
            record={record}
            origin={origin}
            actions={actions}
          />
          <DeadlinesPanel
            findings={findings}
            today={today}
            caseChildren={record.children}
            record={record}
            origin={origin}
            pages={props.pages}
            actions={actions}
            icpcTerm={icpcTerm}
          />
          <SeenAlonePanel record={record} findings={findings} today={today} />
          <PlanPanel record={record} today={today} origin={origin} />
          <LastCoreGroupPanel
            record={record}
            today={today}
            procedure={props.procedure}
            region={props.region}
            unread={unread}
            origin={origin}
            corrections={props.corrections}
            actions={actions}
          />
          <KeyFactsPanel
            record={record}
            corrections={props.corrections ?? []}
            actions={actions}
            origin={origin}
            icpcTerm={icpcTerm}
          />
          {props.pages ? <PagesRead pages={props.pages} origin={origin} /> : null}
        </>
      )}
      {props.teachField}
    </main>
  );
}
