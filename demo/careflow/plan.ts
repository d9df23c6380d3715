import { type ChildPlan, PLAN_SECTION_IDS, type PlanAction } from '../../lib/domain';
import { slashDate } from '../dates';
import { type Html, html } from '../html';
import type { CasePageContext } from '../page-context';
import { empty, line, pairs, panel, readonlySelect, readonlyTextarea } from './fields';
import { ACTION_STATUS_NAMES, PLAN_SECTION_LABELS } from './labels';
import { careflowCasePage } from './layout';

const STATUS_OPTIONS = [
  ['', 'Not set'],
  ...Object.entries(ACTION_STATUS_NAMES).map(([value, text]) => [value, text] as const),
] as const;

function action(item: PlanAction, i: number): Html {
  // Blank values are shown blank, as the form would: an action with no owner shows "Who" empty.
  return html`<section class="cf-action" id="action-${i}">
<h3>Action ${i}</h3>
${pairs([
  ['What will be done', item.text],
  ['Who', item.owner ?? ''],
  ['By when', item.due ? slashDate(item.due) : ''],
  ['How we will know it has worked', item.measure ?? ''],
])}
${readonlySelect(`action-${i}-progress`, 'Progress', STATUS_OPTIONS, item.status ?? '')}
</section>`;
}

function planPanels(plan: ChildPlan): Html {
  return html`${panel(
    'plan-sections',
    'Plan',
    PLAN_SECTION_IDS.map((id) =>
      readonlyTextarea(`plan-${id}`, PLAN_SECTION_LABELS[id], plan.sections[id] ?? ''),
    ),
  )}
${panel(
  'plan-actions',
  'Actions',
  plan.actions.length
    ? plan.actions.map((a, i) => action(a, i + 1))
    : empty('No actions recorded.'),
)}`;
}

export function careflowPlan(ctx: CasePageContext, childId: string, childName: string): string {
  const plan = ctx.record.plans.find((p) => p.childId === childId);
  const main = html`${panel('plan-child', `Child protection plan: ${childName}`, line('Person ID', childId))}
${plan ? planPanels(plan) : empty('No child protection plan recorded for this child.')}`;
  return careflowCasePage(ctx, { active: `plan/${childId}`, name: `Plan: ${childName}`, main });
}
