import type { CaseRecord, IsoDate, PlanAction, Provenance } from '../domain';
import { PLAN_SECTION_IDS, type PlanSectionId } from '../domain/constants';
import { checkPlan, type PlanFindingKind } from '../rules/plan-rules';

/** What makes an action hard to monitor: the "SMART" parts a core group needs. */
export type ActionGap = 'owner' | 'due-date' | 'measure';

export interface ActionSummary {
  /** 1-based, as a plan numbers its actions. */
  number: number;
  text: string;
  owner?: string;
  due?: IsoDate;
  status?: PlanAction['status'];
  gaps: ActionGap[];
  /** Past its date and not recorded as done. */
  overdue: boolean;
  /** Recorded as drifting, whatever its date. */
  drifted: boolean;
}

export interface ChildPlanSummary {
  childId: string;
  name: string;
  /** False when no plan has been read for this child: "not read", never "no plan". */
  read: boolean;
  present: PlanSectionId[];
  /** Sections the plan lacks; `empty` when the heading is there with nothing under it. */
  missing: { section: PlanSectionId; empty: boolean }[];
  /** Every action, in plan order. */
  actions: ActionSummary[];
  source?: Provenance;
}

const GAP_OF: Partial<Record<PlanFindingKind, ActionGap>> = {
  'action-no-owner': 'owner',
  'action-no-due-date': 'due-date',
  'action-no-measure': 'measure',
};

/** Each child's plan as `checkPlan` judges it (Working Together's sections, SMART actions). */
export function planSummaries(record: CaseRecord, today: IsoDate): ChildPlanSummary[] {
  return record.children.map((child) => {
    const plan = record.plans.find((p) => p.childId === child.id);
    if (!plan) {
      return {
        childId: child.id,
        name: child.name,
        read: false,
        present: [],
        missing: [],
        actions: [],
      };
    }
    const gaps = checkPlan(plan, { today });
    const missing = gaps.flatMap((g) =>
      g.section && (g.kind === 'section-missing' || g.kind === 'section-empty')
        ? [{ section: g.section, empty: g.kind === 'section-empty' }]
        : [],
    );
    const missingIds = new Set(missing.map((m) => m.section));
    const actions = plan.actions.map((action, index): ActionSummary => {
      const own = gaps.filter((g) => g.actionIndex === index);
      const summary: ActionSummary = {
        number: index + 1,
        text: action.text,
        gaps: own.flatMap((g) => {
          const gap = GAP_OF[g.kind];
          return gap ? [gap] : [];
        }),
        overdue: own.some((g) => g.kind === 'action-overdue'),
        drifted: action.status === 'drifted',
      };
      if (action.owner !== undefined) summary.owner = action.owner;
      if (action.due !== undefined) summary.due = action.due;
      if (action.status !== undefined) summary.status = action.status;
      return summary;
    });
    const summary: ChildPlanSummary = {
      childId: child.id,
      name: child.name,
      read: true,
      present: PLAN_SECTION_IDS.filter((id) => !missingIds.has(id)),
      missing,
      actions,
    };
    if (plan.source) summary.source = plan.source;
    return summary;
  });
}

/** Actions the panel flags: not SMART, overdue, or drifting. */
export function actionsToFlag(summary: ChildPlanSummary): ActionSummary[] {
  return summary.actions.filter((a) => a.gaps.length > 0 || a.overdue || a.drifted);
}
