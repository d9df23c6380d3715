import type { CaseRecord, IsoDate } from '../lib/domain';
import { type DemoSystem, demoCases, recordFor } from './cases';
import { caseForms, casePages } from './urls';

export interface DemoCatalogueEntry {
  system: DemoSystem;
  caseId: string;
  scenario: string;
  /** Absolute URLs of every page showing part of the record. */
  pages: string[];
  /** Absolute URLs of the case's data-entry forms (no record data on them). */
  forms: string[];
  record: CaseRecord;
}

export interface DemoCatalogue {
  today: IsoDate;
  cases: DemoCatalogueEntry[];
}

/** What `/__demo/cases.json` serves: every case in every system, with its expected record. */
export function demoCatalogue(today: IsoDate, baseUrl: string): DemoCatalogue {
  const absolute = (path: string) => new URL(path, baseUrl).href;
  return {
    today,
    cases: demoCases(today).flatMap((demoCase) =>
      demoCase.views.map((view) => {
        const record = recordFor(demoCase, view);
        return {
          system: view.system,
          caseId: view.caseId,
          scenario: demoCase.scenario,
          pages: casePages(view, record).map((p) => absolute(p.path)),
          forms: caseForms(view).map(absolute),
          record,
        };
      }),
    ),
  };
}
