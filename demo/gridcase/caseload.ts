import { type DemoCase, recordFor } from '../cases';
import { html } from '../html';
import { gridcasePath } from '../urls';
import { gridcasePage } from './layout';
import { grid } from './table';

export function gridcaseCaseload(cases: readonly DemoCase[]): string {
  const rows = cases.flatMap((demoCase) =>
    demoCase.views
      .filter((v) => v.system === 'gridcase')
      .map((view) => [
        view.caseId,
        demoCase.family,
        demoCase.localAuthority,
        demoCase.worker,
        String(recordFor(demoCase, view).children.length),
        html`<a href="${gridcasePath(view.caseId, 'summary')}">Open workspace</a>`,
      ]),
  );
  return gridcasePage(
    'Caseload',
    grid(
      'gc-caseload',
      'My caseload',
      ['Case ref', 'Household', 'Authority', 'Key worker', 'Children', ''],
      rows,
    ),
  );
}
