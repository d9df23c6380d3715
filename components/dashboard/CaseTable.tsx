import { type KeyboardEvent, useEffect, useState } from 'react';
import type { IsoDate } from '../../lib/domain';
import { regionLabel } from '../../lib/present/dashboard-labels';
import type { DashboardRow } from '../../lib/present/dashboard-rows';
import type { SortKey, SortState } from '../../lib/present/dashboard-sort';
import { formatLongDate, formatUkDate } from '../../lib/present/format-date';
import { RULE_LABELS } from '../../lib/present/labels';
import { overduePhrase, relativePhrase } from '../../lib/present/relative-phrase';
import { formatUkDateTime } from '../../lib/reports/generated-notice';
import { StatusBadge } from '../sidebar/StatusBadge';
import { RagStatus } from './RagStatus';
import { SortableHeader } from './SortableHeader';
import { useWindow } from './use-window';

export const ROW_HEIGHT = 60;
const HEADER_HEIGHT = 44;
const COLUMNS = 8;

export interface CaseTableProps {
  rows: readonly DashboardRow[];
  sort: SortState;
  onSort: (key: SortKey) => void;
  today: IsoDate;
  /** The link that opens a case's detail view. */
  hrefFor: (caseId: string) => string;
  /** Height to draw when the page cannot measure its box (tests); the browser measures it. */
  fallbackHeight?: number;
}

const STEP: Record<string, number | 'home' | 'end' | 'page'> = {
  ArrowDown: 1,
  ArrowUp: -1,
  PageDown: 'page',
  PageUp: 'page',
  Home: 'home',
  End: 'end',
};

/** "in 3 working days", "12 days overdue": how far off, in the words the sidebar uses. */
function whenPhrase(row: DashboardRow, today: IsoDate): string | undefined {
  const next = row.nextDeadline;
  if (!next) return undefined;
  return next.status === 'overdue'
    ? overduePhrase(next.due, today)
    : relativePhrase(next.due, today, row.regionUsed);
}

/** The cells after the row header (the case reference). */
function CaseCells({ row, today }: { row: DashboardRow; today: IsoDate }) {
  const next = row.nextDeadline;
  const child = next?.childId
    ? row.record.children.find((c) => c.id === next.childId)?.name
    : undefined;
  const note = next
    ? `${RULE_LABELS[next.rule]}${child ? ` — ${child}` : ''} (${whenPhrase(row, today)})`
    : undefined;
  return (
    <>
      <td>
        <RagStatus rag={row.rag} text={row.ragText} />
      </td>
      <td>
        {next ? (
          <span className="cell-stack">
            <span>
              <StatusBadge status={next.status} />{' '}
              <time dateTime={next.due} title={formatLongDate(next.due)}>
                {formatUkDate(next.due)}
              </time>
            </span>
            <span className="cell-note" title={note}>
              {note}
            </span>
          </span>
        ) : (
          <span className="cell-note">None known</span>
        )}
      </td>
      <td className="num">{row.overdue}</td>
      <td>
        {row.daysSinceLastCoreGroup === undefined
          ? 'None recorded'
          : `${row.daysSinceLastCoreGroup} day${row.daysSinceLastCoreGroup === 1 ? '' : 's'} ago`}
        {row.meetingGaps.latestMeetingDate ? (
          <span className="cell-note" data-testid="meeting-gaps">
            {row.meetingGaps.gaps} gap{row.meetingGaps.gaps === 1 ? '' : 's'} in its record
            {row.meetingGaps.unknown > 0 ? `, ${row.meetingGaps.unknown} not recorded` : ''}
          </span>
        ) : null}
      </td>
      <td title={row.childrenNotSeenAlone.join(', ')}>
        {row.childrenNotSeenAlone.length === 0 ? (
          'None'
        ) : (
          <span className="not-seen-alone">
            <span aria-hidden="true">⚠ </span>
            {row.childrenNotSeenAlone.join(', ')}
          </span>
        )}
      </td>
      <td>
        {regionLabel(row.region)}
        {row.unreadCount > 0 ? (
          <span className="cell-note">
            {row.unreadCount} value{row.unreadCount === 1 ? '' : 's'} not read
          </span>
        ) : null}
      </td>
      <td>
        <time dateTime={row.lastReadAt}>{formatUkDateTime(row.lastReadAt)}</time>
      </td>
    </>
  );
}

