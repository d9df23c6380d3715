import type { CaseRecord, Child, IsoDate } from '../domain';
import { type CaseGlance, caseGlance } from '../present/case-glance';
import type { ReportPurpose } from '../present/dashboard-route';
import { formatLongDate } from '../present/format-date';
import { sortFindings } from '../present/sort-findings';
import { compareDates } from '../rules/calendar';
import type { Finding, FindingStatus } from '../rules/finding';
import { checkPlan, PLAN_SECTION_LABELS, type PlanFinding } from '../rules/plan-rules';
import { formatUkDateTime, generatedStatement } from './generated-notice';

export const PLAN_SECTION_COUNT = Object.keys(PLAN_SECTION_LABELS).length;

/** How complete one child's plan is, as read. */
export interface PlanCompleteness {
  childId: string;
  childName: string;
  /** False when no plan was read for the child: that is "not read", never "no plan". */
  planRead: boolean;
  sectionsPresent: number;
  sectionsTotal: number;
  /** Labels of the sections missing or empty. */
  missingSections: string[];
  /** Actions a core group could not monitor, or past due and not done. */
  actionGaps: PlanFinding[];
}

/** Whether and when one child was seen, and seen alone, over the report's period. */
export interface SeenAloneRecord {
  childId: string;
  childName: string;
  /** Days on which a visit saw the child (two records of one day are one visit). */
  visitsSeen: number;
  visitsSeenAlone: number;
  /** Seen, but the record does not say whether alone: never counted as alone. */
  visitsAloneNotRecorded: number;
  /** Visits that record the child as not seen. */
  visitsNotSeen: number;
  lastSeen?: IsoDate;
  lastSeenAlone?: IsoDate;
  /** The seen-alone rule's current finding for the child, if any. */
  finding?: Finding;
  /** Why seen alone is not expected (pre-verbal, or the conference decided), if so. */
  exemption?: string;
}

export interface DeadlineGroups {
  met: Finding[];
  late: Finding[];
  missed: Finding[];
  open: Finding[];
  unknown: Finding[];
}

/** A printable case summary, for supervision or for the review conference. */
export interface CaseReport {
  purpose: ReportPurpose;
  title: string;
  caseId: string;
  today: IsoDate;
  generatedAt: string;
  /** Says the data was read locally and the case system is the record, with when. */
  notice: string;
  /** The period the deadlines and visits cover, in words. */
  period: { from?: IsoDate; to: IsoDate; text: string };
  glance: CaseGlance;
  deadlines: DeadlineGroups;
  plans: PlanCompleteness[];
  seenAlone: SeenAloneRecord[];
  /** What could not be read or reconciled: said on the summary, never left out. */
  caveats: string[];
}

export interface CaseReportInput {
  record: CaseRecord;
  findings: readonly Finding[];
  purpose: ReportPurpose;
  today: IsoDate;
  generatedAt: string;
  unreadCount?: number;
  conflictCount?: number;
  lastReadAt?: string;
}

const TITLES: Record<ReportPurpose, string> = {
  supervision: 'Case summary for supervision',
  'review-conference': 'Case summary for the review conference',
};

const GROUP_OF: Partial<Record<FindingStatus, keyof DeadlineGroups>> = {
  met: 'met',
  late: 'late',
  overdue: 'missed',
  'due-soon': 'open',
  upcoming: 'open',
  unknown: 'unknown',
};

/**
 * The conference reviews the plan since it last sat: the ICPC or the latest review held.
 * Supervision looks at the whole plan.
 */
function periodOf(record: CaseRecord, purpose: ReportPurpose, today: IsoDate) {
  const to = today;
  if (purpose === 'supervision') {
    return record.icpcDate
      ? {
          from: record.icpcDate,
          to,
          text: `Since the initial conference on ${formatLongDate(record.icpcDate)}`,
        }
      : { to, text: 'The whole plan (the initial conference date was not read)' };
  }
  const lastReview = record.reviewConferences
    .filter((r) => r.status === 'held' && compareDates(r.date, today) <= 0)
    .map((r) => r.date)
    .sort(compareDates)
    .at(-1);
  if (lastReview) {
    return {
      from: lastReview,
      to,
      text: `Since the last review conference on ${formatLongDate(lastReview)}`,
    };
  }
  if (record.icpcDate) {
    return {
      from: record.icpcDate,
      to,
      text: `Since the initial conference on ${formatLongDate(record.icpcDate)}`,
    };
  }
  return { to, text: 'The whole plan (no conference date was read)' };
}

function groupDeadlines(findings: readonly Finding[], from: IsoDate | undefined): DeadlineGroups {
  const groups: DeadlineGroups = { met: [], late: [], missed: [], open: [], unknown: [] };
  for (const f of sortFindings(findings)) {
    const group = GROUP_OF[f.status];
    if (!group) continue;
    // A deadline with no date (unknown) always belongs: it is what cannot be told.
    if (from !== undefined && f.due !== undefined && compareDates(f.due, from) < 0) continue;
    groups[group].push(f);
  }
  return groups;
}

