import { weekdayLongDate } from '../dates';
import { byDate, type CasePageContext, childName, findChild } from '../page-context';
import { yn } from './labels';
import { gridcaseCasePage } from './layout';
import { grid } from './table';

/** One row per child per visit, newest visit first: a reader regroups rows by visit date. */
export function gridcaseVisits(ctx: CasePageContext): string {
  const { record, demoCase } = ctx;
  const rows = byDate(record.visits)
    .reverse()
    .flatMap((v) =>
      v.children.map((c) => [
        weekdayLongDate(v.date),
        childName(record, c.childId),
        c.childId,
        yn(c.seen),
        yn(c.seenAlone),
        yn(findChild(record, c.childId)?.preVerbal),
        demoCase.worker,
      ]),
    );
  const main = grid(
    'gc-visits',
    'Statutory visits',
    ['Visit date', 'Child', 'Ref', 'Seen', 'Seen alone', 'Pre-verbal', 'Worker'],
    rows,
  );
  return gridcaseCasePage(ctx, { tab: 'visits', name: 'Visits', main });
}
