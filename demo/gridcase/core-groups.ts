import type { CoreGroup } from '../../lib/domain';
import { shortMonthDate, weekdayLongDate } from '../dates';
import { type Html, type HtmlValue, html } from '../html';
import { apologyText, hasRecord, type MeetingWords, personText, recordRows } from '../meeting-text';
import { byDate, type CasePageContext } from '../page-context';
import { gridcaseMeetingPath } from '../urls';
import { ACTION_STATUS_NAMES, MEETING_STATUS_NAMES } from './labels';
import { gridcaseCasePage } from './layout';
import { grid, keyValueGrid, linesCell, peopleCell } from './table';

/** GridCase's words in a meeting record (demo/MARKUP.md, "Meeting record lines"). */
export const GRIDCASE_MEETING_WORDS: MeetingWords = {
  date: shortMonthDate,
  actionStatus: ACTION_STATUS_NAMES,
  risk: { increasing: 'Rising', stable: 'Stable', decreasing: 'Reducing' },
  update: { sent: 'report sent', notSent: 'no report' },
};

function dateCell(ctx: CasePageContext, g: CoreGroup): Html | string {
  const text = weekdayLongDate(g.date);
  return hasRecord(g)
    ? html`<a class="gc-link" href="${gridcaseMeetingPath(ctx.view.caseId, g.date)}">${text}</a>`
    : text;
}

export function gridcaseCoreGroups(ctx: CasePageContext): string {
  const w = GRIDCASE_MEETING_WORDS;
  const main = grid(
    'gc-core-groups',
    'Core group meetings',
    ['Meeting date', 'Status', 'Minutes sent', 'Present', 'Apologies', 'Notes'],
    byDate(ctx.record.coreGroups)
      .reverse()
      .map((g) => [
        dateCell(ctx, g),
        MEETING_STATUS_NAMES[g.status],
        g.minutesCirculatedDate ? shortMonthDate(g.minutesCirculatedDate) : '',
        peopleCell(g.attendees?.map(personText)),
        peopleCell(g.apologies?.map((a) => apologyText(a, w))),
        ctx.demoCase.minutes[g.date],
      ]),
  );
  return gridcaseCasePage(ctx, { tab: 'coregroups', name: 'Core groups', main });
}

/** One held meeting's record: a key/value grid, a row per field the record shows. */
export function gridcaseMeetingRecord(ctx: CasePageContext, group: CoreGroup): string {
  const long = weekdayLongDate(group.date);
  const rows: [string, HtmlValue][] = [
    ['Meeting date', long],
    ['Status', MEETING_STATUS_NAMES[group.status]],
    ...recordRows(group, GRIDCASE_MEETING_WORDS).map(([, label, lines]): [string, HtmlValue] => [
      label,
      linesCell(lines),
    ]),
  ];
  const main = html`<h2 class="gc-subtitle">Core group record: <span class="gc-meeting-date">${long}</span></h2>
${keyValueGrid('gc-meeting-record', 'Core group record', rows, ['Item', 'Record'])}`;
  return gridcaseCasePage(ctx, { tab: 'coregroups', name: `Core group ${long}`, main });
}
