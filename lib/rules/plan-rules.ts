import type { ChildPlan, PlanAction } from '../domain';
import { PLAN_SECTION_IDS, type PlanSectionId } from '../domain/constants';
import { type IsoDate, isIsoDate } from '../domain/iso-date';
import { compareDates } from './calendar';
import { formatDate } from './rule-context';
import type { RuleSource } from './timescale';

/** Each section in the words of Working Together, as local procedures restate what a plan holds. */
export const PLAN_SECTION_LABELS: Record<PlanSectionId, string> = {
  'child-seen': 'When and where the child is seen by the lead social worker, alone and with family',
  needs: "The child's needs, and the services to meet them",
  objectives: 'Outcomes: specific, achievable and child-focused',
  actions: 'Actions: the work to be done, and why',
  timescales: 'Timescales: when progress will be reviewed',
  responsibilities: 'Who does what, professionals and family',
  resources: 'Resources to be provided',
  'contact-frequency': 'How often each professional has contact with the child and family',
  'success-measures': 'How progress will be judged: what must change',
  contingency: 'Contingency plan if the plan is not working',
  contacts: 'Names and contact details of the lead social worker and core group members',
  'child-views': "The child's wishes and feelings, and the parents' views",
};

export const PLAN_SOURCE: RuleSource = {
  title: 'Working Together to Safeguard Children 2023 (HM Government, statutory guidance)',
  paragraph: 'The child protection plan: what it should set out',
  url: 'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2',
  note: 'Actions are checked as SMART enough to monitor: a named owner, a due date and a measure.',
};

export const PLAN_FINDING_KINDS = [
  'section-missing',
  'section-empty',
  'action-no-owner',
  'action-no-due-date',
  'action-no-measure',
  'action-overdue',
] as const;
export type PlanFindingKind = (typeof PLAN_FINDING_KINDS)[number];

export interface PlanFinding {
  kind: PlanFindingKind;
  childId: string;
  /** For section findings. */
  section?: PlanSectionId;
  /** For action findings: the action's position in the plan (0-based) and its text. */
  actionIndex?: number;
  actionText?: string;
  /** For an overdue action, its due date. */
  due?: IsoDate;
  reason: string;
  source: RuleSource;
}

const blank = (text: string | undefined) => text === undefined || text.trim() === '';

/**
 * What a child's plan lacks: each section missing or empty, and each action a core group could
 * not monitor (no named owner, no due date, no measure) or that is past its due date and not done.
 * The "actions" section counts as present when the plan lists actions, even without a summary.
 */
export function checkPlan(plan: ChildPlan, opts: { today?: IsoDate } = {}): PlanFinding[] {
  const { today } = opts;
  if (today !== undefined && !isIsoDate(today)) {
    throw new RangeError(`today must be a real date written YYYY-MM-DD, not "${today}"`);
  }
  const findings: PlanFinding[] = [];
  const base = { childId: plan.childId, source: PLAN_SOURCE };
  for (const section of PLAN_SECTION_IDS) {
    const text = plan.sections[section];
    if (section === 'actions' && plan.actions.length > 0) continue;
    if (!blank(text)) continue;
    const label = PLAN_SECTION_LABELS[section];
    findings.push({
      ...base,
      kind: text === undefined ? 'section-missing' : 'section-empty',
      section,
      reason:
        text === undefined
          ? `The plan has no section for: ${label}.`
          : `The plan's section is empty: ${label}.`,
    });
  }
  plan.actions.forEach((action, actionIndex) => {
    for (const kind of actionGaps(action, today)) {
      findings.push({
        ...base,
        kind,
        actionIndex,
        actionText: action.text,
        ...(kind === 'action-overdue' ? { due: action.due } : {}),
        reason: actionReason(kind, action),
      });
    }
  });
  return findings;
}

function actionGaps(action: PlanAction, today: IsoDate | undefined): PlanFindingKind[] {
  const gaps: PlanFindingKind[] = [];
  if (blank(action.owner)) gaps.push('action-no-owner');
  if (action.due === undefined) gaps.push('action-no-due-date');
  if (blank(action.measure)) gaps.push('action-no-measure');
  if (
    today !== undefined &&
    action.due !== undefined &&
    compareDates(today, action.due) > 0 &&
    action.status !== 'done'
  ) {
    gaps.push('action-overdue');
  }
  return gaps;
}

function actionReason(kind: PlanFindingKind, action: PlanAction): string {
  const what = `The action "${shorten(action.text)}"`;
  switch (kind) {
    case 'action-no-owner':
      return `${what} names no one responsible for it.`;
    case 'action-no-due-date':
      return `${what} has no date it should be done by.`;
    case 'action-no-measure':
      return `${what} does not say how the core group will know it has worked.`;
    default: {
      const status = action.status
        ? `its status is "${action.status}"`
        : 'no status is recorded, so it is not taken as done';
      return `${what} was due by ${formatDate(action.due ?? '')} and is not done: ${status}.`;
    }
  }
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}
