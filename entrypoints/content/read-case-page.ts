import type { PageSpec, SiteProfile } from '../../lib/extract';
import { caseIdOf } from '../../lib/extract/case-id';
import type { CaseField } from '../../lib/extract/fields';
import type { Findings, FoundListName } from '../../lib/extract/findings';
import { type PageShown, pageShown } from '../../lib/extract/page-shown';
import type { ReadPageOptions } from '../../lib/extract/read-page';
import { findWithProfile, pageSpecFor, profileOwns } from '../../lib/extract/read-with-profile';
import type { Synonyms } from '../../lib/extract/synonyms';
import { isTaughtProfile } from '../../lib/settings/taught-profile-id';

/** lib/extract's findGeneric: the reader for pages no profile describes. */
export type GenericFinder = (doc: Document, synonyms?: Synonyms) => Findings | null;

export interface ReadCasePageOptions extends ReadPageOptions {
  /**
   * The generic reader, when it is loaded. It is not in the content script (issue 8's size
   * budget): the background injects it on a page that needs it (generic-reader.ts).
   */
  findGeneric?: GenericFinder;
}

/**
 * A read of a page as the content script makes it: a case page (which case, and what the page
 * shows, for the background to build the page read from), or why it is not one.
 */
export type PageShownResult =
  | { kind: 'case-page'; caseId: string; shown: PageShown }
  | { kind: 'not-a-case-page'; reason: string };

/** The page needs the generic reader, which is not loaded yet: nothing was read. */
export interface NeedsGenericReader {
  kind: 'needs-generic-reader';
}

/**
 * Reads what the page shows as lib/extract's readPage does (the first profile that owns the URL and has a
 * spec for the page, else the generic reader with that profile's extra labels), then with the
 * fields a worker taught for this host on top: a taught field replaces what the other reader made
 * of that field (the worker pointed at it), and everything else the other reader found is kept.
 * Taught labels for list fields join the synonyms the reader uses. Parsing what was found into
 * the page read is the background's (build-page-read.ts `buildFromShown`): composed, the two
 * give what readPage gives. Never throws: a page that breaks a reader is "not a case page",
 * with the reason.
 */
export function readCasePage(
  doc: Document,
  url: URL,
  profiles: readonly SiteProfile[],
  options: ReadCasePageOptions = {},
): PageShownResult | NeedsGenericReader {
  try {
    const taught = profiles.filter((p) => isTaughtProfile(p) && profileOwns(p, url));
    const owners = profiles.filter((p) => !isTaughtProfile(p) && profileOwns(p, url));
    const taughtSynonyms = mergeSynonyms(taught.map((p) => p.synonyms));
    let findings: Findings | null = null;
    let profileId: string | undefined;
    for (const owner of owners) {
      const profile = taughtSynonyms
        ? { ...owner, synonyms: mergeSynonyms([owner.synonyms, taughtSynonyms]) }
        : owner;
      const spec = pageSpecFor(doc, url, profile);
      if (!spec) continue;
      findings = findWithProfile(doc, url, profile, spec);
      profileId = owner.id;
      break;
    }
    if (!findings) {
      if (!options.findGeneric) return { kind: 'needs-generic-reader' };
      findings = options.findGeneric(doc, mergeSynonyms([owners[0]?.synonyms, taughtSynonyms]));
    }
    for (const profile of taught) {
      const spec = pageSpecFor(doc, url, profile);
      if (!spec) continue;
      const own = findWithProfile(doc, url, profile, spec);
      findings = findings ? overlay(findings, own, spec) : own;
      profileId ??= profile.id;
    }
    if (!findings)
      return { kind: 'not-a-case-page', reason: 'nothing case-like found on the page' };
    const caseId = caseIdOf(findings);
    if (caseId === undefined)
      return { kind: 'not-a-case-page', reason: 'no case id found on the page' };
    return { kind: 'case-page', caseId, shown: pageShown(findings, url, options.now, profileId) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { kind: 'not-a-case-page', reason: `the page could not be read (${why})`.slice(0, 300) };
  }
}

function mergeSynonyms(lists: readonly (Synonyms | undefined)[]): Synonyms | undefined {
  const present = lists.filter((s): s is Synonyms => s !== undefined);
  if (present.length === 0) return undefined;
  const out: Synonyms = {};
  for (const synonyms of present) {
    for (const [field, labels] of Object.entries(synonyms) as [keyof Synonyms, string[]][]) {
      out[field] = [...new Set([...(out[field] ?? []), ...labels])];
    }
  }
  return out;
}

/** `base` with what a taught page spec found put on top (see readCasePage). */
export function overlay(base: Findings, taught: Findings, spec: PageSpec): Findings {
  // A taught spec looks for the case id by its usual labels unless the worker taught where it
  // is; that guess must not replace a case id the other reader found for certain.
  const caseIdTaught = spec.caseId.synonyms === undefined;
  const out: Findings = {
    ...base,
    caseValues: { ...base.caseValues },
    lists: { ...base.lists },
    unread: [...base.unread],
  };
  for (const [field, found] of Object.entries(taught.caseValues) as [CaseField, never][]) {
    if (field === 'caseId' && !caseIdTaught && out.caseValues.caseId) continue;
    out.caseValues[field] = found;
    out.unread = out.unread.filter((u) => u.field !== field);
  }
  for (const [list, items] of Object.entries(taught.lists) as [FoundListName, never][]) {
    out.lists[list] = items;
    out.unread = out.unread.filter((u) => u.field !== list && !u.field.startsWith(`${list}.`));
  }
  for (const entry of taught.unread) {
    if (entry.field === 'caseId' && !caseIdTaught) continue;
    // Not where it was taught, but read another way: the value is known, so nothing is unread.
    if (out.caseValues[entry.field as CaseField]) continue;
    out.unread.push(entry);
  }
  if (taught.pageChildId && !out.pageChildId) out.pageChildId = taught.pageChildId;
  return out;
}
