import type { CaseRecord, CoreGroup } from '../domain';
import { type IsoDate, isIsoDate } from '../domain/iso-date';
import { heldCoreGroups } from './case-events';
import { personLabel } from './meeting-attendance';
import { actionCarriedOver, actionDrift } from './meeting-drift';
import {
  type MeetingFinding,
  meetingEvidence,
  meetingFinding,
  sameWording,
  wordingKey,
} from './meeting-finding';
import {
  GUERNSEY_EARLY_REVIEW,
  NON_COMPLIANCE_PROCEDURES,
  NSPCC_HIDDEN_MEN,
} from './meeting-sources';
import type { Procedure } from './procedure';
import { formatDate } from './rule-context';

/**
 * The checks across a case's core groups (this plan's, held), as of `today`: drift, actions
 * carried over unchanged, risk increasing at two meetings in a row, serious non-co-operation,
 * adults new to the household without an assessment, and (where the procedure asks) the same
 * chair at every meeting. Each gap carries a plain prompt. No held meeting: no findings.
 */
export function checkMeetingHistory(
  record: CaseRecord,
  procedure: Procedure,
  today: IsoDate,
): MeetingFinding[] {
  if (!isIsoDate(today)) {
    throw new RangeError(`today must be a real date written YYYY-MM-DD, not "${today}"`);
  }
  const held = heldCoreGroups(record);
  if (held.length === 0) return [];
  return [
    ...actionDrift(held, record, today),
    ...actionCarriedOver(held),
    riskIncreasing(held),
    seriousNonCooperation(held),
    ...householdChangesAssessed(held),
    ...sameChairEveryMeeting(held, procedure),
  ];
}

const BRING_REVIEW_FORWARD =
  'Consider escalating to your manager and asking the conference chair to bring the review conference forward.';

/** Risk recorded as increasing at the latest core group and the one before it. */
export function riskIncreasing(held: readonly CoreGroup[]): MeetingFinding {
  const last = held.at(-1) as CoreGroup;
  const before = held.at(-2);
  const base = { check: 'risk-increasing', meeting: last, source: GUERNSEY_EARLY_REVIEW } as const;
  const computedFrom = [before, last].flatMap((m) => (m ? [meetingEvidence(m)] : []));
  const trend = last.riskTrend;
  if (trend === undefined || trend === null) {
    return meetingFinding({
      ...base,
      outcome: 'unknown',
      reason: `Whether risk is increasing is not recorded for the latest core group (${formatDate(last.date)})${trend === null ? ': the section is empty' : ' on the pages read'}.`,
      computedFrom,
    });
  }
  if (trend !== 'increasing') {
    return meetingFinding({
      ...base,
      outcome: 'met',
      reason: `Risk is recorded as ${trend} at the latest core group (${formatDate(last.date)}).`,
      computedFrom,
    });
  }
  if (!before) {
    return meetingFinding({
      ...base,
      outcome: 'met',
      reason: `Risk is recorded as increasing at the first core group (${formatDate(last.date)}); not yet at two in a row.`,
      computedFrom,
    });
  }
  if (before.riskTrend === undefined || before.riskTrend === null) {
    return meetingFinding({
      ...base,
      outcome: 'unknown',
      reason: `Risk is recorded as increasing at the latest core group (${formatDate(last.date)}); the risk at the one before (${formatDate(before.date)}) is not recorded, so it is not known whether this is two in a row.`,
      computedFrom,
    });
  }
  if (before.riskTrend !== 'increasing') {
    return meetingFinding({
      ...base,
      outcome: 'met',
      reason: `Risk is recorded as increasing at the latest core group (${formatDate(last.date)}), but as ${before.riskTrend} at the one before.`,
      computedFrom,
    });
  }
  return meetingFinding({
    ...base,
    outcome: 'gap',
    reason: `Risk is recorded as increasing at two core groups in a row (${formatDate(before.date)} and ${formatDate(last.date)}).`,
    prompt: BRING_REVIEW_FORWARD,
    computedFrom,
  });
}

/** Serious non-co-operation recorded at the latest core group. */
export function seriousNonCooperation(held: readonly CoreGroup[]): MeetingFinding {
  const last = held.at(-1) as CoreGroup;
  const base = {
    check: 'serious-non-cooperation',
    meeting: last,
    source: NON_COMPLIANCE_PROCEDURES,
  } as const;
  const recorded = last.nonCooperation;
  if (recorded === undefined || recorded === null) {
    return meetingFinding({
      ...base,
      outcome: 'unknown',
      reason: `The family's co-operation is not recorded for the latest core group (${formatDate(last.date)})${recorded === null ? ': the section is empty' : ' on the pages read'}.`,
    });
  }
  const notes = recorded.notes ? ` ("${recorded.notes}")` : '';
  if (recorded.level !== 'serious') {
    return meetingFinding({
      ...base,
      outcome: 'met',
      reason: `The latest core group records ${recorded.level === 'none' ? 'no' : 'some'} non-co-operation${notes}.`,
    });
  }
  return meetingFinding({
    ...base,
    outcome: 'gap',
    reason: `The latest core group (${formatDate(last.date)}) records a serious level of non-co-operation${notes}.`,
    prompt: `Serious non-co-operation puts the plan at risk. ${BRING_REVIEW_FORWARD}`,
  });
}

