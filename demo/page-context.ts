import type { CaseRecord, Child } from '../lib/domain';
import type { DemoCase, DemoView } from './cases';

/** What a renderer of one case page needs: the family, the system's view and its record. */
export interface CasePageContext {
  demoCase: DemoCase;
  view: DemoView;
  record: CaseRecord;
}

export function childName(record: CaseRecord, childId: string): string {
  return record.children.find((c) => c.id === childId)?.name ?? childId;
}

export function findChild(record: CaseRecord, childId: string): Child | undefined {
  return record.children.find((c) => c.id === childId);
}

/** Oldest first: the order the demo's records keep. */
export function byDate<T extends { date: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.date.localeCompare(b.date));
}
