import { type Html, html } from '../html';
import { BANNER_STYLES, FICTIONAL_BANNER, htmlDocument } from '../layout';
import type { CasePageContext } from '../page-context';
import { type GridCaseTab, gridcasePath } from '../urls';
import { meetingTerms } from './labels';

const STYLES = html`${BANNER_STYLES}
body.gc{margin:0;font:14px/1.45 "Segoe UI",Tahoma,sans-serif;color:#202124;background:#fafafa}
.gc-topbar{display:flex;gap:16px;align-items:center;padding:6px 12px;background:#3c2a6b;color:#fff}
.gc-logo{font-weight:700;font-size:18px}.gc-user{margin-left:auto}
.gc-search input{width:18em}
.gc-shell{display:flex;min-height:80vh}
.gc-sidemenu{width:11em;background:#ece8f5;padding:8px}.gc-sidemenu ul{list-style:none;margin:0;padding:0}
.gc-sidemenu a{display:block;padding:4px 6px;color:#3c2a6b}
.gc-content{flex:1;padding:8px 16px}
.gc-title{font-size:20px;margin:8px 0}
.gc-tabs,.gc-subtabs{display:flex;gap:2px;border-bottom:1px solid #3c2a6b;margin-bottom:8px}
.gc-tab,.gc-subtab{padding:5px 12px;color:#3c2a6b;text-decoration:none;border:1px solid #c9c0e0;border-bottom:none}
.gc-tab[aria-current=page],.gc-subtab[aria-current=page]{background:#3c2a6b;color:#fff}
.gc-actions{margin:6px 0}.gc-actions button{font:inherit;margin-right:4px}
.gc-grid{border-collapse:collapse;margin:8px 0 16px;background:#fff;min-width:40em}
.gc-grid caption{text-align:left;font-weight:700;padding:4px 0}
.gc-grid th,.gc-grid td{border:1px solid #cfcfd6;padding:4px 8px;text-align:left;vertical-align:top}
.gc-grid thead th{background:#ece8f5}.gc-keyvalue th[scope=row]{background:#f4f2f9;width:18em}
.gc-people{margin:0;padding-left:1.2em}.gc-none{color:#666;font-style:italic}
.gc-subtitle{font-size:16px;margin:8px 0}
.gc-footer{padding:8px 12px;font-size:12px;color:#555;border-top:1px solid #cfcfd6}`;

function chrome(content: Html): Html {
  return html`<body class="gc">
${FICTIONAL_BANNER}
<div class="gc-topbar"><span class="gc-logo">GridCase</span><span>Workspace</span>
<form class="gc-search" role="search" action="/gridcase/caseload"><input type="search" name="q" aria-label="Search people and cases" placeholder="Search people and cases"> <button type="submit">Go</button></form>
<span class="gc-user">Demo Worker ▾</span></div>
<div class="gc-shell">
<aside class="gc-sidemenu" aria-label="Main menu"><ul><li><a href="/gridcase/caseload">Caseload</a></li><li><a href="#">Tasks</a></li><li><a href="#">Calendar</a></li><li><a href="#">Reports</a></li></ul></aside>
<div class="gc-content">
${content}
</div>
</div>
<footer class="gc-footer">GridCase Workspace 2026.3 (fictional demo) · Service desk: extension 4400</footer>
</body>`;
}

function tabs(ctx: CasePageContext, active: GridCaseTab): Html {
  const { caseId } = ctx.view;
  const firstChild = ctx.record.children[0]?.id;
  const items: [GridCaseTab, string, string][] = [
    ['summary', 'Summary', gridcasePath(caseId, 'summary')],
    ['conferences', meetingTerms(ctx.record.region).tab, gridcasePath(caseId, 'conferences')],
    ['coregroups', 'Core groups', gridcasePath(caseId, 'coregroups')],
    ['visits', 'Visits', gridcasePath(caseId, 'visits')],
    ['plan', 'CP plan', gridcasePath(caseId, 'plan', firstChild)],
  ];
  return html`<nav class="gc-tabs" aria-label="Workspace tabs">${items.map(
    ([tab, text, href]) =>
      html`<a class="gc-tab" href="${href}"${tab === active ? html` aria-current="page"` : ''}>${text}</a>`,
  )}</nav>`;
}

/** One tab of a case's workspace: the title names the case, tabs link its pages. */
export function gridcaseCasePage(
  ctx: CasePageContext,
  page: { tab: GridCaseTab; name: string; subnav?: Html; main: Html },
): string {
  const heading = `Workspace: ${ctx.view.caseId} · ${ctx.demoCase.family} household`;
  const content = html`<h1 class="gc-title">${heading}</h1>
${tabs(ctx, page.tab)}
${page.subnav}
<div class="gc-actions"><button type="button">Add note</button><button type="button">Print</button><button type="button">Export to PDF</button></div>
<main id="gc-main">
${page.main}
</main>`;
  return htmlDocument({
    title: `GridCase – ${ctx.view.caseId} ${ctx.demoCase.family} household – ${page.name}`,
    styles: STYLES,
    body: chrome(content),
  });
}

/** A GridCase page outside any case (the caseload). */
export function gridcasePage(name: string, main: Html): string {
  return htmlDocument({
    title: `GridCase – ${name}`,
    styles: STYLES,
    body: chrome(html`<h1 class="gc-title">${name}</h1><main id="gc-main">${main}</main>`),
  });
}
