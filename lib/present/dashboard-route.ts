/** What the dashboard shows: the list, one case, or one case's printable summary. */
export type ReportPurpose = 'supervision' | 'review-conference';
export type DashboardRoute =
  | { view: 'list' }
  | { view: 'case'; caseId: string }
  | { view: 'report'; caseId: string; purpose: ReportPurpose };

const PURPOSES: readonly ReportPurpose[] = ['supervision', 'review-conference'];

/**
 * The route from the page's fragment (`#case=CF-1001`, `#case=CF-1001&report=supervision`), so
 * the browser's back button, bookmarks and a notification's link all land on the same view.
 * Anything not understood shows the list.
 */
export function parseRoute(hash: string): DashboardRoute {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const caseId = params.get('case');
  if (!caseId) return { view: 'list' };
  const report = params.get('report');
  if (report !== null && (PURPOSES as readonly string[]).includes(report)) {
    return { view: 'report', caseId, purpose: report as ReportPurpose };
  }
  return { view: 'case', caseId };
}

export function routeHash(route: DashboardRoute): string {
  if (route.view === 'list') return '#';
  const params = new URLSearchParams({ case: route.caseId });
  if (route.view === 'report') params.set('report', route.purpose);
  return `#${params.toString()}`;
}
