import { STATUS_LABELS } from '../../lib/present/labels';
import type { FindingStatus } from '../../lib/rules/finding';

export function StatusBadge({ status }: { status: FindingStatus }) {
  const { text, icon } = STATUS_LABELS[status];
  return (
    <span className={`badge badge-${status}`}>
      <span aria-hidden="true">{icon}</span> {text}
    </span>
  );
}
