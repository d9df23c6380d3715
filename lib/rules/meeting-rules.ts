import type { CaseRecord, CoreGroup, IsoDate, Region } from '../domain';
import type { Closures } from './calendar';
import { heldCoreGroups } from './case-events';
import { newActionsOwnedAndDated, planActionsReviewed } from './meeting-actions';
import {
  absentMembersWrittenUpdate,
  leadSocialWorkerPresent,
  parentsPresentOrReason,
} from './meeting-attendance';
import { chairAndViceChairAgreed, firstMeetingChairedByPracticeLead } from './meeting-chair';
import { futureDatesToReview, nextMeetingDateSet } from './meeting-dates';
import type { MeetingFinding } from './meeting-finding';
import { sectionsRecorded } from './meeting-sections';
import type { Procedure } from './procedure';
import type { RuleContext } from './rule-context';

export interface MeetingCheckOptions {
  /** The bank-holiday calendar for dating the window before a review; else the record's. */
  region?: Region;
  /** The organisation's own closure days. */
  closures?: Closures;
}

export function meetingContext(
  record: CaseRecord,
  procedure: Procedure,
  today: IsoDate,
  opts: MeetingCheckOptions = {},
): RuleContext {
  const region = opts.region ?? record.region;
  return {
    today,
    region: region ?? 'england-and-wales',
    regionAssumed: region === undefined,
    procedure,
    closures: opts.closures ?? new Set(),
  };
}

/**
 * Every check of one core group meeting's record, each finding citing its source. Only a
 * meeting recorded as held has a record to check: a scheduled one gives no findings. The first
 * core group of the plan is also checked for its chair (and vice chair); the latest is also
 * compared with the plan's actions.
 */
export function checkMeeting(
  meeting: CoreGroup,
  record: CaseRecord,
  procedure: Procedure,
  opts: MeetingCheckOptions = {},
): MeetingFinding[] {
  if (meeting.status !== 'held') return [];
  const held = heldCoreGroups(record);
  const isFirst = held[0]?.date === meeting.date;
  const isLatest = held.at(-1)?.date === meeting.date;
  const ctx = meetingContext(record, procedure, meeting.date, opts);
  return [
    ...sectionsRecorded(meeting),
    leadSocialWorkerPresent(meeting),
    parentsPresentOrReason(meeting),
    ...absentMembersWrittenUpdate(meeting),
    ...(isFirst
      ? [...firstMeetingChairedByPracticeLead(meeting, procedure), chairAndViceChairAgreed(meeting)]
      : []),
    nextMeetingDateSet(meeting),
    futureDatesToReview(meeting, record, ctx),
    ...(isLatest ? planActionsReviewed(meeting, record) : []),
    ...newActionsOwnedAndDated(meeting),
  ];
}
