import type { Child, SchoolMove } from '../../lib/domain';
import { slashDate } from '../dates';
import { type Html, html } from '../html';
import { byDate, type CasePageContext, childName } from '../page-context';
import { checkbox, empty, line, pairs, panel, readonlyInput } from './fields';
import { meetingTerms, REGION_NAMES, yesNo } from './labels';
import { careflowCasePage } from './layout';

function person(ctx: CasePageContext, child: Child, index: number): Html {
  return html`<section class="cf-person" id="child-${index}">
<h3>${child.name}</h3>
${line('Person ID', child.id)}
${pairs([
  ['Date of birth', child.dateOfBirth && slashDate(child.dateOfBirth)],
  ['School', ctx.demoCase.schools[child.id]],
])}
${child.preVerbal !== undefined && line('Pre-verbal', yesNo(child.preVerbal))}
${
  child.seenAloneNotRequired !== undefined &&
  checkbox(
    `child-${index}-seen-alone-not-required`,
    'Seen alone not required (conference decision)',
    child.seenAloneNotRequired,
  )
}
</section>`;
}

function schoolMove(ctx: CasePageContext, move: SchoolMove, index: number): Html {
  return html`<section class="cf-school-move" id="school-move-${index}">
<h3>${childName(ctx.record, move.childId)}</h3>
${line('Person ID', move.childId)}
${line('Date of move', slashDate(move.date))}
${pairs([['New school', ctx.demoCase.schools[move.childId]]])}
</section>`;
}

export function careflowSummary(ctx: CasePageContext): string {
  const { demoCase, record, view } = ctx;
  const moves = byDate(record.schoolMoves);
  const main = html`${panel('case-details', 'Case details', [
    pairs([
      ['Case ID', view.caseId],
      ['Local authority', demoCase.localAuthority],
      ['Region', record.region && REGION_NAMES[record.region]],
      ['Team', demoCase.team],
      ['Allocated worker', demoCase.worker],
      ['Address', demoCase.address],
    ]),
    readonlyInput('family-name', 'Family name', demoCase.family),
  ])}
${panel('child-protection', 'Child protection', [
  readonlyInput(
    'icpc-date',
    meetingTerms(record.region).initialDate,
    record.icpcDate ? slashDate(record.icpcDate) : '',
  ),
  readonlyInput(
    'plan-end-date',
    'Plan end date',
    record.planEndDate ? slashDate(record.planEndDate) : '',
  ),
])}
${panel(
  'children',
  'Children',
  record.children.map((child, i) => person(ctx, child, i + 1)),
)}
${panel(
  'school-moves',
  'School moves',
  moves.length
    ? moves.map((m, i) => schoolMove(ctx, m, i + 1))
    : empty('No school moves recorded.'),
)}
${panel('case-notes', 'Case notes', html`<ul>${demoCase.notes.map((n) => html`<li>${n}</li>`)}</ul>`)}`;
  return careflowCasePage(ctx, { active: 'summary', name: 'Summary', main });
}