/**
 * Each adult recorded as new to the household, as of the latest meeting that mentions them:
 * assessed, not assessed (a gap: the "hidden men" of serious case reviews), or not recorded.
 */
export function householdChangesAssessed(held: readonly CoreGroup[]): MeetingFinding[] {
  const last = held.at(-1) as CoreGroup;
  const base = { check: 'household-change-assessed', source: NSPCC_HIDDEN_MEN } as const;
  const latestMention = new Map<
    string,
    {
      meeting: CoreGroup;
      change: NonNullable<CoreGroup['householdChanges']>[number];
      laterUnread: boolean;
    }
  >();
  held.forEach((meeting, i) => {
    const laterUnread = held.slice(i + 1).some((m) => m.householdChanges === undefined);
    for (const change of meeting.householdChanges ?? []) {
      latestMention.set(wordingKey(change.name), { meeting, change, laterUnread });
    }
  });
  if (latestMention.size === 0) {
    const anyRead = held.some((m) => m.householdChanges !== undefined);
    return [
      meetingFinding({
        ...base,
        meeting: last,
        outcome: anyRead ? 'met' : 'unknown',
        reason: anyRead
          ? 'No adult is recorded as joining the household at the core groups read.'
          : 'Changes to who lives in the household are not recorded on the pages read.',
      }),
    ];
  }
  return [...latestMention.values()].map(({ meeting, change, laterUnread }) => {
    const who = personLabel({ name: change.name, role: change.relationship });
    const since = change.since ? ` since ${formatDate(change.since)}` : '';
    const at = `(core group on ${formatDate(meeting.date)})`;
    if (change.assessed === true) {
      return meetingFinding({
        ...base,
        meeting,
        subject: change.name,
        outcome: 'met',
        reason: `${who}, in the household${since}, is recorded as assessed ${at}.`,
      });
    }
    if (change.assessed === false && laterUnread) {
      return meetingFinding({
        ...base,
        meeting,
        subject: change.name,
        outcome: 'unknown',
        reason: `${who} was recorded as in the household${since} and not assessed ${at}; a later core group's household record is not on the pages read, so it is not known whether they have been assessed since.`,
      });
    }
    if (change.assessed === undefined) {
      return meetingFinding({
        ...base,
        meeting,
        subject: change.name,
        outcome: 'unknown',
        reason: `${who} is recorded as in the household${since}; whether they have been assessed is not recorded ${at}.`,
      });
    }
    return meetingFinding({
      ...base,
      meeting,
      subject: change.name,
      outcome: 'gap',
      reason: `${who} is recorded as in the household${since} and not assessed ${at}.`,
      prompt:
        'Identify and assess every adult new to the household (checks with the police and children’s services, and what their relationship to the child means for the plan): case reviews found "hidden" men never assessed. A new person with contact with the child is a reason to ask the conference chair to bring the review forward.',
    });
  });
}

/** Where the procedure asks: one person has chaired every core group (three or more). */
export function sameChairEveryMeeting(
  held: readonly CoreGroup[],
  procedure: Procedure,
): MeetingFinding[] {
  const option = procedure.flagSameChairEveryMeeting;
  if (!option?.applies) return [];
  const last = held.at(-1) as CoreGroup;
  const base = { check: 'same-chair-every-meeting', meeting: last, source: option.source } as const;
  if (held.length < 3) {
    return [
      meetingFinding({
        ...base,
        outcome: 'met',
        reason: `${held.length === 1 ? 'One core group has' : `${held.length} core groups have`} been held: too few to say the chair is never shared.`,
      }),
    ];
  }
  const chairs = held.map((m) => m.chair);
  const known = chairs.filter((c): c is NonNullable<typeof c> => c !== undefined && c !== null);
  const first = known[0];
  const allSame = first !== undefined && known.every((c) => sameWording(c.name, first.name));
  if (known.length > 0 && !allSame) {
    return [
      meetingFinding({
        ...base,
        outcome: 'met',
        reason: 'The chair has been shared between members.',
      }),
    ];
  }
  if (known.length < held.length || !first) {
    return [
      meetingFinding({
        ...base,
        outcome: 'unknown',
        reason: `The chair is not recorded for ${held.length - known.length} of the ${held.length} core groups read, so it is not known whether the chair has been shared.`,
      }),
    ];
  }
  return [
    meetingFinding({
      ...base,
      outcome: 'gap',
      reason: `${personLabel(first)} has chaired all ${held.length} core groups.`,
      prompt:
        'Guidance encourages sharing the chair: consider another member chairing the next core group.',
      computedFrom: held.map((m) => meetingEvidence(m)),
    }),
  ];
}
