import { type Html, html } from './html';

/** A whole page. The demo pages carry no script: everything a reader needs is in the markup. */
export function htmlDocument(page: { title: string; styles: Html; body: Html }): string {
  return `<!doctype html>\n${
    html`<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<style>${page.styles}</style>
</head>
${page.body}
</html>
`.markup
  }`;
}

/** The banner every demo page carries, so nobody mistakes it for a real system. */
export const FICTIONAL_BANNER = html`<p class="demo-banner" role="note">Demonstration system: every
 person, place and case here is fictional.</p>`;

export const BANNER_STYLES = html`.demo-banner{margin:0;padding:4px 12px;background:#fff3bf;
color:#3d2c00;font:13px/1.4 system-ui,sans-serif;border-bottom:1px solid #d9b600}`;
