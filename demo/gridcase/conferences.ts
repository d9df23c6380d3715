import { shortMonthDate } from '../dates';
import type { HtmlValue } from '../html';
import { byDate, type CasePageContext } from '../page-context';
import { MEETING_STATUS_NAMES, meetingTerms } from './labels';
import { gridcaseCasePage } from './layout';
import { grid } from './table';

/** The initial and review meetings in one grid, newest first, told apart by their Type. */
export function gridcaseConferences(ctx: CasePageContext): string {
  const { record, demoCase } = ctx;
  const terms = meetingTerms(record.region);
  const rows: HtmlValue[][] = byDate(record.reviewConferences)
    .reverse()
    .map((r) => [
      terms.reviewType,
      shortMonthDate(r.date),
      MEETING_STATUS_NAMES[r.status],
      r.reportSharedDate ? shortMonthDate(r.reportSharedDate) : '',
      demoCase.conferenceChair,
    ]);
  if (record.icpcDate) {
    rows.push([
      terms.initialType,
      shortMonthDate(record.icpcDate),
      MEETING_STATUS_NAMES.held,
      '',
      demoCase.conferenceChair,
    ]);
  }
  const main = grid(
    'gc-conferences',
    terms.tab,
    ['Type', 'Date', 'Status', 'Report to family', 'Chair'],
    rows,
  );
  return gridcaseCasePage(ctx, { tab: 'conferences', name: terms.tab, main });
}
