import type { Child } from '../../lib/domain';
import { type Html, html } from '../html';
import type { CasePageContext } from '../page-context';
import { careflowPath } from '../urls';
import { line, panel } from './fields';
import { careflowCasePage } from './layout';

function radios(name: string, legend: string): Html {
  return html`<fieldset class="cf-radios"><legend>${legend}</legend>
<input type="radio" id="${name}-yes" name="${name}" value="yes"><label for="${name}-yes">Yes</label>
<input type="radio" id="${name}-no" name="${name}" value="no"><label for="${name}-no">No</label>
</fieldset>`;
}

function childFields(child: Child, i: number): Html {
  const id = `child-${i}`;
  return html`<fieldset class="cf-visit-child">
<legend>${child.name}</legend>
${line('Person ID', child.id)}
${radios(`${id}-seen`, 'Child seen?')}
${radios(`${id}-seen-alone`, 'Seen alone?')}
<div class="cf-field"><label for="${id}-not-alone-reason">If not seen alone, why not?</label><textarea id="${id}-not-alone-reason" name="${id}-not-alone-reason" rows="2"></textarea></div>
</fieldset>`;
}

/**
 * The visit-recording form, editable and with "Seen alone?" unanswered: where the extension
 * prompts a worker who is about to save a visit without saying whether each child was alone.
 */
export function careflowVisitForm(ctx: CasePageContext): string {
  const action = careflowPath(ctx.view.caseId, 'visits/new');
  const main = panel(
    'record-visit',
    'Record a statutory visit',
    html`<form class="cf-form" id="visit-form" method="post" action="${action}">
<div class="cf-field"><label for="visit-date">Visit date</label><input type="text" id="visit-date" name="visit-date" placeholder="dd/mm/yyyy" inputmode="numeric"></div>
<div class="cf-field"><label for="visit-type">Visit type</label><select id="visit-type" name="visit-type"><option value="home">Home visit</option><option value="school">School visit</option><option value="office">Office visit</option></select></div>
${ctx.record.children.map(childFields)}
<div class="cf-field"><label for="visit-notes">Visit notes</label><textarea id="visit-notes" name="visit-notes" rows="6"></textarea></div>
<p><button type="submit">Save visit</button> <a class="cf-button" href="${careflowPath(ctx.view.caseId, 'visits')}">Cancel</a></p>
</form>`,
  );
  return careflowCasePage(ctx, { active: 'visits/new', name: 'Record a visit', main });
}

/** What a submitted visit form gets back: the demo keeps nothing a user types. */
export function careflowVisitNotSaved(ctx: CasePageContext): string {
  const main = panel(
    'not-saved',
    'Visit not saved',
    html`<p>This demonstration system does not store anything you enter.</p>
<p><a href="${careflowPath(ctx.view.caseId, 'visits')}">Back to visits</a></p>`,
  );
  return careflowCasePage(ctx, { active: 'visits/new', name: 'Visit not saved', main });
}
