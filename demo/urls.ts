import type { CaseRecord, IsoDate, PageKind } from '../lib/domain';
import type { DemoView } from './cases';
import { hasRecord } from './meeting-text';

export type CareFlowPage = 'summary' | 'conferences' | 'core-groups' | 'visits' | 'visits/new';
export const GRIDCASE_TABS = ['summary', 'conferences', 'coregroups', 'visits', 'plan'] as const;
export type GridCaseTab = (typeof GRIDCASE_TABS)[number];

export function careflowPath(caseId: string, page: CareFlowPage): string {
  return `/careflow/case/${encodeURIComponent(caseId)}/${page}`;
}

export function careflowPlanPath(caseId: string, childId: string): string {
  return `/careflow/case/${encodeURIComponent(caseId)}/plan/${encodeURIComponent(childId)}`;
}

/** GridCase names the case, tab and child in the query, always in this order. */
export function gridcasePath(caseId: string, tab: GridCaseTab, childId?: string): string {
  const query = new URLSearchParams({ case: caseId, tab });
  if (childId !== undefined) query.set('child', childId);
  return `/gridcase/workspace?${query}`;
}

/** A held core group's record in GridCase: the core groups tab, one meeting named by date. */
export function gridcaseMeetingPath(caseId: string, date: IsoDate): string {
  const query = new URLSearchParams({ case: caseId, tab: 'coregroups', meeting: date });
  return `/gridcase/workspace?${query}`;
}

export interface DemoPage {
  path: string;
  kind: PageKind;
}

/** Every page of a case that shows part of its record, with the kind of page it is. */
export function casePages(view: DemoView, record: CaseRecord): DemoPage[] {
  const childIds = record.children.map((c) => c.id);
  if (view.system === 'careflow') {
    return [
      { path: careflowPath(view.caseId, 'summary'), kind: 'case-summary' },
      { path: careflowPath(view.caseId, 'conferences'), kind: 'conference' },
      { path: careflowPath(view.caseId, 'core-groups'), kind: 'core-group' },
      { path: careflowPath(view.caseId, 'visits'), kind: 'visit' },
      ...childIds.map((id) => ({ path: careflowPlanPath(view.caseId, id), kind: 'plan' as const })),
    ];
  }
  return [
    { path: gridcasePath(view.caseId, 'summary'), kind: 'case-summary' },
    { path: gridcasePath(view.caseId, 'conferences'), kind: 'conference' },
    { path: gridcasePath(view.caseId, 'coregroups'), kind: 'core-group' },
    ...record.coreGroups.filter(hasRecord).map((g) => ({
      path: gridcaseMeetingPath(view.caseId, g.date),
      kind: 'core-group' as const,
    })),
    { path: gridcasePath(view.caseId, 'visits'), kind: 'visit' },
    ...childIds.map((id) => ({
      path: gridcasePath(view.caseId, 'plan', id),
      kind: 'plan' as const,
    })),
  ];
}

/** Pages where a worker enters data rather than reads it (for prompts while recording). */
export function caseForms(view: DemoView): string[] {
  return view.system === 'careflow' ? [careflowPath(view.caseId, 'visits/new')] : [];
}
