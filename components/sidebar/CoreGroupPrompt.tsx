import type { IsoDate } from '../../lib/domain';
import type { CoreGroupSchedule } from '../../lib/present/core-group-schedule';
import { formatLongDate, formatUkDate } from '../../lib/present/format-date';
import { overduePhrase, relativePhrase } from '../../lib/present/relative-phrase';
import { withUniqueKeys } from '../../lib/present/unique-keys';
import type { Finding } from '../../lib/rules/finding';
import { StatusBadge } from './StatusBadge';

function MinutesLine({ finding, today }: { finding: Finding; today: IsoDate }) {
  const meeting = finding.computedFrom[0]?.date;
  const due = finding.due;
  return (
    <li data-testid="minutes-due">
      <StatusBadge status={finding.status} /> Minutes of the core group
      {meeting ? ` on ${formatUkDate(meeting)}` : ''}
      {due ? (
        <>
          : due by <time dateTime={due}>{formatUkDate(due)}</time> (
          {finding.status === 'overdue'
            ? overduePhrase(due, today)
            : relativePhrase(due, today, finding.region)}
          )
        </>
      ) : null}
      .
    </li>
  );
}

/**
 * On a core group page: the dates the coming meetings must fall by until the next review, the
 * window for the last one before it, and whether minutes are still due.
 */
export function CoreGroupPrompt({
  schedule,
  today,
  reviewTerm = 'review conference',
}: {
  schedule: CoreGroupSchedule;
  today: IsoDate;
  reviewTerm?: string;
}) {
  const { mustFallBy, review, finalBeforeReview: final } = schedule;
  const [first, ...later] = mustFallBy;
  const latest = schedule.latestMinutes;
  return (
    <section
      className="prompt"
      aria-labelledby="core-group-prompt-heading"
      data-testid="core-group-prompt"
    >
      <h2 id="core-group-prompt-heading">Core group dates</h2>
      {first ? (
        <>
          <p>
            Next core group by{' '}
            <time dateTime={first} data-testid="next-core-group">
              {formatLongDate(first)}
            </time>{' '}
            (
            {first < today
              ? overduePhrase(first, today)
              : relativePhrase(first, today, schedule.next?.region ?? 'england-and-wales')}
            ).
          </p>
          {later.length ? (
            <>
              <p>
                {first < today
                  ? 'If it is held today, the ones after it must fall by:'
                  : 'If each is held on its last allowed day, the ones after it must fall by:'}
              </p>
              <ol className="plain-list" data-testid="later-core-groups">
                {later.map((d) => (
                  <li key={d}>
                    <time dateTime={d}>{formatLongDate(d)}</time>
                  </li>
                ))}
              </ol>
              <p className="hint">
                These are the latest dates: holding one earlier brings the rest forward.
              </p>
            </>
          ) : null}
        </>
      ) : (
        <p>{schedule.cannotDate ?? 'No further core group is due before the plan ends.'}</p>
      )}
      {review ? (
        <p>
          The {reviewTerm} is {review.booked ? 'booked for' : 'due by'}{' '}
          <time dateTime={review.date}>{formatLongDate(review.date)}</time>.
          {final?.windowStart &&
          final.due &&
          final.status !== 'met' &&
          final.status !== 'not-applicable' ? (
            <>
              {' '}
              The last core group before it must fall between{' '}
              <time dateTime={final.windowStart}>{formatUkDate(final.windowStart)}</time> and{' '}
              <time dateTime={final.due}>{formatUkDate(final.due)}</time>.
            </>
          ) : final?.status === 'met' && final.doneOn ? (
            <> The last core group before it was held on {formatUkDate(final.doneOn)}.</>
          ) : null}
        </p>
      ) : null}
      <h3>Minutes</h3>
      {schedule.minutesDue.length ? (
        <ul className="plain-list">
          {withUniqueKeys(schedule.minutesDue, (f) => f.due ?? '').map(({ key, item }) => (
            <MinutesLine key={key} finding={item} today={today} />
          ))}
        </ul>
      ) : latest?.status === 'met' || latest?.status === 'late' ? (
        <p data-testid="minutes-done">
          <span aria-hidden="true">✔ </span>The minutes of the latest core group were circulated
          {latest.doneOn ? ` on ${formatUkDate(latest.doneOn)}` : ''}; none are still due.
        </p>
      ) : (
        <p data-testid="minutes-done">No minutes are due: no core group is recorded as held.</p>
      )}
    </section>
  );
}