/**
 * Every case as a row of a real table, sortable by any column. Only the rows near the scroll
 * position are in the page (the rest are spacer height), with `aria-rowcount`/`aria-rowindex`
 * so a screen reader still hears "row 2,317 of 5,001". Arrow keys, Page Up/Down, Home and End
 * move between the case links, scrolling rows in as they go.
 */
export function CaseTable({ rows, sort, onSort, today, hrefFor, fallbackHeight }: CaseTableProps) {
  const { range, containerRef, onScroll, scrollToIndex } = useWindow({
    count: rows.length,
    rowHeight: ROW_HEIGHT,
    headerHeight: HEADER_HEIGHT,
    ...(fallbackHeight !== undefined ? { fallbackHeight } : {}),
  });
  // The row to focus once it is drawn (it may be off screen when the key is pressed).
  const [focusTarget, setFocusTarget] = useState<number | null>(null);

  useEffect(() => {
    if (focusTarget === null || focusTarget < range.start || focusTarget >= range.end) return;
    containerRef.current
      ?.querySelector<HTMLAnchorElement>(`a[data-row-index="${focusTarget}"]`)
      ?.focus();
    setFocusTarget(null);
  }, [focusTarget, range.start, range.end, containerRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const step = STEP[event.key];
    const from = (event.target as HTMLElement).closest('a[data-row-index]');
    if (step === undefined || !from || rows.length === 0) return;
    const index = Number(from.getAttribute('data-row-index'));
    const page = Math.max(1, range.end - range.start - 16);
    let target =
      step === 'home'
        ? 0
        : step === 'end'
          ? rows.length - 1
          : step === 'page'
            ? index + (event.key === 'PageDown' ? page : -page)
            : index + step;
    target = Math.max(0, Math.min(rows.length - 1, target));
    event.preventDefault();
    if (target === index) return;
    scrollToIndex(target);
    setFocusTarget(target);
  };

  const shown = rows.slice(range.start, range.end);
  return (
    <div
      className="case-table-scroll"
      ref={containerRef}
      onScroll={onScroll}
      data-testid="case-table-scroll"
    >
      <table className="case-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">
          Cases read, one row each. Sort by a column with its button; in the list, arrow keys move
          between cases.
        </caption>
        <colgroup>
          <col className="col-case" />
          <col className="col-status" />
          <col className="col-next" />
          <col className="col-overdue" />
          <col className="col-core-group" />
          <col className="col-seen-alone" />
          <col className="col-region" />
          <col className="col-read" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
            <SortableHeader label="Case" sortKey="case" sort={sort} onSort={onSort} />
            <SortableHeader label="Status" sortKey="status" sort={sort} onSort={onSort} />
            <SortableHeader
              label="Next deadline"
              sortKey="next-deadline"
              sort={sort}
              onSort={onSort}
            />
            <SortableHeader label="Overdue" sortKey="overdue" sort={sort} onSort={onSort} />
            <SortableHeader
              label="Last core group"
              sortKey="last-core-group"
              sort={sort}
              onSort={onSort}
            />
            <SortableHeader
              label="Not seen alone"
              sortKey="not-seen-alone"
              sort={sort}
              onSort={onSort}
            />
            <SortableHeader label="Region" sortKey="region" sort={sort} onSort={onSort} />
            <SortableHeader label="Last read" sortKey="last-read" sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {range.start > 0 ? (
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an empty spacer row standing for the rows not drawn; presentation keeps it out of the table a screen reader hears
            <tr role="presentation" className="spacer" style={{ height: range.start * ROW_HEIGHT }}>
              <td role="presentation" colSpan={COLUMNS} />
            </tr>
          ) : null}
          {shown.map((row, i) => {
            const index = range.start + i;
            return (
              <tr
                key={row.caseId}
                aria-rowindex={index + 2}
                data-case-id={row.caseId}
                className={`case-row case-row-${row.rag}`}
                style={{ height: ROW_HEIGHT }}
              >
                <th scope="row">
                  <a href={hrefFor(row.caseId)} data-row-index={index} data-testid="case-link">
                    {row.caseId}
                  </a>
                </th>
                <CaseCells row={row} today={today} />
              </tr>
            );
          })}
          {range.end < rows.length ? (
            // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an empty spacer row standing for the rows not drawn; presentation keeps it out of the table a screen reader hears
            <tr
              role="presentation"
              className="spacer"
              style={{ height: (rows.length - range.end) * ROW_HEIGHT }}
            >
              <td role="presentation" colSpan={COLUMNS} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
