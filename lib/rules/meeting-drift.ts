import type { ActionStatus, CaseRecord, CoreGroup, IsoDate } from '../domain';
import { compareDates } from './calendar';
import {
  type MeetingFinding,
  meetingEvidence,
  meetingFinding,
  quoteAction,
  wordingKey,
} from './meeting-finding';
import { GUERNSEY_EARLY_REVIEW, WALES_MEETING_TASKS } from './meeting-sources';
import { formatDate } from './rule-context';

const STATUS_WORDS: Record<ActionStatus, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  done: 'done',
  drifted: 'drifted',
};

const ESCALATE =
  'Ask what is stopping it and discuss it with your manager; if a significant part of the plan cannot be carried out, consider asking the conference chair to bring the review conference forward.';

interface ActionTrail {
  text: string;
  due?: IsoDate;
  dueFrom?: string;
  status?: ActionStatus;
  statusFrom?: string;
  /** True when a later core group's progress was not read: the status may have moved on. */
  stale?: boolean;
  /** The last meeting that set or reviewed it. */
  lastMeeting: CoreGroup;
}

/**
 * Each action a core group set or reviewed, with its latest date and status. The plan is the
 * live document, so its date wins, and its "done" ends the trail; otherwise the latest meeting
 * that amended the date, and the latest that recorded progress, give them.
 */
function actionTrails(held: readonly CoreGroup[], record: CaseRecord): ActionTrail[] {
  const trails = new Map<string, ActionTrail>();
  const statusAt = new Map<string, number>();
  const trailFor = (text: string, meeting: CoreGroup) => {
    const key = wordingKey(text);
    const trail = trails.get(key) ?? { text, lastMeeting: meeting };
    trail.lastMeeting = meeting;
    trails.set(key, trail);
    return trail;
  };
  held.forEach((meeting, i) => {
    const on = `the core group on ${formatDate(meeting.date)}`;
    for (const action of meeting.newActions ?? []) {
      const trail = trailFor(action.text, meeting);
      if (action.due !== undefined) Object.assign(trail, { due: action.due, dueFrom: on });
    }
    for (const progress of meeting.actionProgress ?? []) {
      const trail = trailFor(progress.action, meeting);
      trail.status = progress.status;
      trail.statusFrom = on;
      statusAt.set(wordingKey(progress.action), i);
      if (progress.due !== undefined) Object.assign(trail, { due: progress.due, dueFrom: on });
    }
  });
  const planActions = record.plans.flatMap((plan) => plan.actions);
  for (const [key, trail] of trails) {
    const from = statusAt.get(key) ?? -1;
    trail.stale = held.slice(from + 1).some((m) => m.actionProgress === undefined);
    const planned = planActions.find((a) => wordingKey(a.text) === key);
    if (!planned) continue;
    if (planned.due !== undefined) Object.assign(trail, { due: planned.due, dueFrom: 'the plan' });
    if (planned.status === 'done' || (trail.status === undefined && planned.status)) {
      Object.assign(trail, { status: planned.status, statusFrom: 'the plan', stale: false });
    }
  }
  return [...trails.values()];
}

/**
 * Drift: an action a core group set or reviewed that is past its date and not done, or that the
 * record calls drifted. An action past its date with no status recorded anywhere is unknown.
 */
export function actionDrift(
  held: readonly CoreGroup[],
  record: CaseRecord,
  today: IsoDate,
): MeetingFinding[] {
  return actionTrails(held, record).flatMap((trail): MeetingFinding[] => {
    const base = {
      check: 'action-drift',
      meeting: trail.lastMeeting,
      subject: trail.text,
      source: GUERNSEY_EARLY_REVIEW,
    } as const;
    const what = `The action ${quoteAction(trail.text)}`;
    if (trail.status === 'done') return [];
    const pastDue = trail.due !== undefined && compareDates(today, trail.due) > 0;
    const dueText = trail.due ? `was due by ${formatDate(trail.due)} (${trail.dueFrom})` : '';
    if (trail.stale && (pastDue || trail.status === 'drifted')) {
      const last = trail.status
        ? `; it was ${STATUS_WORDS[trail.status]} at ${trail.statusFrom}`
        : '';
      return [
        meetingFinding({
          ...base,
          outcome: 'unknown',
          reason: `${what} ${dueText || 'has no date'}${last}. Progress at a later core group is not on the pages read, so it is not known whether it has moved on.`,
        }),
      ];
    }
    if (trail.status === 'drifted') {
      return [
        meetingFinding({
          ...base,
          outcome: 'gap',
          reason: `${what} is recorded as drifted at ${trail.statusFrom}${dueText ? `; it ${dueText}` : ''}.`,
          prompt: ESCALATE,
        }),
      ];
    }
    if (!pastDue) return [];
    if (trail.status === undefined) {
      return [
        meetingFinding({
          ...base,
          outcome: 'unknown',
          reason: `${what} ${dueText}; no progress on it is recorded on the pages read, so it is not known whether it was done.`,
        }),
      ];
    }
    return [
      meetingFinding({
        ...base,
        outcome: 'gap',
        reason: `${what} ${dueText} and is not done: ${STATUS_WORDS[trail.status]} at ${trail.statusFrom}.`,
        prompt: ESCALATE,
      }),
    ];
  });
}

/**
 * The same action carried over unchanged: at the latest meeting and the one before (and maybe
 * more), recorded with the same status, not done, and either not started, drifted, or marked as
 * carried over. A meeting whose progress was not read breaks the run (its status is unknown).
 */
export function actionCarriedOver(held: readonly CoreGroup[]): MeetingFinding[] {
  const latest = held.at(-1);
  if (!latest?.actionProgress) return [];
  return latest.actionProgress.flatMap((progress): MeetingFinding[] => {
    if (progress.status === 'done') return [];
    const run: CoreGroup[] = [latest];
    for (let i = held.length - 2; i >= 0; i--) {
      const earlier = (held[i] as CoreGroup).actionProgress?.find(
        (p) => wordingKey(p.action) === wordingKey(progress.action),
      );
      if (!earlier || earlier.status !== progress.status) break;
      run.unshift(held[i] as CoreGroup);
    }
    const unchanged =
      progress.status === 'not-started' ||
      progress.status === 'drifted' ||
      progress.carriedOver === true;
    if (run.length < 2 || !unchanged) return [];
    const dates = run.map((m) => formatDate(m.date)).join(', ');
    return [
      meetingFinding({
        check: 'action-carried-over',
        outcome: 'gap',
        meeting: latest,
        subject: progress.action,
        source: WALES_MEETING_TASKS,
        reason: `The action ${quoteAction(progress.action)} has been carried over unchanged, ${STATUS_WORDS[progress.status]} at ${run.length} core groups in a row (${dates}).`,
        prompt: `An action carried over unchanged is drift. ${ESCALATE}`,
        computedFrom: run.map((m) => meetingEvidence(m)),
      }),
    ];
  });
}
