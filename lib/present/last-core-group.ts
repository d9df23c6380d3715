import type { CaseRecord, IsoDate, Provenance, Region, UnreadField } from '../domain';
import type { MeetingCheck, MeetingFinding } from '../rules/meeting-finding';
import { MEETING_SECTION_LABELS, type MeetingSection } from '../rules/meeting-sections';
import { reviewMeetings } from '../rules/meeting-summary';
import type { Procedure } from '../rules/procedure';
import { DEFAULT_PROCEDURE_ID, getProcedure } from '../rules/procedures';

/** Each meeting check in a few words, as the sidebar and the dashboard name it. */
export const MEETING_CHECK_LABELS: Record<MeetingCheck, string> = {
  'section-recorded': 'Section of the record',
  'lead-social-worker-present': 'Lead social worker (or a representative) present',
  'parents-present-or-reason': 'Parents present, or why not recorded',
  'absent-member-written-update': 'Written update from a member who was absent',
  'first-meeting-chaired-by-practice-lead': 'First core group chaired by a practice lead',
  'chair-and-vice-chair-agreed': 'Chair and vice chair agreed at the first core group',
  'next-meeting-date-set': 'Date of the next core group set',
  'future-dates-to-review': 'Core group dates agreed up to the review conference',
  'plan-action-reviewed': 'Every plan action reviewed',
  'new-action-owner-and-due': 'New actions with an owner and a date',
  'action-drift': 'Action past its date and not done (drift)',
  'action-carried-over': 'Action carried over unchanged',
  'risk-increasing': 'Risk increasing at two core groups in a row',
  'serious-non-cooperation': 'Serious non-co-operation',
  'household-change-assessed': 'New adult in the household assessed',
  'same-chair-every-meeting': 'Chair shared between members',
};

/** One line of the panel: what, why, what to do, and where the expectation comes from. */
export interface MeetingLine {
  key: string;
  check: MeetingCheck;
  title: string;
  reason: string;
  prompt?: string;
  /** "Title, paragraph", as the source cites itself. */
  source: string;
  sourceUrl?: string;
}

export interface LastCoreGroupView {
  /** The latest core group recorded as held; undefined when none is. */
  meeting?: { date: IsoDate; source?: Provenance };
  /** Booked but not yet held: said when no meeting has been held. */
  nextScheduled?: IsoDate;
  /** What the latest meeting's record shows missing. */
  gaps: MeetingLine[];
  /** What the record across meetings shows: drift, risk, household, each with its prompt. */
  drift: MeetingLine[];
  /** What could not be checked from what was read, said as not known (never as a gap). */
  unknown: MeetingLine[];
  /** Core group values a page showed that could not be read. */
  unreadOnPages: string[];
  /** How many checks the record passed. */
  met: number;
}

function lineOf(finding: MeetingFinding, i: number): MeetingLine {
  const section =
    finding.check === 'section-recorded'
      ? MEETING_SECTION_LABELS[finding.subject as MeetingSection]
      : undefined;
  const title = section ?? MEETING_CHECK_LABELS[finding.check];
  const line: MeetingLine = {
    key: `${finding.check}-${finding.subject ?? ''}-${finding.meetingDate}-${i}`,
    check: finding.check,
    title: section || !finding.subject ? title : `${title}: ${finding.subject}`,
    reason: finding.reason,
    source: [finding.source.title, finding.source.paragraph].filter(Boolean).join(', '),
  };
  if (finding.prompt) line.prompt = finding.prompt;
  if (finding.source.url) line.sourceUrl = finding.source.url;
  return line;
}

/**
 * The "Last core group" panel: the gaps in the latest held meeting's record and the drift across
 * meetings (`checkMeeting`, `checkMeetingHistory`), with whatever could not be checked listed
 * apart as not known. `unread` are the case's unread values: those of core groups are named.
 */
export function lastCoreGroupView(
  record: CaseRecord,
  today: IsoDate,
  opts: { procedure?: Procedure; region?: Region; unread?: readonly UnreadField[] } = {},
): LastCoreGroupView {
  const procedure = opts.procedure ?? getProcedure(DEFAULT_PROCEDURE_ID);
  const review = reviewMeetings(
    record,
    procedure,
    today,
    opts.region ? { region: opts.region } : {},
  );
  const lines = (findings: MeetingFinding[], outcome: MeetingFinding['outcome']) =>
    findings.filter((f) => f.outcome === outcome).map(lineOf);
  const all = [...review.latestFindings, ...review.historyFindings];
  const view: LastCoreGroupView = {
    gaps: lines(review.latestFindings, 'gap'),
    drift: lines(review.historyFindings, 'gap'),
    unknown: lines(all, 'unknown'),
    unreadOnPages: (opts.unread ?? [])
      .filter((u) => u.field.startsWith('coreGroups'))
      .map((u) => `${u.label ?? u.field}${u.raw ? ` ("${u.raw}")` : ''}: ${u.reason}`),
    met: all.filter((f) => f.outcome === 'met').length,
  };
  if (review.latest) {
    view.meeting = { date: review.latest.date };
    if (review.latest.source) view.meeting.source = review.latest.source;
  } else {
    const booked = record.coreGroups
      .filter((g) => g.status === 'scheduled' && g.date >= today)
      .map((g) => g.date)
      .sort()[0];
    if (booked) view.nextScheduled = booked;
  }
  return view;
}
