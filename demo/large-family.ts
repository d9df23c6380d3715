import type { IsoDate, PlanAction, Visit } from '../lib/domain';
import { demoCases } from './cases';
import type { CasePageContext } from './page-context';

/**
 * The first demo family under a case id of its own (CF-9001, GC-9001) with the visits given and
 * its first child's plan holding the actions given: the large pages the bench times the reader
 * on (bench/generate-pages.ts) and the property tests read (tests/unit/extract-generated-pages).
 */
export function firstFamilyWith(
  today: IsoDate,
  system: 'careflow' | 'gridcase',
  visits: Visit[],
  actions: PlanAction[],
): CasePageContext {
  const base = demoCases(today)[0];
  if (!base) throw new Error('the demo has no families');
  const caseId = system === 'careflow' ? 'CF-9001' : 'GC-9001';
  const [first] = base.record.children;
  const plan = base.record.plans.find((p) => p.childId === first?.id);
  if (!first || !plan) throw new Error('the first demo child should have a plan');
  const record = {
    ...base.record,
    caseId,
    visits,
    plans: [{ ...plan, actions }, ...base.record.plans.filter((p) => p !== plan)],
  };
  return { demoCase: { ...base, record }, view: { system, caseId }, record };
}
