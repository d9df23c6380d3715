import { buildFromShown, type PageReadResult } from './build-page-read';
import { caseIdOf } from './case-id';
import type { Findings } from './findings';
import { findGeneric } from './generic-reader';
import { pageShown } from './page-shown';
import { findWithProfile, pageSpecFor, profileOwns } from './read-with-profile';
import type { SiteProfile } from './site-profile';

export type { PageReadResult } from './build-page-read';

export interface ReadPageOptions {
  /** When the read happens (tests pass a fixed time). */
  now?: Date;
}

/**
 * Reads a page: with the first profile that owns the URL and has a spec for the page, else
 * with the generic reader (using that profile's extra labels, if one owns the URL). Never
 * throws: a page that breaks a reader is "not a case page", with the reason. It is the two
 * halves the extension runs apart, composed: what the page shows, found as the content script
 * finds it (lib/extract/page-shown.ts), then built into the page read as the background does.
 */
export function readPage(
  doc: Document,
  url: URL,
  profiles: readonly SiteProfile[],
  options: ReadPageOptions = {},
): PageReadResult {
  try {
    const owners = profiles.filter((p) => profileOwns(p, url));
    for (const profile of owners) {
      const spec = pageSpecFor(doc, url, profile);
      if (!spec) continue;
      const findings = findWithProfile(doc, url, profile, spec);
      return build(findings, url, options.now, profile.id);
    }
    const findings = findGeneric(doc, owners[0]?.synonyms);
    if (!findings)
      return { kind: 'not-a-case-page', reason: 'nothing case-like found on the page' };
    return build(findings, url, options.now);
  } catch (error) {
    return {
      kind: 'not-a-case-page',
      reason:
        `the page could not be read (${error instanceof Error ? error.message : String(error)})`.slice(
          0,
          300,
        ),
    };
  }
}

function build(
  findings: Findings,
  url: URL,
  now: Date | undefined,
  profileId?: string,
): PageReadResult {
  // The content script's decision (entrypoints/content/read-case-page.ts) before the build.
  if (caseIdOf(findings) === undefined) {
    return { kind: 'not-a-case-page', reason: 'no case id found on the page' };
  }
  return buildFromShown(pageShown(findings, url, now, profileId));
}
