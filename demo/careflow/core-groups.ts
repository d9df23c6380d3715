import type { CoreGroup } from '../../lib/domain';
import { slashDate } from '../dates';
import { type Html, html } from '../html';
import { byDate, type CasePageContext } from '../page-context';
import { empty, line, panel, readonlyInput, readonlySelect, readonlyTextarea } from './fields';
import { MEETING_STATUS_NAMES } from './labels';
import { careflowCasePage } from './layout';

const STATUS_OPTIONS = [
  ['scheduled', MEETING_STATUS_NAMES.scheduled],
  ['held', MEETING_STATUS_NAMES.held],
] as const;

function minutesLine(group: CoreGroup): Html | '' {
  if (group.minutesCirculatedDate) {
    return line('Minutes circulated', slashDate(group.minutesCirculatedDate));
  }
  return group.status === 'held' ? line('Minutes circulated', 'Not yet circulated') : '';
}

function meeting(ctx: CasePageContext, group: CoreGroup, i: number): Html {
  const minutes = ctx.demoCase.minutes[group.date];
  return html`<section class="cf-meeting" id="core-group-${i}">
<h3>Core group meeting ${i}</h3>
${readonlyInput(`core-group-${i}-date`, 'Meeting date', slashDate(group.date))}
${readonlySelect(`core-group-${i}-status`, 'Status', STATUS_OPTIONS, group.status)}
${minutesLine(group)}
${group.attendees && readonlyTextarea(`core-group-${i}-attendees`, 'Attendees', group.attendees.join('\n'))}
${group.apologies && readonlyTextarea(`core-group-${i}-apologies`, 'Apologies', group.apologies.join('\n'))}
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
