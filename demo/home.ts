import { type DemoCase, type DemoSystem, recordFor } from './cases';
import { type Html, html } from './html';
import { BANNER_STYLES, FICTIONAL_BANNER, htmlDocument } from './layout';
import { careflowPath, gridcasePath } from './urls';

const STYLES = html`${BANNER_STYLES}
body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b}
main{max-width:48em;margin:0 auto;padding:8px 16px}
li{margin:4px 0}`;

const SYSTEM_NAMES: Record<DemoSystem, string> = {
  careflow: 'CareFlow (form-like pages)',
  gridcase: 'GridCase (table-like pages)',
};

function caseLinks(cases: readonly DemoCase[], system: DemoSystem): Html {
  const items = cases.flatMap((demoCase) =>
    demoCase.views
      .filter((v) => v.system === system)
      .map((view) => {
        const href =
          system === 'careflow'
            ? careflowPath(view.caseId, 'summary')
            : gridcasePath(view.caseId, 'summary');
        const children = recordFor(demoCase, view).children.length;
        return html`<li><a href="${href}">${view.caseId}: ${demoCase.family}</a> (${children} ${
          children === 1 ? 'child' : 'children'
        }, ${demoCase.localAuthority}): ${demoCase.scenario}</li>`;
      }),
  );
  const list = system === 'careflow' ? '/careflow/cases' : '/gridcase/caseload';
  return html`<section><h2>${SYSTEM_NAMES[system]}</h2>
<p><a href="${list}">Case list</a></p>
<ul>${items}</ul></section>`;
}

export function homePage(cases: readonly DemoCase[], today: string): string {
  return htmlDocument({
    title: 'Demo case systems – Core Group Lens',
    styles: STYLES,
    body: html`<body>
${FICTIONAL_BANNER}
<main>
<h1>Demo case systems</h1>
<p>Two fictional case systems for trying Core Group Lens. Dates are set relative to today
(${today}), so an overdue meeting stays overdue whichever day you look.</p>
${caseLinks(cases, 'careflow')}
${caseLinks(cases, 'gridcase')}
<p>Expected records for tests: <a href="/__demo/cases.json">/__demo/cases.json</a></p>
</main>
</body>`,
  });
}

export function notFoundPage(path: string): string {
  return htmlDocument({
    title: 'Page not found',
    styles: STYLES,
    body: html`<body>
${FICTIONAL_BANNER}
<main><h1>Page not found</h1><p>Nothing here at <code>${path}</code>.</p><p><a href="/">Demo home</a></p></main>
</body>`,
  });
}
