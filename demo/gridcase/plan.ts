import { type Child, PLAN_SECTION_IDS } from '../../lib/domain';
import { shortMonthDate } from '../dates';
import { html } from '../html';
import type { CasePageContext } from '../page-context';
import { gridcasePath } from '../urls';
import { ACTION_STATUS_NAMES, PLAN_SECTION_LABELS } from './labels';
import { gridcaseCasePage } from './layout';
import { grid, keyValueGrid } from './table';

function childTabs(ctx: CasePageContext, active: Child) {
  return html`<nav class="gc-subtabs" aria-label="Children">${ctx.record.children.map(
    (c) =>
      html`<a class="gc-subtab" href="${gridcasePath(ctx.view.caseId, 'plan', c.id)}"${
        c.id === active.id ? html` aria-current="page"` : ''
      }>${c.name}</a>`,
  )}</nav>`;
}

export function gridcasePlan(ctx: CasePageContext, child: Child): string {
  const plan = ctx.record.plans.find((p) => p.childId === child.id);
  const heading = html`<h2 class="gc-subtitle">CP plan: <span class="gc-child-name">${child.name}</span> (<span class="gc-ref">${child.id}</span>)</h2>`;
  const body = plan
    ? html`${keyValueGrid(
        'gc-plan',
        'Plan',
        PLAN_SECTION_IDS.map((id) => [PLAN_SECTION_LABELS[id], plan.sections[id] ?? ''] as const),
        ['Plan heading', 'Detail'],
      )}
${grid(
  'gc-plan-actions',
  'Actions',
  ['#', 'Action', 'Responsible', 'Target date', 'Success measure', 'Progress'],
  plan.actions.map((a, i) => [
    String(i + 1),
    a.text,
    a.owner ?? '',
    a.due ? shortMonthDate(a.due) : '',
    a.measure ?? '',
    a.status ? ACTION_STATUS_NAMES[a.status] : '',
  ]),
)}`
    : html`<p class="gc-none">No CP plan recorded for this child.</p>`;
  return gridcaseCasePage(ctx, {
    tab: 'plan',
    name: `CP plan – ${child.name}`,
    subnav: childTabs(ctx, child),
    main: html`${heading}${body}`,
  });
}
