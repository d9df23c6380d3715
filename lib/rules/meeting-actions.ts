import type { CaseRecord, CoreGroup } from '../domain';
import {
  type MeetingFinding,
  meetingFinding,
  quoteAction,
  sameWording,
  wordingKey,
} from './meeting-finding';
import { WALES_MEETING_TASKS } from './meeting-sources';
import { formatDate } from './rule-context';

/**
 * At the latest meeting, progress is recorded on every plan action not yet done, matched by
 * its wording (case, spacing and punctuation ignored). Earlier meetings are not compared with
 * today's plan, which may have changed since.
 */
export function planActionsReviewed(meeting: CoreGroup, record: CaseRecord): MeetingFinding[] {
  const base = { check: 'plan-action-reviewed', meeting, source: WALES_MEETING_TASKS } as const;
  const progress = meeting.actionProgress;
  // Empty progress is a section gap already; unread progress is said here once.
  if (progress !== undefined && progress.length === 0) return [];
  if (record.plans.length === 0) {
    return [
      meetingFinding({
        ...base,
        outcome: 'unknown',
        reason:
          'No child protection plan has been read for this case, so it is not known which actions the meeting should have reviewed.',
      }),
    ];
  }
  if (progress === undefined) {
    return [
      meetingFinding({
        ...base,
        outcome: 'unknown',
        reason:
          'Progress on the plan actions is not recorded on the pages read, so it is not known whether each was reviewed.',
      }),
    ];
  }
  const seen = new Set<string>();
  const open = record.plans
    .flatMap((plan) => plan.actions)
    .filter((action) => {
      const key = wordingKey(action.text);
      if (action.status === 'done' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const missed = open.filter((a) => !progress.some((p) => sameWording(p.action, a.text)));
  if (missed.length === 0) {
    return [
      meetingFinding({
        ...base,
        outcome: 'met',
        reason: `Progress is recorded on every plan action not yet done (${open.length}).`,
      }),
    ];
  }
  return missed.map((action) =>
    meetingFinding({
      ...base,
      subject: action.text,
      outcome: 'gap',
      reason: `The plan action ${quoteAction(action.text)} is not among the progress recorded at this meeting (matched by its wording).`,
      prompt: 'Review every plan action at each core group and record its progress.',
    }),
  );
}

/** Each new or amended action names who does it and by when. */
export function newActionsOwnedAndDated(meeting: CoreGroup): MeetingFinding[] {
  const actions = meeting.newActions;
  if (actions === undefined || actions.length === 0) return [];
  const base = { check: 'new-action-owner-and-due', meeting, source: WALES_MEETING_TASKS } as const;
  const gaps = actions.flatMap((action) => {
    const lacks = [
      action.owner === undefined || action.owner.trim() === '' ? 'who will do it' : undefined,
      action.due === undefined ? 'by when' : undefined,
    ].filter((l): l is string => l !== undefined);
    if (lacks.length === 0) return [];
    return [
      meetingFinding({
        ...base,
        subject: action.text,
        outcome: 'gap',
        reason: `The new action ${quoteAction(action.text)} does not say ${lacks.join(' or ')}.`,
        prompt: 'Give every new or amended action an owner and a date it should be done by.',
      }),
    ];
  });
  if (gaps.length > 0) return gaps;
  const latest = actions
    .map((a) => a.due as string)
    .sort()
    .at(-1);
  return [
    meetingFinding({
      ...base,
      outcome: 'met',
      reason: `Every new or amended action (${actions.length}) names who does it and by when${latest ? `, the last by ${formatDate(latest)}` : ''}.`,
    }),
  ];
}
