import type { CaseRecord, Child, IsoDate } from '../domain';
import { compareDates } from '../rules/calendar';
import type { Finding } from '../rules/finding';

/** One child's visits and seen-alone record, as the seen-alone panel shows it. */
export interface ChildSeenAlone {
  childId: string;
  name: string;
  /** Seen, but not expected to be spoken to alone. */
  preVerbal: boolean;
  /** The conference decided this child need not be seen alone. */
  notRequired: boolean;
  /** The latest visit that records the child at all, and whether it saw them. */
  lastVisit?: { date: IsoDate; seen: boolean };
  /** The latest visit at which the child was seen alone. */
  lastSeenAlone?: IsoDate;
  /** Visits in a row, up to the latest, at which the child was seen but not alone. */
  notAloneInARow: number;
  /** The latest visit that saw the child does not say whether alone (never taken as yes). */
  latestAloneNotRecorded: boolean;
  /** The visit rule's current finding: when the next visit is due. */
  nextVisit?: Finding;
  /** The seen-alone rule's current finding. */
  seenAloneFinding?: Finding;
}

interface Day {
  date: IsoDate;
  seen: boolean;
  /** true: alone; false: seen, not alone; undefined: not recorded (or not seen). */
  alone: boolean | undefined;
}

/**
 * The child's visit days during this plan (from the ICPC to the plan's end, as the rules count
 * them), one per day: two records of one day are one visit, seen (alone) if either says so.
 */
function visitDays(record: CaseRecord, child: Child): Day[] {
  const days = new Map<IsoDate, Day>();
  for (const visit of record.visits) {
    if (record.icpcDate !== undefined && compareDates(visit.date, record.icpcDate) < 0) continue;
    if (record.planEndDate !== undefined && compareDates(visit.date, record.planEndDate) > 0) {
      continue;
    }
    for (const entry of visit.children) {
      if (entry.childId !== child.id) continue;
      const day = days.get(visit.date) ?? { date: visit.date, seen: false, alone: undefined };
      if (entry.seen) {
        day.seen = true;
        if (entry.seenAlone === true || day.alone === true) day.alone = true;
        else if (entry.seenAlone === false) day.alone = false;
      }
      days.set(visit.date, day);
    }
  }
  return [...days.values()].sort((a, b) => compareDates(a.date, b.date));
}

const currentFinding = (findings: readonly Finding[], rule: Finding['rule'], childId: string) =>
  findings.find((f) => f.rule === rule && f.childId === childId && f.occurrence === 'current');

/** Per child, in the record's order: the last visit, the last time seen alone, and what is next. */
export function seenAloneSummaries(
  record: CaseRecord,
  findings: readonly Finding[],
): ChildSeenAlone[] {
  return record.children.map((child) => {
    const days = visitDays(record, child);
    const seenDays = days.filter((d) => d.seen);
    let notAloneInARow = 0;
    for (let i = seenDays.length - 1; i >= 0 && seenDays[i]?.alone === false; i--) {
      notAloneInARow++;
    }
    const last = days.at(-1);
    const lastSeenAlone = seenDays.filter((d) => d.alone === true).at(-1)?.date;
    const summary: ChildSeenAlone = {
      childId: child.id,
      name: child.name,
      preVerbal: child.preVerbal === true,
      notRequired: child.seenAloneNotRequired === true,
      notAloneInARow,
      latestAloneNotRecorded: seenDays.length > 0 && seenDays.at(-1)?.alone === undefined,
    };
    if (last) summary.lastVisit = { date: last.date, seen: last.seen };
    if (lastSeenAlone) summary.lastSeenAlone = lastSeenAlone;
    const nextVisit = currentFinding(findings, 'visit-frequency', child.id);
    if (nextVisit) summary.nextVisit = nextVisit;
    const seenAloneFinding = currentFinding(findings, 'seen-alone', child.id);
    if (seenAloneFinding) summary.seenAloneFinding = seenAloneFinding;
    return summary;
  });
}
