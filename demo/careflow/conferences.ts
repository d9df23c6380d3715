import type { ReviewConference } from '../../lib/domain';
import { slashDate } from '../dates';
import { type Html, html } from '../html';
import { byDate, type CasePageContext } from '../page-context';
import { empty, line, pairs, panel, readonlyInput, readonlySelect } from './fields';
import { MEETING_STATUS_NAMES, meetingTerms } from './labels';
import { careflowCasePage } from './layout';

const STATUS_OPTIONS = [
  ['scheduled', MEETING_STATUS_NAMES.scheduled],
  ['held', MEETING_STATUS_NAMES.held],
] as const;

function review(ctx: CasePageContext, conference: ReviewConference, index: number): Html {
  const terms = meetingTerms(ctx.record.region);
  const ended = conference.date === ctx.record.planEndDate;
  return html`<section class="cf-review" id="review-${index}">
<h3>${terms.review} ${index}</h3>
${line(terms.reviewDate, slashDate(conference.date))}
${readonlySelect(`review-${index}-status`, 'Status', STATUS_OPTIONS, conference.status)}
${pairs([
  [
    'Report shared with family',
    conference.reportSharedDate && slashDate(conference.reportSharedDate),
  ],
  ['Outcome', ended ? 'Plan ended' : undefined],
])}
</section>`;
}

export function careflowConferences(ctx: CasePageContext): string {
  const { record, demoCase } = ctx;
  const terms = meetingTerms(record.region);
  const reviews = byDate(record.reviewConferences);
  const main = html`${panel('initial-conference', terms.initialHeading, [
    readonlyInput(
      'icpc-date',
      terms.initialDate,
      record.icpcDate ? slashDate(record.icpcDate) : '',
    ),
    pairs([['Chair', demoCase.conferenceChair]]),
  ])}
${panel(
  'reviews',
  terms.reviewsHeading,
  reviews.length
    ? reviews.map((r, i) => review(ctx, r, i + 1))
    : empty(`No ${terms.reviewsHeading.toLowerCase()} recorded.`),
)}`;
  return careflowCasePage(ctx, { active: 'conferences', name: terms.pageName, main });
}
