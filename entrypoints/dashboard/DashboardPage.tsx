import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CaseDetail } from '../../components/dashboard/CaseDetail';
import { CaseList } from '../../components/dashboard/CaseList';
import { CaseReportView } from '../../components/dashboard/CaseReportView';
import { DashboardShell } from '../../components/dashboard/DashboardShell';
import { ExportPanel } from '../../components/dashboard/ExportPanel';
import { type ReminderPermission, RemindersPanel } from '../../components/dashboard/RemindersPanel';
import { type DashboardFilter, filterRows, NO_FILTER } from '../../lib/present/dashboard-filter';
import { DashboardMemo } from '../../lib/present/dashboard-memo';
import { type ReportPurpose, routeHash } from '../../lib/present/dashboard-route';
import { rulesSetup } from '../../lib/present/dashboard-rules-setup';
import { DEFAULT_SORT, nextSort, type SortKey, sortRows } from '../../lib/present/dashboard-sort';
import { buildTimeline } from '../../lib/present/dashboard-timeline';
import { calendarEntries } from '../../lib/reports/calendar-events';
import { buildIcs } from '../../lib/reports/calendar-ics';
import { buildCaseReport } from '../../lib/reports/case-report';
import { casesCsv } from '../../lib/reports/cases-csv';
import { listProcedures } from '../../lib/rules/procedures';
import { getCaseView, type LensDb } from '../../lib/store';
import { loadCases, RecordCache } from './load-cases';
import type { ReminderControls } from './reminder-permission';
import { saveFile } from './save-file';
import { type SettingsSource, useSettingsFrom } from './settings-source';
import { useDashboardRows, useHashRoute, useToday } from './use-page-state';

export interface DashboardPageProps {
  db: LensDb;
  reminders: ReminderControls;
  /** The settings with the organisation's policy applied (from the background). */
  settingsSource: SettingsSource;
  clock?: () => Date;
  /** Table height where the page cannot be measured (tests). */
  fallbackHeight?: number;
  /** Where files go (tests catch them); the browser's downloads by default. */
  save?: (fileName: string, text: string, type: string) => void;
  print?: () => void;
}

const systemClock = () => new Date();
const PROCEDURES = listProcedures().map((p) => ({ id: p.id, name: p.name }));
const caseHref = (caseId: string) => routeHash({ view: 'case', caseId });
const LIST_HREF = routeHash({ view: 'list' });

/**
 * Wires the store to the dashboard: live queries over the cases and settings, the rules run once
 * per record (memoised by its `updatedAt`), and the route in the page's fragment. Everything it
 * shows is drawn by components/dashboard; everything it works out is in lib/.
 */
