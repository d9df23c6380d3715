/**
 * Match patterns for a profile's `urls`, in the browser's own syntax (`*://host/path*`) so a
 * pilot team writes them the way it writes the extension's host permissions. The port is
 * ignored, as in extension match patterns.
 */
export type UrlPattern = { ok: true; test: (url: URL) => boolean } | { ok: false; reason: string };

const SHAPE = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(\/.*)$/;

export function parseUrlPattern(pattern: string): UrlPattern {
  const m = SHAPE.exec(pattern);
  if (!m) {
    return {
      ok: false,
      reason: 'expected scheme://host/path, e.g. https://cases.example.gov.uk/*',
    };
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const pathRegex = new RegExp(
    `^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
  );
  const test = (url: URL) => {
    const protocol = url.protocol.slice(0, -1);
    if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) {
      return false;
    }
    const hostname = url.hostname.toLowerCase();
    const wanted = host.toLowerCase();
    const hostOk =
      wanted === '*' ||
      (wanted.startsWith('*.')
        ? hostname === wanted.slice(2) || hostname.endsWith(wanted.slice(1))
        : hostname === wanted);
    return hostOk && pathRegex.test(url.pathname);
  };
  return { ok: true, test };
}

const cache = new Map<string, UrlPattern>();

/** True when `url` matches one of `patterns`; a malformed pattern matches nothing. */
export function urlMatchesAny(url: URL, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    let parsed = cache.get(pattern);
    if (!parsed) {
      parsed = parseUrlPattern(pattern);
      cache.set(pattern, parsed);
    }
    return parsed.ok && parsed.test(url);
  });
}
