import { shortMonthDate } from '../dates';
import { html } from '../html';
import { byDate, type CasePageContext, childName } from '../page-context';
import { JURISDICTION_NAMES, meetingTerms, yn } from './labels';
import { gridcaseCasePage } from './layout';
import { grid, keyValueGrid } from './table';

const date = (value: string | undefined) => (value ? shortMonthDate(value) : '');

export function gridcaseSummary(ctx: CasePageContext): string {
  const { demoCase, record, view } = ctx;
  const main = html`${keyValueGrid('gc-case', 'Case', [
    ['Case ref', view.caseId],
    ['Household', demoCase.family],
    ['Address', demoCase.address],
    ['Authority', demoCase.localAuthority],
    ['Jurisdiction', record.region && JURISDICTION_NAMES[record.region]],
    ['Team', demoCase.team],
    ['Key worker', demoCase.worker],
    [meetingTerms(record.region).initialDateRow, date(record.icpcDate)],
    ['CP plan end date', date(record.planEndDate)],
  ])}
${grid(
  'gc-children',
  'Children subject to a plan',
  ['Ref', 'Name', 'DOB', 'Pre-verbal', "Seen alone not req'd", 'School'],
  record.children.map((c) => [
    c.id,
    c.name,
    date(c.dateOfBirth),
    yn(c.preVerbal),
    yn(c.seenAloneNotRequired),
    demoCase.schools[c.id],
  ]),
)}
${grid(
  'gc-school-changes',
  'School changes',
  ['Ref', 'Child', 'Date of change', 'New school'],
  byDate(record.schoolMoves)
    .reverse()
    .map((m) => [
      m.childId,
      childName(record, m.childId),
      date(m.date),
      demoCase.schools[m.childId],
    ]),
)}
${grid(
  'gc-notes',
  'Case notes',
  ['Note'],
  demoCase.notes.map((n) => [n]),
)}`;
  return gridcaseCasePage(ctx, { tab: 'summary', name: 'Summary', main });
}