export function DashboardPage({
  db,
  reminders,
  settingsSource,
  clock = systemClock,
  fallbackHeight,
  save = saveFile,
  print = () => window.print(),
}: DashboardPageProps) {
  const today = useToday(clock);
  const route = useHashRoute();
  const [memo] = useState(() => new DashboardMemo());
  const [cache] = useState(() => new RecordCache());
  const [filter, setFilter] = useState<DashboardFilter>(NO_FILTER);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [exportMessage, setExportMessage] = useState<string>();
  const [reminderMessage, setReminderMessage] = useState<string>();
  const [permission, setPermission] = useState<ReminderPermission>('not-granted');

  const settingsState = useSettingsFrom(settingsSource);
  const settings = settingsState.state === 'loaded' ? settingsState.settings : undefined;
  // The setup (and so every finding) changes only when something the rules read changes.
  const procedureId = settings?.procedureId;
  const regionOverride = settings?.regionOverride;
  const overrides = JSON.stringify(settings?.procedureOverrides ?? null);
  const setup = useMemo(
    () =>
      rulesSetup(
        { procedureId, regionOverride, procedureOverrides: JSON.parse(overrides) ?? undefined },
        today,
      ),
    [procedureId, regionOverride, overrides, today],
  );
  const inputs = useLiveQuery(() => loadCases(db, cache), [db, cache]);
  // Settings change the findings, so wait for them: never show one set, then another.
  const progress = useDashboardRows(
    settingsState.state === 'loading' ? undefined : inputs,
    setup,
    memo,
  );
  const allRows = progress?.rows;
  const rows = useMemo(
    () => (allRows ? sortRows(filterRows(allRows, filter), sort) : undefined),
    [allRows, filter, sort],
  );

  useEffect(() => {
    reminders.state().then(setPermission, () => setPermission('unavailable'));
  }, [reminders]);

  const onSort = useCallback((key: SortKey) => setSort((s) => nextSort(s, key)), []);

  const onDownloadCsv = (includeNames: boolean) => {
    if (!allRows) return;
    const generatedAt = clock().toISOString();
    save(
      `core-group-lens-cases-${today}.csv`,
      casesCsv(sortRows(allRows, { key: 'case', direction: 'ascending' }), {
        generatedAt,
        includeNames,
      }),
      'text/csv;charset=utf-8',
    );
    setExportMessage(`Saved a CSV of ${allRows.length} cases.`);
  };

  const onDownloadCalendar = (includeNames: boolean) => {
    if (!allRows) return;
    const entries = calendarEntries(allRows, { today, includeNames });
    if (entries.length === 0) {
      setExportMessage('Nothing is coming up in the cases read, so there is nothing to export.');
      return;
    }
    const result = buildIcs(entries, clock());
    if (!result.ok) {
      setExportMessage(`The calendar file could not be made: ${result.error}`);
      return;
    }
    save(`core-group-lens-deadlines-${today}.ics`, result.ics, 'text/calendar;charset=utf-8');
    setExportMessage(`Saved ${result.count} upcoming dates as a calendar file.`);
  };

  const problems = [
    ...(settingsState.state === 'error'
      ? [
          `Settings could not be loaded (${settingsState.message}), so England's timescales are used.`,
        ]
      : []),
    ...setup.problems,
  ];

  const caseId = route.view === 'list' ? undefined : route.caseId;
  useEffect(() => {
    document.title = caseId ? `Case ${caseId} — Core Group Lens` : 'Cases — Core Group Lens';
  }, [caseId]);
  // Back on the list, the keyboard continues from the case just looked at.
  const lastCase = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (caseId !== undefined) {
      lastCase.current = caseId;
      return;
    }
    const previous = lastCase.current;
    if (previous === undefined) return;
    document.querySelector<HTMLElement>(`tr[data-case-id="${CSS.escape(previous)}"] a`)?.focus();
  }, [caseId]);

  return (
    <DashboardShell problems={problems}>
      <div hidden={route.view !== 'list'}>
        {!rows || !allRows ? (
          <p role="status" data-testid="loading">
            {progress
              ? `Working out deadlines: ${progress.done.toLocaleString('en-GB')} of ${progress.total.toLocaleString('en-GB')} cases…`
              : 'Loading the cases read on this computer…'}
          </p>
        ) : (
          <>
            <CaseList
              allRows={allRows}
              rows={rows}
              filter={filter}
              onFilterChange={setFilter}
              sort={sort}
              onSort={onSort}
              procedures={PROCEDURES}
              today={today}
              hrefFor={caseHref}
              {...(fallbackHeight !== undefined ? { fallbackHeight } : {})}
            />
            <div className="dashboard-panels no-print">
              <ExportPanel
                caseCount={allRows.length}
                onDownloadCsv={onDownloadCsv}
                onDownloadCalendar={onDownloadCalendar}
                {...(exportMessage !== undefined ? { message: exportMessage } : {})}
              />
              <RemindersPanel
                permission={permission}
                enabledInSettings={settings?.reminders.enabled ?? true}
                daysBefore={settings?.reminders.daysBefore ?? 3}
                overdueTotal={allRows.reduce((n, r) => n + r.overdue, 0)}
                onTurnOn={() => reminders.turnOn().then(setPermission)}
                onTurnOff={() => reminders.turnOff().then(setPermission)}
                onDaysBeforeChange={(days) =>
                  reminders
                    .setDaysBefore(days)
                    .then((problem) =>
                      setReminderMessage(
                        problem
                          ? `Not saved: ${problem}`
                          : `Saved: reminders come ${days} working day${days === 1 ? '' : 's'} before each deadline.`,
                      ),
                    )
                }
                {...(reminderMessage !== undefined ? { message: reminderMessage } : {})}
              />
            </div>
          </>
        )}
      </div>
      {caseId !== undefined && route.view !== 'list' ? (
        <CasePage
          db={db}
          caseId={caseId}
          purpose={route.view === 'report' ? route.purpose : undefined}
          memo={memo}
          setup={setup}
          clock={clock}
          print={print}
        />
      ) : null}
    </DashboardShell>
  );
}

/** One case's detail or printable summary, read live from the store. */
function CasePage({
  db,
  caseId,
  purpose,
  memo,
  setup,
  clock,
  print,
}: {
  db: LensDb;
  caseId: string;
  purpose: ReportPurpose | undefined;
  memo: DashboardMemo;
  setup: ReturnType<typeof rulesSetup>;
  clock: () => Date;
  print: () => void;
}) {
  const view = useLiveQuery(async () => (await getCaseView(db, caseId)) ?? null, [db, caseId]);
  const generatedAt = useRef(clock().toISOString());
  const derived = useMemo(() => {
    if (!view) return undefined;
    const findings = memo.findingsFor(view.caseId, view.updatedAt, view.record, setup);
    const report = buildCaseReport({
      record: view.record,
      findings,
      purpose: purpose ?? 'supervision',
      today: setup.today,
      generatedAt: generatedAt.current,
      unreadCount: view.unread.length,
      conflictCount: view.conflicts.length,
      lastReadAt: view.lastReadAt,
    });
    return {
      findings,
      report,
      timeline: buildTimeline(view.record, findings, setup.today),
    };
  }, [view, memo, setup, purpose]);

  if (view === undefined) return <p role="status">Loading the case…</p>;
  if (view === null || !derived) {
    return (
      <p role="alert" data-testid="case-not-found">
        Case {caseId} is not stored on this computer. <a href={LIST_HREF}>Back to all cases</a>
      </p>
    );
  }
  if (purpose) {
    return (
      <CaseReportView
        report={derived.report}
        caseChildren={view.record.children}
        backHref={caseHref(caseId)}
        onPrint={print}
      />
    );
  }
  return (
    <CaseDetail
      view={view}
      findings={derived.findings}
      glance={derived.report.glance}
      timeline={derived.timeline}
      plans={derived.report.plans}
      seenAlone={derived.report.seenAlone}
      seenAlonePeriod={derived.report.period.text}
      today={setup.today}
      backHref={LIST_HREF}
      reportHref={(p) => routeHash({ view: 'report', caseId, purpose: p })}
    />
  );
}
