import type { CaseRecord, CoreGroup, IsoDate } from '../domain';
import { heldCoreGroups } from './case-events';
import type { MeetingFinding } from './meeting-finding';
import { checkMeetingHistory } from './meeting-history';
import { checkMeeting, type MeetingCheckOptions } from './meeting-rules';
import type { Procedure } from './procedure';

/** What the checks say about a case's core groups: its latest held meeting, and across them. */
export interface MeetingReview {
  /** The latest core group of this plan recorded as held; undefined when none is. */
  latest?: CoreGroup;
  /** `checkMeeting` of the latest held meeting. */
  latestFindings: MeetingFinding[];
  /** `checkMeetingHistory`. */
  historyFindings: MeetingFinding[];
}

export function reviewMeetings(
  record: CaseRecord,
  procedure: Procedure,
  today: IsoDate,
  opts: MeetingCheckOptions = {},
): MeetingReview {
  const latest = heldCoreGroups(record).at(-1);
  if (!latest) return { latestFindings: [], historyFindings: [] };
  return {
    latest,
    latestFindings: checkMeeting(latest, record, procedure, opts),
    historyFindings: checkMeetingHistory(record, procedure, today),
  };
}

/** For the dashboard: how many gaps, and how many unknowns, the case's core groups show. */
export interface MeetingGapCount {
  /** Gaps of the latest held meeting plus gaps across meetings. */
  gaps: number;
  /** Checks that could not be made from what was read: never counted as gaps. */
  unknown: number;
  /** The latest held meeting; undefined when none is recorded (then both counts are 0). */
  latestMeetingDate?: IsoDate;
}

export function countMeetingGaps(
  record: CaseRecord,
  procedure: Procedure,
  today: IsoDate,
  opts: MeetingCheckOptions = {},
): MeetingGapCount {
  const review = reviewMeetings(record, procedure, today, opts);
  const all = [...review.latestFindings, ...review.historyFindings];
  const count: MeetingGapCount = {
    gaps: all.filter((f) => f.outcome === 'gap').length,
    unknown: all.filter((f) => f.outcome === 'unknown').length,
  };
  if (review.latest) count.latestMeetingDate = review.latest.date;
  return count;
}
