import type { CoreGroup } from '../../lib/domain';
import { slashDate } from '../dates';
import { type Html, html } from '../html';
import { apologyText, type MeetingWords, personText, recordRows } from '../meeting-text';
import { byDate, type CasePageContext } from '../page-context';
import { empty, line, panel, readonlyInput, readonlySelect, readonlyTextarea } from './fields';
import { ACTION_STATUS_NAMES, MEETING_STATUS_NAMES } from './labels';
import { careflowCasePage } from './layout';

const STATUS_OPTIONS = [
  ['scheduled', MEETING_STATUS_NAMES.scheduled],
  ['held', MEETING_STATUS_NAMES.held],
] as const;

/** CareFlow's words in a meeting record (demo/MARKUP.md, "Meeting record lines"). */
export const CAREFLOW_MEETING_WORDS: MeetingWords = {
  date: slashDate,
  actionStatus: ACTION_STATUS_NAMES,
  risk: { increasing: 'Increasing', stable: 'Stable', decreasing: 'Decreasing' },
  update: { sent: 'written update sent', notSent: 'no written update' },
};

const RISK_OPTIONS = [
  ['', 'Not set'],
  ['increasing', 'Increasing'],
  ['stable', 'Stable'],
  ['decreasing', 'Decreasing'],
] as const;

/** One-line fields are inputs, the risk a select, everything else a textarea of lines. */
const ONE_LINE = new Set([
  'chair',
  'viceChair',
  'nonCooperation',
  'parentsAbsenceReason',
  'nextMeetingDate',
]);

function minutesLine(group: CoreGroup): Html | '' {
  if (group.minutesCirculatedDate) {
    return line('Minutes circulated', slashDate(group.minutesCirculatedDate));
  }
  return group.status === 'held' ? line('Minutes circulated', 'Not yet circulated') : '';
}

function recordFields(group: CoreGroup, i: number): Html[] {
  return recordRows(group, CAREFLOW_MEETING_WORDS).map(([field, label, lines]) => {
    const id = `core-group-${i}-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    if (field === 'riskTrend')
      return readonlySelect(id, label, RISK_OPTIONS, group.riskTrend ?? '');
    if (ONE_LINE.has(field)) return readonlyInput(id, label, lines.join(' '));
    return readonlyTextarea(id, label, lines.join('\n'));
  });
}

function meeting(ctx: CasePageContext, group: CoreGroup, i: number): Html {
  const minutes = ctx.demoCase.minutes[group.date];
  const w = CAREFLOW_MEETING_WORDS;
  return html`<section class="cf-meeting" id="core-group-${i}">
<h3>Core group meeting ${i}</h3>
${readonlyInput(`core-group-${i}-date`, 'Meeting date', slashDate(group.date))}
${readonlySelect(`core-group-${i}-status`, 'Status', STATUS_OPTIONS, group.status)}
${minutesLine(group)}
${group.attendees && readonlyTextarea(`core-group-${i}-attendees`, 'Attendees', group.attendees.map(personText).join('\n'))}
${group.apologies && readonlyTextarea(`core-group-${i}-apologies`, 'Apologies', group.apologies.map((a) => apologyText(a, w)).join('\n'))}
${recordFields(group, i)}
${minutes && html`<details><summary>Minutes summary</summary><p>${minutes}</p></details>`}
</section>`;
}

export function careflowCoreGroups(ctx: CasePageContext): string {
  const groups = byDate(ctx.record.coreGroups);
  const main = panel(
    'core-groups',
    'Core group meetings',
    groups.length
      ? groups.map((g, i) => meeting(ctx, g, i + 1))
      : empty('No core group meetings recorded.'),
  );
  return careflowCasePage(ctx, { active: 'core-groups', name: 'Core groups', main });
}
