import type { CaseRecord, IsoDate, Region } from '../domain';
import type { Finding, FindingRule, FindingStatus } from '../rules/finding';
import { countMeetingGaps, type MeetingGapCount } from '../rules/meeting-summary';
import { getProcedure } from '../rules/procedures';
import type { ReadableList } from '../rules/unread-lists';
import { caseGlance, type Rag } from './case-glance';
import type { RulesSetup } from './dashboard-rules-setup';

/** What the dashboard knows about one stored case besides its record. */
export interface DashboardCaseInput {
  caseId: string;
  record: CaseRecord;
  /** When the record last changed: findings are worked out again only when this moves. */
  updatedAt: string;
  /** The latest read of any of its pages. */
  lastReadAt: string;
  /** Values pages showed that could not be read. */
  unreadCount: number;
  /** Values two pages disagree on. */
  conflictCount: number;
  /** The lists some page has shown; undefined when not known (then the record is taken as whole). */
  listsRead?: readonly ReadableList[];
}

/**
 * How a case's deadlines have gone, counting earlier cycles too: the evidence a pilot reports.
 * `missed` is overdue (not done and past due); `open` is due soon or upcoming.
 */
export interface DeadlineTally {
  met: number;
  late: number;
  missed: number;
  open: number;
  unknown: number;
}

export interface NextDeadline {
  rule: FindingRule;
  due: IsoDate;
  status: FindingStatus;
  childId?: string;
}

/** One line of the dashboard's table. */
export interface DashboardRow {
  caseId: string;
  rag: Rag;
  ragText: string;
  overdue: number;
  dueSoon: number;
  unknown: number;
  nextDeadline?: NextDeadline;
  /** Undefined when no core group is recorded as held. */
  daysSinceLastCoreGroup?: number;
  childrenNotSeenAlone: string[];
  childCount: number;
  /** The nation as read from the pages; undefined when not recorded. */
  region?: Region;
  /** The bank-holiday calendar the rules used, and whether it was assumed. */
  regionUsed: Region;
  regionAssumed: boolean;
  procedureId: string;
  tally: DeadlineTally;
  lastReadAt: string;
  updatedAt: string;
  unreadCount: number;
  conflictCount: number;
  /** Gaps in the latest core group's record and drift across meetings (unknowns counted apart). */
  meetingGaps: MeetingGapCount;
  record: CaseRecord;
  findings: readonly Finding[];
}

export function tallyFindings(findings: readonly Finding[]): DeadlineTally {
  const tally: DeadlineTally = { met: 0, late: 0, missed: 0, open: 0, unknown: 0 };
  for (const f of findings) {
    if (f.status === 'met') tally.met++;
    else if (f.status === 'late') tally.late++;
    else if (f.status === 'overdue') tally.missed++;
    else if (f.status === 'due-soon' || f.status === 'upcoming') tally.open++;
    else if (f.status === 'unknown') tally.unknown++;
  }
  return tally;
}

/**
 * A row from a case and the findings the rules gave for it as of `today`. The RAG, next deadline
 * and seen-alone names are the sidebar's own (`caseGlance`), so the two never disagree.
 */
export function buildDashboardRow(
  input: DashboardCaseInput,
  findings: readonly Finding[],
  setup: Pick<RulesSetup, 'today' | 'options' | 'procedureId'>,
): DashboardRow {
  const glance = caseGlance(input.record, findings, setup.today);
  const regionUsed = setup.options.region ?? input.record.region;
  const next = glance.nextDeadline;
  const row: DashboardRow = {
    caseId: input.caseId,
    rag: glance.rag,
    ragText: glance.ragText,
    overdue: glance.overdue,
    dueSoon: glance.dueSoon,
    unknown: glance.unknown,
    childrenNotSeenAlone: glance.childrenNotSeenAlone,
    childCount: input.record.children.length,
    regionUsed: regionUsed ?? 'england-and-wales',
    regionAssumed: regionUsed === undefined,
    procedureId: setup.procedureId,
    tally: tallyFindings(findings),
    lastReadAt: input.lastReadAt,
    updatedAt: input.updatedAt,
    unreadCount: input.unreadCount,
    conflictCount: input.conflictCount,
    meetingGaps: countMeetingGaps(
      input.record,
      setup.options.procedure ?? getProcedure(setup.procedureId),
      setup.today,
      regionUsed ? { region: regionUsed } : {},
    ),
    record: input.record,
    findings,
  };
  if (next?.due !== undefined) {
    row.nextDeadline = { rule: next.rule, due: next.due, status: next.status };
    if (next.childId !== undefined) row.nextDeadline.childId = next.childId;
  }
  if (glance.daysSinceLastCoreGroup !== undefined) {
    row.daysSinceLastCoreGroup = glance.daysSinceLastCoreGroup;
  }
  if (input.record.region !== undefined) row.region = input.record.region;
  return row;
}
