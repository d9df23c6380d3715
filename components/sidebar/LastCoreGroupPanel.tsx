import type { CaseRecord, IsoDate, Region, UnreadField } from '../../lib/domain';
import { formatLongDate } from '../../lib/present/format-date';
import { lastCoreGroupView, type MeetingLine } from '../../lib/present/last-core-group';
import type { Procedure } from '../../lib/rules/procedure';
import type { Correction } from '../../lib/store/corrections';
import type { SidebarActions } from './actions';
import { MeetingRecordEntry } from './MeetingRecordEntry';
import { WhereFrom } from './WhereFrom';

function Line({ line, icon }: { line: MeetingLine; icon: string }) {
  return (
    <li className="finding" data-testid="lcg-line" data-check={line.check}>
      <p className="finding-head">
        <span aria-hidden="true">{icon} </span>
        <span className="finding-title">{line.title}</span>
      </p>
      <p className="finding-reason">{line.reason}</p>
      {line.prompt ? (
        <p className="finding-prompt" data-testid="lcg-prompt">
          {line.prompt}
        </p>
      ) : null}
      <p className="finding-source">
        Source:{' '}
        {line.sourceUrl ? (
          <a href={line.sourceUrl} target="_blank" rel="noreferrer">
            {line.source}
          </a>
        ) : (
          line.source
        )}
      </p>
    </li>
  );
}

/**
 * "Last core group": the gaps in the latest held meeting's record and the drift across
 * meetings, each with its source; what could not be checked is said as not known, apart.
 */
export function LastCoreGroupPanel({
  record,
  today,
  procedure,
  region,
  unread,
  origin,
  corrections,
  actions,
}: {
  record: CaseRecord;
  today: IsoDate;
  procedure?: Procedure;
  region?: Region;
  unread?: readonly UnreadField[];
  origin?: string;
  /** The case's corrections: sections of the meeting entered by the worker show as such. */
  corrections?: readonly Correction[];
  /** Without these the sections are shown but cannot be entered. */
  actions?: SidebarActions;
}) {
  const view = lastCoreGroupView(record, today, {
    ...(procedure ? { procedure } : {}),
    ...(region ? { region } : {}),
    ...(unread ? { unread } : {}),
  });
  return (
    <section
      className="panel"
      id="last-core-group"
      aria-labelledby="last-core-group-heading"
      data-testid="last-core-group-panel"
    >
      <h2 id="last-core-group-heading">Last core group</h2>
      {view.meeting === undefined ? (
        <p data-testid="lcg-none">
          No core group is recorded as held yet
          {view.nextScheduled ? `; one is booked for ${formatLongDate(view.nextScheduled)}` : ''}.
        </p>
      ) : (
        <>
          <p data-testid="lcg-summary">
            Held on <time dateTime={view.meeting.date}>{formatLongDate(view.meeting.date)}</time>:{' '}
            {view.gaps.length === 0
              ? 'no gaps found in its record'
              : `${view.gaps.length} ${view.gaps.length === 1 ? 'gap' : 'gaps'} in its record`}
            {view.unknown.length > 0 ? `, ${view.unknown.length} not known` : ''}.{' '}
            {view.meeting.source ? (
              <WhereFrom provenance={view.meeting.source} origin={origin} />
            ) : null}
          </p>
          {view.gaps.length > 0 ? (
            <ul className="findings" data-testid="lcg-gaps" aria-label="Gaps in the record">
              {view.gaps.map((line) => (
                <Line key={line.key} line={line} icon="⚠" />
              ))}
            </ul>
          ) : null}
          <h3>Across core groups</h3>
          {view.drift.length === 0 ? (
            <p data-testid="lcg-no-drift">
              No drift, rising risk or unassessed adult found in what was read.
            </p>
          ) : (
            <ul className="findings" data-testid="lcg-drift" aria-label="Across core groups">
              {view.drift.map((line) => (
                <Line key={line.key} line={line} icon="⚠" />
              ))}
            </ul>
          )}
          {view.unknown.length > 0 ? (
            <details data-testid="lcg-unknown">
              <summary>Not known from the pages read ({view.unknown.length})</summary>
              <ul className="findings">
                {view.unknown.map((line) => (
                  <Line key={line.key} line={line} icon="?" />
                ))}
              </ul>
            </details>
          ) : null}
          <p className="where-from" data-testid="lcg-met">
            {view.met} {view.met === 1 ? 'check' : 'checks'} met.
          </p>
          <MeetingRecordEntry
            record={record}
            date={view.meeting.date}
            corrections={corrections ?? []}
            actions={actions}
            origin={origin}
          />
        </>
      )}
      {view.unreadOnPages.length > 0 ? (
        <div className="notice" data-testid="lcg-unread">
          <p>Shown on a page but could not be read:</p>
          <ul>
            {view.unreadOnPages.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
