import type { IsoDate } from '../lib/domain';
import { careflowCaseList } from './careflow/case-list';
import { careflowConferences } from './careflow/conferences';
import { careflowCoreGroups } from './careflow/core-groups';
import { careflowPlan } from './careflow/plan';
import { careflowSummary } from './careflow/summary';
import { careflowVisitForm, careflowVisitNotSaved } from './careflow/visit-form';
import { careflowVisits } from './careflow/visits';
import { demoCases, findDemoCase, recordFor } from './cases';
import { demoCatalogue } from './catalogue';
import { gridcaseCaseload } from './gridcase/caseload';
import { gridcaseConferences } from './gridcase/conferences';
import { gridcaseCoreGroups, gridcaseMeetingRecord } from './gridcase/core-groups';
import { gridcasePlan } from './gridcase/plan';
import { gridcaseSummary } from './gridcase/summary';
import { gridcaseVisits } from './gridcase/visits';
import { homePage, notFoundPage } from './home';
import { hasRecord } from './meeting-text';
import type { CasePageContext } from './page-context';
import {
  careflowPath,
  careflowPlanPath,
  GRIDCASE_TABS,
  type GridCaseTab,
  gridcasePath,
} from './urls';

export interface DemoResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const HTML_TYPE = 'text/html; charset=utf-8';

const page = (body: string, status = 200): DemoResponse => ({
  status,
  headers: { 'content-type': HTML_TYPE },
  body,
});
const redirect = (location: string): DemoResponse => ({
  status: 302,
  headers: { location, 'content-type': HTML_TYPE },
  body: '',
});

function careflowCase(
  ctx: CasePageContext,
  rest: string[],
  method: string,
): DemoResponse | undefined {
  const [first, second, ...extra] = rest;
  if (extra.length) return undefined;
  if (first === undefined) return redirect(careflowPath(ctx.view.caseId, 'summary'));
  if (method === 'POST') {
    return first === 'visits' && second === 'new' ? page(careflowVisitNotSaved(ctx)) : undefined;
  }
  if (first === 'plan') {
    if (second === undefined) {
      const child = ctx.record.children[0];
      return child ? redirect(careflowPlanPath(ctx.view.caseId, child.id)) : undefined;
    }
    const child = ctx.record.children.find((c) => c.id === second);
    return child && page(careflowPlan(ctx, child.id, child.name));
  }
  if (first === 'visits' && second === 'new') return page(careflowVisitForm(ctx));
  if (second !== undefined) return undefined;
  const renderers: Record<string, (c: CasePageContext) => string> = {
    summary: careflowSummary,
    conferences: careflowConferences,
    'core-groups': careflowCoreGroups,
    visits: careflowVisits,
  };
  const render = Object.hasOwn(renderers, first) ? renderers[first] : undefined;
  return render && page(render(ctx));
}

function gridcaseWorkspace(ctx: CasePageContext, query: URLSearchParams): DemoResponse | undefined {
  const tab = query.get('tab');
  if (tab === null) return redirect(gridcasePath(ctx.view.caseId, 'summary'));
  if (!(GRIDCASE_TABS as readonly string[]).includes(tab)) return undefined;
  const childId = query.get('child');
  if (tab === 'plan') {
    if (childId === null) {
      const child = ctx.record.children[0];
      return child ? redirect(gridcasePath(ctx.view.caseId, 'plan', child.id)) : undefined;
    }
    const child = ctx.record.children.find((c) => c.id === childId);
    return child && page(gridcasePlan(ctx, child));
  }
  if (childId !== null) return undefined;
  const meeting = query.get('meeting');
  if (meeting !== null) {
    if (tab !== 'coregroups') return undefined;
    const group = ctx.record.coreGroups.find((g) => g.date === meeting && hasRecord(g));
    return group && page(gridcaseMeetingRecord(ctx, group));
  }
  const renderers: Record<Exclude<GridCaseTab, 'plan'>, (c: CasePageContext) => string> = {
    summary: gridcaseSummary,
    conferences: gridcaseConferences,
    coregroups: gridcaseCoreGroups,
    visits: gridcaseVisits,
  };
  return page(renderers[tab as Exclude<GridCaseTab, 'plan'>](ctx));
}

function caseContext(
  today: IsoDate,
  system: 'careflow' | 'gridcase',
  caseId: string | null | undefined,
): CasePageContext | undefined {
  if (!caseId) return undefined;
  const found = findDemoCase(demoCases(today), system, caseId);
  return found && { ...found, record: recordFor(found.demoCase, found.view) };
}

function route(
  method: string,
  url: URL,
  today: IsoDate,
  baseUrl: string,
): DemoResponse | undefined {
  const path = url.pathname;
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (method === 'POST') {
    if (segments[0] !== 'careflow' || segments[1] !== 'case') return undefined;
    const ctx = caseContext(today, 'careflow', segments[2]);
    return ctx && careflowCase(ctx, segments.slice(3), method);
  }
  if (path === '/') return page(homePage(demoCases(today), today));
  if (path === '/__demo/cases.json') {
    return {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(demoCatalogue(today, baseUrl), null, 2),
    };
  }
  if (path === '/careflow' || path === '/careflow/') return redirect('/careflow/cases');
  if (path === '/careflow/cases') return page(careflowCaseList(demoCases(today)));
  if (path === '/gridcase' || path === '/gridcase/') return redirect('/gridcase/caseload');
  if (path === '/gridcase/caseload') return page(gridcaseCaseload(demoCases(today)));
  if (path === '/gridcase/workspace') {
    const caseParam = url.searchParams.get('case');
    if (caseParam === null) return redirect('/gridcase/caseload');
    const ctx = caseContext(today, 'gridcase', caseParam);
    return ctx && gridcaseWorkspace(ctx, url.searchParams);
  }
  if (segments[0] === 'careflow' && segments[1] === 'case') {
    const ctx = caseContext(today, 'careflow', segments[2]);
    return ctx && careflowCase(ctx, segments.slice(3), method);
  }
  return undefined;
}

/**
 * Answers one request to the demo case systems. Pure apart from `today`, so tests can render
 * any page without a server.
 */
export function respondToDemoRequest(
  request: { method: string; url: string },
  options: { today: IsoDate; baseUrl: string },
): DemoResponse {
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
    return {
      status: 405,
      headers: { allow: 'GET, HEAD, POST', 'content-type': HTML_TYPE },
      body: '',
    };
  }
  let url: URL;
  try {
    url = new URL(request.url, options.baseUrl);
  } catch {
    return page(notFoundPage(request.url), 404);
  }
  let response: DemoResponse | undefined;
  try {
    response = route(method === 'HEAD' ? 'GET' : method, url, options.today, options.baseUrl);
  } catch (error) {
    // A malformed percent-escape in the path is the visitor's mistake, not the server's.
    if (!(error instanceof URIError)) throw error;
  }
  return response ?? page(notFoundPage(url.pathname), 404);
}
