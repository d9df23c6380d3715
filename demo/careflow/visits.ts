import type { Visit, VisitChild } from '../../lib/domain';
import { slashDate } from '../dates';
import { type Html, html } from '../html';
import { byDate, type CasePageContext, childName } from '../page-context';
import { checkbox, empty, line, pairs, panel, readonlySelect } from './fields';
import { careflowCasePage } from './layout';

/** The empty first option is what CareFlow shows when the worker did not answer. */
const SEEN_ALONE_OPTIONS = [
  ['', 'Not recorded'],
  ['yes', 'Yes'],
  ['no', 'No'],
] as const;

function childAtVisit(ctx: CasePageContext, child: VisitChild, id: string): Html {
  const alone = child.seenAlone === undefined ? '' : child.seenAlone ? 'yes' : 'no';
  return html`<fieldset class="cf-visit-child">
<legend>${childName(ctx.record, child.childId)}</legend>
${line('Person ID', child.childId)}
${checkbox(`${id}-seen`, 'Child seen', child.seen)}
${readonlySelect(`${id}-seen-alone`, 'Seen alone', SEEN_ALONE_OPTIONS, alone)}
</fieldset>`;
}

function visitSection(ctx: CasePageContext, visit: Visit, i: number): Html {
  return html`<section class="cf-visit" id="visit-${i}">
<h3>Visit ${i}</h3>
${line('Visit date', slashDate(visit.date))}
${pairs([
  ['Visited by', ctx.demoCase.worker],
  ['Visit type', i % 3 === 0 ? 'School visit' : 'Home visit'],
])}
${visit.children.map((c, j) => childAtVisit(ctx, c, `visit-${i}-child-${j + 1}`))}
</section>`;
}

export function careflowVisits(ctx: CasePageContext): string {
  const visits = byDate(ctx.record.visits);
  const main = panel(
    'visits',
    'Statutory visits',
    visits.length
      ? visits.map((v, i) => visitSection(ctx, v, i + 1))
      : empty('No visits recorded.'),
  );
  return careflowCasePage(ctx, { active: 'visits', name: 'Visits', main });
}
