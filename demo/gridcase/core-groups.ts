import { shortMonthDate, weekdayLongDate } from '../dates';
import { byDate, type CasePageContext } from '../page-context';
import { MEETING_STATUS_NAMES } from './labels';
import { gridcaseCasePage } from './layout';
import { grid, peopleCell } from './table';

export function gridcaseCoreGroups(ctx: CasePageContext): string {
  const main = grid(
    'gc-core-groups',
    'Core group meetings',
    ['Meeting date', 'Status', 'Minutes sent', 'Present', 'Apologies', 'Notes'],
    byDate(ctx.record.coreGroups)
      .reverse()
      .map((g) => [
        weekdayLongDate(g.date),
        MEETING_STATUS_NAMES[g.status],
        g.minutesCirculatedDate ? shortMonthDate(g.minutesCirculatedDate) : '',
        peopleCell(g.attendees),
        peopleCell(g.apologies),
        ctx.demoCase.minutes[g.date],
      ]),
  );
  return gridcaseCasePage(ctx, { tab: 'coregroups', name: 'Core groups', main });
}
