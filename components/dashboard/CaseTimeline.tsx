import { useId } from 'react';
import {
  dateFraction,
  LANE_LABELS,
  TIMELINE_LANES,
  type TimelineDeadline,
  type TimelineEvent,
  type TimelineModel,
  timelineEntries,
} from '../../lib/present/dashboard-timeline';
import { formatLongDate, formatUkDate } from '../../lib/present/format-date';

const WIDTH = 960;
const LABEL_WIDTH = 132;
const RIGHT = 16;
const LANE_HEIGHT = 52;
const TOP = 22;
const AXIS_HEIGHT = 30;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthLabel(first: string): string {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

function EventMark({ event, x, y }: { event: TimelineEvent; x: number; y: number }) {
  const title = (
    <title>
      {formatLongDate(event.date)}: {event.label}
    </title>
  );
  const common = { className: event.scheduled ? 'tl-event tl-event-booked' : 'tl-event' };
  if (event.kind === 'icpc' || event.kind.startsWith('review')) {
    return (
      <rect x={x - 6} y={y - 6} width={12} height={12} {...common} data-kind={event.kind}>
        {title}
      </rect>
    );
  }
  if (event.kind === 'school-move') {
    return (
      <path d={`M${x},${y - 7} L${x + 7},${y + 6} L${x - 7},${y + 6} Z`} {...common}>
        {title}
      </path>
    );
  }
  return (
    <circle cx={x} cy={y} r={event.kind === 'visit' ? 3.5 : 5} {...common} data-kind={event.kind}>
      {title}
    </circle>
  );
}

function DeadlineMark({ deadline, x, y }: { deadline: TimelineDeadline; x: number; y: number }) {
  const missed = deadline.status === 'overdue' || deadline.status === 'late';
  return (
    <g
      className={`tl-deadline tl-status-${deadline.status}`}
      data-status={deadline.status}
      data-rule={deadline.rule}
    >
      <title>
        {deadline.label}, due {formatLongDate(deadline.due)}
        {deadline.doneOn ? `, done ${formatLongDate(deadline.doneOn)}` : ''}
      </title>
      <path d={`M${x},${y - 7} L${x + 7},${y} L${x},${y + 7} L${x - 7},${y} Z`} />
      {missed ? (
        <text x={x} y={y - 10} textAnchor="middle" className="tl-glyph">
          {deadline.status === 'overdue' ? '✖' : '!'}
        </text>
      ) : null}
    </g>
  );
}

/**
 * One case on one time axis: conferences, core groups, minutes and reports, and visits in lanes,
 * each deadline as a diamond on its lane, the window before a review as a band, and every missed
 * stretch (due to done, or due to today) as a red hatched bar. A list of the same follows it.
 */
export function CaseTimeline({ model, caseId }: { model: TimelineModel; caseId: string }) {
  const plotWidth = WIDTH - LABEL_WIDTH - RIGHT;
  const xOf = (date: string) => LABEL_WIDTH + dateFraction(model, date) * plotWidth;
  const laneY = (lane: (typeof TIMELINE_LANES)[number]) =>
    TOP + TIMELINE_LANES.indexOf(lane) * LANE_HEIGHT + LANE_HEIGHT / 2;
  const height = TOP + TIMELINE_LANES.length * LANE_HEIGHT + AXIS_HEIGHT;
  const plotBottom = TOP + TIMELINE_LANES.length * LANE_HEIGHT;
  const labelEvery = Math.max(1, Math.ceil(model.months.length / 12));
  const missed = model.deadlines.filter((d) => d.missed);
  const entries = timelineEntries(model);
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  return (
    <section className="panel timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="timeline-svg"
        data-testid="timeline"
      >
        <title id={titleId}>Timeline of case {caseId}</title>
        <desc id={descId}>
          {`From ${formatLongDate(model.start)} to ${formatLongDate(model.end)}: ${model.events.length} recorded events and ${model.deadlines.length} deadlines, ${missed.length} of them missed or late. The same is listed after the chart.`}
        </desc>
        <defs>
          <pattern
            id="tl-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="tl-hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="tl-hatch-line" />
          </pattern>
        </defs>
        {TIMELINE_LANES.map((lane, i) => (
          <g key={lane}>
            <rect
              x={0}
              y={TOP + i * LANE_HEIGHT}
              width={WIDTH}
              height={LANE_HEIGHT}
              className={i % 2 === 0 ? 'tl-lane tl-lane-shaded' : 'tl-lane'}
            />
            <text x={8} y={laneY(lane) + 5} className="tl-lane-label">
              {LANE_LABELS[lane]}
            </text>
          </g>
        ))}
        {model.months.map((month, i) => (
          <g key={month}>
            <line x1={xOf(month)} x2={xOf(month)} y1={TOP} y2={plotBottom} className="tl-month" />
            {i % labelEvery === 0 ? (
              <text x={xOf(month)} y={plotBottom + 18} textAnchor="middle" className="tl-axis">
                {monthLabel(month)}
              </text>
            ) : null}
          </g>
        ))}
        {model.deadlines
          .filter((d) => d.windowStart)
          .map((d) => (
            <rect
              key={`window-${d.rule}-${d.due}-${d.occurrence}`}
              x={xOf(d.windowStart ?? d.due)}
              y={laneY(d.lane) - 16}
              width={Math.max(2, xOf(d.due) - xOf(d.windowStart ?? d.due))}
              height={32}
              className="tl-window"
            >
              <title>
                {`Window for ${d.label}: ${formatLongDate(d.windowStart ?? d.due)} to ${formatLongDate(d.due)}`}
              </title>
            </rect>
          ))}
        {missed.map((d) => (
          <rect
            key={`missed-${d.rule}-${d.childId ?? ''}-${d.due}-${d.occurrence}`}
            x={xOf(d.missed?.from ?? d.due)}
            y={laneY(d.lane) + 9}
            width={Math.max(3, xOf(d.missed?.to ?? d.due) - xOf(d.missed?.from ?? d.due))}
            height={8}
            fill="url(#tl-hatch)"
            className="tl-missed"
            data-testid="missed-span"
          >
            <title>
              {`Missed: ${d.label}. Due ${formatLongDate(d.due)}, ${d.doneOn ? `done ${formatLongDate(d.doneOn)}` : 'still not done'}.`}
            </title>
          </rect>
        ))}
        {model.events.map((event) => (
          <EventMark
            key={`${event.kind}-${event.date}-${event.label}`}
            event={event}
            x={xOf(event.date)}
            y={laneY(event.lane) - 9}
          />
        ))}
        {model.deadlines.map((d) => (
          <DeadlineMark
            key={`${d.rule}-${d.childId ?? ''}-${d.due}-${d.occurrence}`}
            deadline={d}
            x={xOf(d.due)}
            y={laneY(d.lane) + 4}
          />
        ))}
        {model.planEnd ? (
          <g>
            <line
              x1={xOf(model.planEnd)}
              x2={xOf(model.planEnd)}
              y1={TOP - 6}
              y2={plotBottom}
              className="tl-plan-end"
            />
            <text x={xOf(model.planEnd)} y={TOP - 9} textAnchor="middle" className="tl-axis">
              Plan end
            </text>
          </g>
        ) : null}
        <line
          x1={xOf(model.today)}
          x2={xOf(model.today)}
          y1={TOP - 6}
          y2={plotBottom}
          className="tl-today-line"
        />
        <text x={xOf(model.today)} y={TOP - 9} textAnchor="middle" className="tl-axis tl-today">
          Today
        </text>
      </svg>
      <ul className="timeline-legend" aria-label="Key to the timeline">
        <li>
          <span aria-hidden="true">■ ●</span> held or done (hollow: booked, not yet held)
        </li>
        <li>
          <span aria-hidden="true">◆</span> deadline: green met, amber due soon, white upcoming, red
          overdue (✖) or late (!)
        </li>
        <li>
          <span aria-hidden="true" className="legend-missed" /> time a deadline ran over
        </li>
        <li>
          <span aria-hidden="true">▭</span> dashed box: the window before a review
        </li>
      </ul>
      <details className="timeline-list">
        <summary>The timeline as a list ({entries.length})</summary>
        <table>
          <caption className="visually-hidden">Everything on the timeline, in date order</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Lane</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={`${entry.date}-${entry.lane}-${entry.text}`}>
                <td>
                  <time dateTime={entry.date}>{formatUkDate(entry.date)}</time>
                </td>
                <td>{LANE_LABELS[entry.lane]}</td>
                <td>{entry.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {model.unplaced.length > 0 ? (
        <p className="cell-note">
          {model.unplaced.length} deadline{model.unplaced.length === 1 ? '' : 's'} cannot be placed
          on the timeline because {model.unplaced.length === 1 ? 'it' : 'they'} cannot be worked out
          from what was read (see Deadlines).
        </p>
      ) : null}
    </section>
  );
}
