import { useEffect, useRef } from 'react';
import type { IsoDate } from '../../lib/domain';
import type { CaseGlance } from '../../lib/present/case-glance';
import type { ReportPurpose } from '../../lib/present/dashboard-route';
import type { TimelineModel } from '../../lib/present/dashboard-timeline';
import type { PlanCompleteness, SeenAloneRecord } from '../../lib/reports/case-report';
import { formatUkDateTime } from '../../lib/reports/generated-notice';
import type { Finding } from '../../lib/rules/finding';
import type { CaseView } from '../../lib/store';
import { CaseGlanceLine } from '../sidebar/CaseGlanceLine';
import { DeadlinesPanel } from '../sidebar/DeadlinesPanel';
import { UnreadNotice } from '../sidebar/UnreadNotice';
import { CaseTimeline } from './CaseTimeline';
import { PlanCompletenessTable } from './PlanCompletenessTable';
import { SeenAloneTable } from './SeenAloneTable';

const PAGE_KIND_LABELS: Record<string, string> = {
  'case-summary': 'Case summary',
  conference: 'Conferences',
  'core-group': 'Core groups',
  visit: 'Visits',
  plan: 'Plan',
  other: 'Other page',
};

/** A link back to the case system, only ever to an http(s) address. */
function caseSystemHref(origin: string, path: string): string | undefined {
  try {
    const url = new URL(path, origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface CaseDetailProps {
  view: Pick<
    CaseView,
    'caseId' | 'origin' | 'record' | 'unread' | 'conflicts' | 'pages' | 'lastReadAt'
  >;
  findings: readonly Finding[];
  glance: CaseGlance;
  timeline: TimelineModel;
  plans: readonly PlanCompleteness[];
  seenAlone: readonly SeenAloneRecord[];
  seenAlonePeriod: string;
  today: IsoDate;
  backHref: string;
  reportHref: (purpose: ReportPurpose) => string;
}

/** One case in full: its glance line, timeline, every finding with its reason, plan and visits. */
export function CaseDetail({
  view,
  findings,
  glance,
  timeline,
  plans,
  seenAlone,
  seenAlonePeriod,
  today,
  backHref,
  reportHref,
}: CaseDetailProps) {
  // A new view in a single page: move focus to its heading so a screen reader announces it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <article className="case-detail" aria-labelledby="case-heading" data-testid="case-detail">
      <nav aria-label="Back">
        <a href={backHref}>← All cases</a>
      </nav>
      <h1 id="case-heading" ref={heading} tabIndex={-1}>
        Case <span data-testid="detail-case-id">{view.caseId}</span>
      </h1>
      <p className="sidebar-meta">
        Read locally from {view.origin}; last read {formatUkDateTime(view.lastReadAt)}. The case
        system remains the record.
      </p>
      <CaseGlanceLine glance={glance} />
      <ul className="report-links" aria-label="Printable summaries">
        <li>
          <a href={reportHref('supervision')}>Summary for supervision</a>
        </li>
        <li>
          <a href={reportHref('review-conference')}>Summary for the review conference</a>
        </li>
      </ul>
      <UnreadNotice unread={view.unread} />
      {view.conflicts.length > 0 ? (
        <section className="panel notice" aria-labelledby="conflicts-heading">
          <h2 id="conflicts-heading">
            <span aria-hidden="true">⚠ </span>Pages disagree
          </h2>
          <p>
            {view.conflicts.length} value{view.conflicts.length === 1 ? ' differs' : 's differ'}{' '}
            between pages of the case system. Check them there.
          </p>
        </section>
      ) : null}
      <CaseTimeline model={timeline} caseId={view.caseId} />
      <DeadlinesPanel findings={findings} today={today} caseChildren={view.record.children} />
      <section className="panel" aria-labelledby="plan-heading">
        <h2 id="plan-heading">Plan</h2>
        <PlanCompletenessTable plans={plans} />
      </section>
      <section className="panel" aria-labelledby="seen-heading">
        <h2 id="seen-heading">Seen alone</h2>
        <SeenAloneTable records={seenAlone} period={seenAlonePeriod} />
      </section>
      <section className="panel" aria-labelledby="pages-heading">
        <h2 id="pages-heading">Pages read</h2>
        <ul>
          {view.pages.map((page) => {
            const href = caseSystemHref(view.origin, page.path);
            const label = PAGE_KIND_LABELS[page.pageKind] ?? page.pageKind;
            return (
              <li key={page.path}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {label}
                  </a>
                ) : (
                  label
                )}{' '}
                — read {formatUkDateTime(page.checkedAt)}
                {page.unread > 0
                  ? `, ${page.unread} value${page.unread === 1 ? '' : 's'} not read`
                  : ''}
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}