export function planCompleteness(record: CaseRecord, today: IsoDate): PlanCompleteness[] {
  return record.children.map((child) => {
    const plan = record.plans.find((p) => p.childId === child.id);
    if (!plan) {
      return {
        childId: child.id,
        childName: child.name,
        planRead: false,
        sectionsPresent: 0,
        sectionsTotal: PLAN_SECTION_COUNT,
        missingSections: [],
        actionGaps: [],
      };
    }
    const gaps = checkPlan(plan, { today });
    const sectionGaps = gaps.filter(
      (g) => g.kind === 'section-missing' || g.kind === 'section-empty',
    );
    return {
      childId: child.id,
      childName: child.name,
      planRead: true,
      sectionsPresent: PLAN_SECTION_COUNT - sectionGaps.length,
      sectionsTotal: PLAN_SECTION_COUNT,
      missingSections: sectionGaps.flatMap((g) =>
        g.section ? [PLAN_SECTION_LABELS[g.section]] : [],
      ),
      actionGaps: gaps.filter((g) => !sectionGaps.includes(g)),
    };
  });
}

function exemptionOf(child: Child): string | undefined {
  if (child.preVerbal) return 'Pre-verbal: seen, but not expected to be spoken to alone.';
  if (child.seenAloneNotRequired)
    return 'The conference decided this child need not be seen alone.';
  return undefined;
}

export function seenAloneRecords(
  record: CaseRecord,
  findings: readonly Finding[],
  from: IsoDate | undefined,
  to: IsoDate,
): SeenAloneRecord[] {
  const inPeriod = record.visits.filter(
    (v) => (from === undefined || compareDates(v.date, from) >= 0) && compareDates(v.date, to) <= 0,
  );
  return record.children.map((child) => {
    const days = new Map<IsoDate, boolean | undefined>();
    let visitsNotSeen = 0;
    for (const visit of inPeriod) {
      for (const entry of visit.children) {
        if (entry.childId !== child.id) continue;
        if (!entry.seen) {
          visitsNotSeen++;
          continue;
        }
        const before = days.get(visit.date);
        days.set(
          visit.date,
          before === true || entry.seenAlone === true ? true : (entry.seenAlone ?? before),
        );
      }
    }
    const dates = [...days.keys()].sort(compareDates);
    const aloneDates = dates.filter((d) => days.get(d) === true);
    const result: SeenAloneRecord = {
      childId: child.id,
      childName: child.name,
      visitsSeen: dates.length,
      visitsSeenAlone: aloneDates.length,
      visitsAloneNotRecorded: dates.filter((d) => days.get(d) === undefined).length,
      visitsNotSeen,
    };
    const lastSeen = dates.at(-1);
    const lastSeenAlone = aloneDates.at(-1);
    if (lastSeen) result.lastSeen = lastSeen;
    if (lastSeenAlone) result.lastSeenAlone = lastSeenAlone;
    const finding = findings.find(
      (f) => f.rule === 'seen-alone' && f.childId === child.id && f.occurrence === 'current',
    );
    if (finding) result.finding = finding;
    const exemption = exemptionOf(child);
    if (exemption) result.exemption = exemption;
    return result;
  });
}

function caveatsOf(input: CaseReportInput): string[] {
  const caveats: string[] = [];
  if (input.unreadCount) {
    caveats.push(
      `${input.unreadCount} value${input.unreadCount === 1 ? '' : 's'} shown on the case pages could not be read; the deadlines may be missing what they hold.`,
    );
  }
  if (input.conflictCount) {
    caveats.push(
      `${input.conflictCount} value${input.conflictCount === 1 ? ' differs' : 's differ'} between pages of the case system; check them there.`,
    );
  }
  if (input.record.region === undefined) {
    caveats.push(
      "The case's nation was not read, so England and Wales bank holidays were assumed.",
    );
  }
  const unreadPlans = input.record.children.filter(
    (c) => !input.record.plans.some((p) => p.childId === c.id),
  );
  if (unreadPlans.length > 0) {
    caveats.push(
      `No plan was read for ${unreadPlans.map((c) => c.name).join(', ')}: open the plan page in the case system so it can be checked.`,
    );
  }
  if (input.lastReadAt) {
    caveats.push(
      `Pages of this case were last read on ${formatUkDateTime(input.lastReadAt)} (UK time): anything recorded in the case system since is not here.`,
    );
  }
  return caveats;
}

/**
 * The summary a worker takes to supervision or to the review conference: deadlines met, late and
 * missed, plan completeness per child, and each child's seen-alone record, with what could not
 * be read said plainly, and a notice that the case system remains the record.
 */
export function buildCaseReport(input: CaseReportInput): CaseReport {
  const { record, findings, purpose, today } = input;
  const period = periodOf(record, purpose, today);
  return {
    purpose,
    title: TITLES[purpose],
    caseId: record.caseId,
    today,
    generatedAt: input.generatedAt,
    notice: generatedStatement(input.generatedAt),
    period,
    glance: caseGlance(record, findings, today),
    deadlines: groupDeadlines(findings, period.from),
    plans: planCompleteness(record, today),
    seenAlone: seenAloneRecords(record, findings, period.from, period.to),
    caveats: caveatsOf(input),
  };
}
