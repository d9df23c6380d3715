import type { Findings } from './findings';

/**
 * What the content script sends the background after reading a case page: what the page shows
 * (texts, lines, checkboxes, labels, with the profile's options for reading them), not yet
 * parsed. The background turns it into the page read (build-page-read.ts `buildFromShown`),
 * so the date, yes/no, word and meeting parsers run once, in the extension's own process,
 * and stay out of the script every page of the case system parses (issue 8: under 20 KB gzip).
 * lib/messages/page-shown-schema.ts checks it on arrival.
 */
export interface PageShown {
  findings: Findings;
  /** Path and query of the page (no fragment), at most PATH_MOST characters. */
  path: string;
  /** ISO timestamp of the read; the UK date of the read is worked out from it. */
  readAt: string;
  /** The profile that read the page, if one did. */
  profileId?: string;
}

/** The longest path PageReadSchema (lib/domain/page-read.ts) takes. */
export const PATH_MOST = 2048;

/** What a page showed, stamped with where and when it was read. */
export function pageShown(
  findings: Findings,
  url: URL,
  now: Date = new Date(),
  profileId?: string,
): PageShown {
  const shown: PageShown = {
    findings,
    path: `${url.pathname}${url.search}`.slice(0, PATH_MOST),
    readAt: now.toISOString(),
  };
  if (profileId) shown.profileId = profileId;
  return shown;
}
