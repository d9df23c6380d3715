import type {
  CoreGroup,
  IsoDate,
  MeetingApology,
  MeetingPerson,
  Visit,
  VisitChild,
} from '../../lib/domain';
import { addDays, weekdayOnOrAfter, weekdayOnOrBefore } from '../dates';

/**
 * Dates for a family's history, as offsets from today. Past events move back to a weekday and
 * future ones forward, so an event never crosses today and a gap only ever grows by up to two
 * days: each family's offsets leave that margin inside the timescale it illustrates.
 */
export interface Timeline {
  today: IsoDate;
  /** A weekday at least `days` days ago. */
  ago(days: number): IsoDate;
  /** A weekday at least `days` days ahead. */
  ahead(days: number): IsoDate;
  /** A date of birth about `years` old. */
  born(years: number, extraDays?: number): IsoDate;
  /** A weekday at least `days` days after `date` (minutes circulated, reports shared). */
  after(date: IsoDate, days: number): IsoDate;
  /** A weekday at least `days` days before `date`. */
  before(date: IsoDate, days: number): IsoDate;
}

export function timeline(today: IsoDate): Timeline {
  return {
    today,
    ago: (days) => weekdayOnOrBefore(addDays(today, -days)),
    ahead: (days) => weekdayOnOrAfter(addDays(today, days)),
    born: (years, extraDays = 0) => addDays(today, -(Math.round(years * 365.25) + extraDays)),
    after: (date, days) => weekdayOnOrAfter(addDays(date, days)),
    before: (date, days) => weekdayOnOrBefore(addDays(date, -days)),
  };
}

/**
 * A held core group with its minutes circulated `minutesAfter` days later (if given), and
 * whatever else its record shows (`record`: see meeting-record.ts).
 */
export function heldCoreGroup(
  t: Timeline,
  date: IsoDate,
  attendees: MeetingPerson[],
  apologies: MeetingApology[],
  minutesAfter?: number,
  record: Partial<CoreGroup> = {},
): CoreGroup {
  const group: CoreGroup = { date, status: 'held', attendees, apologies };
  if (minutesAfter !== undefined) group.minutesCirculatedDate = t.after(date, minutesAfter);
  return { ...group, ...record };
}

export function scheduledCoreGroup(date: IsoDate): CoreGroup {
  return { date, status: 'scheduled' };
}

type ChildAtVisit = [childId: string, seen: boolean, seenAlone?: boolean];

export function visit(date: IsoDate, children: ChildAtVisit[]): Visit {
  return {
    date,
    children: children.map(([childId, seen, seenAlone]): VisitChild => {
      const child: VisitChild = { childId, seen };
      // Left out, not set to undefined: "not recorded" is the absence of the field.
      if (seenAlone !== undefined) child.seenAlone = seenAlone;
      return child;
    }),
  };
}

/** Visits on each of `daysAgo`, every child seen, each seen alone as `alone` says. */
export function visitsEvery(
  t: Timeline,
  daysAgo: number[],
  children: { id: string; alone: boolean }[],
): Visit[] {
  return daysAgo.map((days) =>
    visit(
      t.ago(days),
      children.map((c) => [c.id, true, c.alone]),
    ),
  );
}
