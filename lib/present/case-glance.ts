import type { CaseRecord, IsoDate } from '../domain';
import { calendarDaysBetween } from '../rules/calendar';
import type { Finding } from '../rules/finding';
import { sortFindings } from './sort-findings';

export type Rag = 'red' | 'amber' | 'green' | 'grey';

export interface CaseGlance {
  rag: Rag;
  /** The RAG in words, so colour is never the only signal. */
  ragText: string;
  overdue: number;
  dueSoon: number;
  unknown: number;
  /** The first deadline not yet done, soonest (or most overdue) first. */
  nextDeadline?: Finding;
  /** Undefined when no core group has been held (or none was read). */
  daysSinceLastCoreGroup?: number;
  /** Names of the children whose most recent visit did not see them alone, or never did. */
  childrenNotSeenAlone: string[];
}

const OPEN = new Set(['overdue', 'due-soon', 'upcoming']);

/**
 * The line a practice lead reads in two seconds. Red: something is overdue now. Amber: something
 * is due within days, or a deadline cannot be worked out (never reassure on missing data).
 * Green: every current deadline is known and in hand. Grey: nothing is known about the case.
 */
export function caseGlance(
  record: CaseRecord,
  findings: readonly Finding[],
  today: IsoDate,
): CaseGlance {
  const current = findings.filter((f) => f.occurrence === 'current');
  const count = (status: Finding['status']) => current.filter((f) => f.status === status).length;
  const overdue = count('overdue');
  const dueSoon = count('due-soon');
  const unknown = count('unknown');
  const nextDeadline = sortFindings(current).find((f) => OPEN.has(f.status) && f.due);

  const lastHeld = record.coreGroups
    .filter((g) => g.status === 'held' && g.date <= today)
    .map((g) => g.date)
    .sort()
    .at(-1);

  const notSeenAloneIds = new Set(
    current.filter((f) => f.rule === 'seen-alone' && f.status === 'overdue').map((f) => f.childId),
  );
  const childrenNotSeenAlone = record.children
    .filter((c) => notSeenAloneIds.has(c.id))
    .map((c) => c.name);

  const known = current.some((f) => f.status !== 'unknown');
  const rag: Rag = overdue > 0 ? 'red' : dueSoon + unknown > 0 ? 'amber' : known ? 'green' : 'grey';
  const ragText = {
    red: `${overdue} overdue`,
    amber: dueSoon > 0 ? `${dueSoon} due soon` : `${unknown} cannot be worked out`,
    green: 'On track',
    grey: 'No data yet',
  }[rag];

  return {
    rag,
    ragText,
    overdue,
    dueSoon,
    unknown,
    nextDeadline,
    daysSinceLastCoreGroup: lastHeld ? calendarDaysBetween(lastHeld, today) : undefined,
    childrenNotSeenAlone,
  };
}
