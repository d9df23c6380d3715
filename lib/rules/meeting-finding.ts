import type { CoreGroup, IsoDate } from '../domain';
import { evidence } from './case-events';
import type { FindingEvidence } from './finding';
import type { RuleSource } from './timescale';

/** The checks of one core group meeting's record (`checkMeeting`). */
export const MEETING_RECORD_CHECKS = [
  'section-recorded',
  'lead-social-worker-present',
  'parents-present-or-reason',
  'absent-member-written-update',
  'first-meeting-chaired-by-practice-lead',
  'chair-and-vice-chair-agreed',
  'next-meeting-date-set',
  'future-dates-to-review',
  'plan-action-reviewed',
  'new-action-owner-and-due',
] as const;

/** The checks across a case's meetings (`checkMeetingHistory`). */
export const MEETING_HISTORY_CHECKS = [
  'action-drift',
  'action-carried-over',
  'risk-increasing',
  'serious-non-cooperation',
  'household-change-assessed',
  'same-chair-every-meeting',
] as const;

export const MEETING_CHECKS = [...MEETING_RECORD_CHECKS, ...MEETING_HISTORY_CHECKS] as const;
export type MeetingCheck = (typeof MEETING_CHECKS)[number];

/**
 * - `met`: the record shows what the check asks for.
 * - `gap`: the record, as read, shows it is missing or not done.
 * - `unknown`: the record read does not say (a section not on the page, a role not given):
 *   never counted as a gap, and the reason says what is not known.
 */
export const MEETING_OUTCOMES = ['met', 'gap', 'unknown'] as const;
export type MeetingOutcome = (typeof MEETING_OUTCOMES)[number];

export interface MeetingFinding {
  check: MeetingCheck;
  outcome: MeetingOutcome;
  /** The meeting the finding is about (across meetings: the latest one it turns on). */
  meetingDate: IsoDate;
  /** What within the check: a section's id, a person's name, an action's wording. */
  subject?: string;
  /** Plain English: what the record shows, or what it does not say. */
  reason: string;
  /** For gaps that call for more than completing the record: what to consider doing. */
  prompt?: string;
  source: RuleSource;
  /** The meetings (and other record values) the finding was worked out from. */
  computedFrom: FindingEvidence[];
}

export function meetingEvidence(group: CoreGroup, label = 'Core group held'): FindingEvidence {
  return evidence(label, group);
}

/** One finding, with `subject` and `prompt` left out when not given. */
export function meetingFinding(parts: {
  check: MeetingCheck;
  outcome: MeetingOutcome;
  meeting: CoreGroup;
  reason: string;
  source: RuleSource;
  subject?: string;
  prompt?: string;
  computedFrom?: FindingEvidence[];
}): MeetingFinding {
  const finding: MeetingFinding = {
    check: parts.check,
    outcome: parts.outcome,
    meetingDate: parts.meeting.date,
    reason: parts.reason,
    source: parts.source,
    computedFrom: parts.computedFrom ?? [meetingEvidence(parts.meeting)],
  };
  if (parts.subject !== undefined) finding.subject = parts.subject;
  if (parts.prompt !== undefined) finding.prompt = parts.prompt;
  return finding;
}

/** How the checks compare words in a record: case, spacing and punctuation ignored. */
export function sameWording(a: string, b: string): boolean {
  return wordingKey(a) === wordingKey(b);
}

export function wordingKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "Weekly family support sessions at home" cut to fit a sentence. */
export function quoteAction(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 80 ? `${flat.slice(0, 79)}…` : flat}"`;
}
