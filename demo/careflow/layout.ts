import { type Html, html } from '../html';
import { BANNER_STYLES, FICTIONAL_BANNER, htmlDocument } from '../layout';
import type { CasePageContext } from '../page-context';
import { type CareFlowPage, careflowPath, careflowPlanPath } from '../urls';
import { meetingTerms } from './labels';

const STYLES = html`${BANNER_STYLES}
body.cf{margin:0;font:15px/1.5 Arial,sans-serif;color:#1b1b1b;background:#eef1f4}
.cf-header{display:flex;gap:24px;align-items:center;padding:8px 16px;background:#0b3d5c;color:#fff}
.cf-header a{color:#fff}.cf-brand{font-weight:bold;font-size:20px;text-decoration:none}
.cf-menu{display:flex;gap:16px}.cf-user{margin-left:auto;font-size:13px}
.cf-breadcrumbs{padding:6px 16px;font-size:13px;background:#dde5ec}
.cf-case-title{margin:12px 16px 4px;font-size:22px}
.cf-case-nav{display:flex;flex-wrap:wrap;gap:4px;margin:0 16px;border-bottom:2px solid #0b3d5c}
.cf-case-nav a{padding:6px 12px;background:#dde5ec;color:#0b3d5c;text-decoration:none}
.cf-case-nav a[aria-current=page]{background:#0b3d5c;color:#fff}
.cf-toolbar{display:flex;gap:8px;margin:8px 16px}
.cf-button,.cf-toolbar button{padding:4px 10px;border:1px solid #0b3d5c;background:#fff;color:#0b3d5c;text-decoration:none;font:inherit}
main{margin:8px 16px 24px}
.cf-panel{background:#fff;border:1px solid #c5d0da;margin-bottom:12px;padding:8px 16px}
.cf-panel h2{font-size:18px;margin:4px 0 8px}
.cf-person,.cf-meeting,.cf-visit,.cf-review,.cf-action,.cf-school-move{border-top:1px solid #dde5ec;padding:4px 0 8px}
.cf-field{display:grid;grid-template-columns:16em 1fr;gap:8px;margin:4px 0}
.cf-field input,.cf-field textarea,.cf-field select{font:inherit;max-width:40em}
.cf-pairs{display:grid;grid-template-columns:16em 1fr;margin:4px 0}.cf-pairs dd{margin:0}
.cf-line{margin:4px 0}.cf-empty{color:#555;font-style:italic}
.cf-visit-child{margin:4px 0;border:1px solid #dde5ec}
.cf-footer{padding:12px 16px;font-size:12px;color:#444;border-top:1px solid #c5d0da}`;

function caseNav(ctx: CasePageContext, active: string): Html {
  const { caseId } = ctx.view;
  const links: [string, string, string][] = [
    ['summary', 'Summary', careflowPath(caseId, 'summary')],
    ['conferences', meetingTerms(ctx.record.region).pageName, careflowPath(caseId, 'conferences')],
    ['core-groups', 'Core groups', careflowPath(caseId, 'core-groups')],
    ['visits', 'Visits', careflowPath(caseId, 'visits')],
    ...ctx.record.children.map((c): [string, string, string] => [
      `plan/${c.id}`,
      `Plan: ${c.name}`,
      careflowPlanPath(caseId, c.id),
    ]),
  ];
  return html`<nav class="cf-case-nav" aria-label="Case pages">${links.map(([key, text, href]) =>
    key === active
      ? html`<a href="${href}" aria-current="page">${text}</a>`
      : html`<a href="${href}">${text}</a>`,
  )}</nav>`;
}

function chrome(crumbs: Html, main: Html, caseHeader: Html | ''): Html {
  return html`<body class="cf">
${FICTIONAL_BANNER}
<header class="cf-header">
<a class="cf-brand" href="/careflow/cases">CareFlow</a>
<span class="cf-tagline">Children's Services</span>
<nav class="cf-menu" aria-label="Main menu"><a href="/careflow/cases">My cases</a><a href="#">Tasks (3)</a><a href="#">Reports</a><a href="#">Help</a></nav>
<span class="cf-user">Signed in as Demo Worker · <a href="/">Sign out</a></span>
</header>
<div class="cf-breadcrumbs">${crumbs}</div>
${caseHeader}
<main id="cf-main">
${main}
</main>
<footer class="cf-footer">CareFlow 8.4.2 (fictional demo) · Sessions time out after 20 minutes without activity · © CareFlow Systems Ltd</footer>
</body>`;
}

/** A page of one case: its title names the case, a nav links the case's pages. */
export function careflowCasePage(
  ctx: CasePageContext,
  page: { active: CareFlowPage | `plan/${string}`; name: string; main: Html },
): string {
  const { caseId } = ctx.view;
  const heading = `${caseId}: ${ctx.demoCase.family} family`;
  const caseHeader = html`<h1 class="cf-case-title">${heading}</h1>
${caseNav(ctx, page.active)}
<div class="cf-toolbar"><a class="cf-button" href="${careflowPath(caseId, 'visits/new')}">Record a visit</a><button type="button">Add case note</button><button type="button">Print</button></div>`;
  const crumbs = html`<a href="/careflow/cases">My cases</a> › ${caseId} › ${page.name}`;
  return htmlDocument({
    title: `${heading} – ${page.name} – CareFlow`,
    styles: STYLES,
    body: chrome(crumbs, page.main, caseHeader),
  });
}

/** A CareFlow page outside any case (the case list). */
export function careflowPage(name: string, main: Html): string {
  return htmlDocument({
    title: `${name} – CareFlow`,
    styles: STYLES,
    body: chrome(html`${name}`, main, ''),
  });
}
