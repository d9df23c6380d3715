import { type DemoCase, recordFor } from '../cases';
import { html } from '../html';
import { careflowPath } from '../urls';
import { panel } from './fields';
import { careflowPage } from './layout';

export function careflowCaseList(cases: readonly DemoCase[]): string {
  const items = cases.flatMap((demoCase) =>
    demoCase.views
      .filter((v) => v.system === 'careflow')
      .map((view) => {
        const record = recordFor(demoCase, view);
        return html`<li><a href="${careflowPath(view.caseId, 'summary')}">${view.caseId}: ${demoCase.family} family</a>
 · ${demoCase.localAuthority} · Allocated worker: ${demoCase.worker} · Children: ${record.children.length}</li>`;
      }),
  );
  return careflowPage(
    'My cases',
    panel('my-cases', 'My cases', html`<ul class="cf-case-list">${items}</ul>`),
  );
}
