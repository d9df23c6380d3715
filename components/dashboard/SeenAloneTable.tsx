import { formatUkDate } from '../../lib/present/format-date';
import type { SeenAloneRecord } from '../../lib/reports/case-report';
import { StatusBadge } from '../sidebar/StatusBadge';

const date = (d: string | undefined) => (d ? formatUkDate(d) : 'Never recorded');

/** Whether and when each child was seen, and seen alone; "not recorded" is never "alone". */
export function SeenAloneTable({
  records,
  period,
}: {
  records: readonly SeenAloneRecord[];
  period: string;
}) {
  if (records.length === 0) return <p>No children are recorded on this case.</p>;
  return (
    <table className="report-table" data-testid="seen-alone">
      <caption>
        Seen and seen alone ({period.charAt(0).toLowerCase()}
        {period.slice(1)})
      </caption>
      <thead>
        <tr>
          <th scope="col">Child</th>
          <th scope="col">Status</th>
          <th scope="col">Visits seen</th>
          <th scope="col">Seen alone</th>
          <th scope="col">Alone not recorded</th>
          <th scope="col">Recorded not seen</th>
          <th scope="col">Last seen</th>
          <th scope="col">Last seen alone</th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => (
          <tr key={r.childId}>
            <th scope="row">{r.childName}</th>
            <td>
              {r.finding ? <StatusBadge status={r.finding.status} /> : 'Unknown'}
              {r.exemption ? <span className="cell-note">{r.exemption}</span> : null}
            </td>
            <td className="num">{r.visitsSeen}</td>
            <td className="num">{r.visitsSeenAlone}</td>
            <td className="num">{r.visitsAloneNotRecorded}</td>
            <td className="num">{r.visitsNotSeen}</td>
            <td>{date(r.lastSeen)}</td>
            <td>{date(r.lastSeenAlone)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
