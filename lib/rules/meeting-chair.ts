import type { CoreGroup } from '../domain';
import { personLabel } from './meeting-attendance';
import { type MeetingFinding, meetingFinding } from './meeting-finding';
import { kindOf } from './meeting-people';
import { CORE_GROUP_LENS_CHAIR_PRACTICE } from './meeting-sources';
import type { Procedure } from './procedure';

/** At the first core group, a chair and a vice chair agreed for the meetings to come. */
export function chairAndViceChairAgreed(meeting: CoreGroup): MeetingFinding {
  const base = {
    check: 'chair-and-vice-chair-agreed',
    meeting,
    source: CORE_GROUP_LENS_CHAIR_PRACTICE,
  } as const;
  const roles = [
    ['chair', meeting.chair],
    ['vice chair', meeting.viceChair],
  ] as const;
  const missing = roles.filter(([, person]) => person === null).map(([role]) => role);
  const unread = roles.filter(([, person]) => person === undefined).map(([role]) => role);
  if (missing.length > 0) {
    return meetingFinding({
      ...base,
      outcome: 'gap',
      reason: `At the first core group, no ${missing.join(' and no ')} is recorded${unread.length > 0 ? ` (the ${unread.join(' and ')} is not on the pages read)` : ''}.`,
      prompt: 'Agree who chairs the core group and who deputises, and record both.',
    });
  }
  if (unread.length > 0) {
    return meetingFinding({
      ...base,
      outcome: 'unknown',
      reason: `The first core group's ${unread.join(' and ')} ${unread.length > 1 ? 'are' : 'is'} not recorded on the pages read, so it is not known whether both were agreed.`,
    });
  }
  return meetingFinding({
    ...base,
    outcome: 'met',
    reason: `At the first core group, ${personLabel(meeting.chair as NonNullable<CoreGroup['chair']>)} chaired and ${personLabel(meeting.viceChair as NonNullable<CoreGroup['viceChair']>)} was agreed as vice chair.`,
  });
}

/**
 * Where the local procedure says so, the first core group is chaired by a practice lead (or a
 * social work manager). No finding at all where the procedure does not ask for it.
 */
export function firstMeetingChairedByPracticeLead(
  meeting: CoreGroup,
  procedure: Procedure,
): MeetingFinding[] {
  const option = procedure.practiceLeadChairsFirstCoreGroup;
  if (!option?.applies) return [];
  const base = {
    check: 'first-meeting-chaired-by-practice-lead',
    meeting,
    source: option.source,
  } as const;
  const chair = meeting.chair;
  if (chair === undefined) {
    return [
      meetingFinding({
        ...base,
        outcome: 'unknown',
        reason: 'Who chaired the first core group is not recorded on the pages read.',
      }),
    ];
  }
  if (chair === null) {
    return [
      meetingFinding({
        ...base,
        outcome: 'gap',
        reason:
          'No chair is recorded for the first core group; this procedure has a practice lead chair it.',
        prompt:
          'Record who chaired; under this procedure a practice lead chairs the first core group.',
      }),
    ];
  }
  const kind = kindOf(chair);
  if (kind === 'practice-lead') {
    return [
      meetingFinding({
        ...base,
        outcome: 'met',
        reason: `The first core group was chaired by a practice lead: ${personLabel(chair)}.`,
      }),
    ];
  }
  if (kind === undefined) {
    return [
      meetingFinding({
        ...base,
        outcome: 'unknown',
        reason: `The first core group was chaired by ${personLabel(chair)}; their role is not recorded in words this recognises, so it is not known whether they are a practice lead.`,
      }),
    ];
  }
  return [
    meetingFinding({
      ...base,
      outcome: 'gap',
      reason: `The first core group was chaired by ${personLabel(chair)}, not a practice lead, as this procedure asks.`,
      prompt:
        'Under this procedure a practice lead chairs the first core group: raise it with the practice lead.',
    }),
  ];
}
