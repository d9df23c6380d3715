import { buildPageRead, type PageReadResult } from './build-page-read';
import { findGeneric } from './generic-reader';
import { readContext } from './read-context';
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
 * throws: a page that breaks a reader is "not a case page", with the reason.
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
      return buildPageRead(findings, readContext(url, options.now, profile.id));
    }
    const findings = findGeneric(doc, owners[0]?.synonyms);
    if (!findings)
      return { kind: 'not-a-case-page', reason: 'nothing case-like found on the page' };
    return buildPageRead(findings, readContext(url, options.now));
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
