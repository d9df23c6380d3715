/**
 * The case systems the extension may read. The demo case system and the tests serve on
 * 127.0.0.1 (a match pattern ignores the port). A pilot adds its case system's origin here
 * and rebuilds; see the README, "Pointing it at a real case system".
 */
export const HOST_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/** True when `url` is on one of the hosts above: the background accepts page data only from these. */
export function isAllowedHostUrl(url: string | undefined, matches = HOST_MATCHES): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return matches.some((pattern) => matchesPattern(parsed, pattern));
}

function matchesPattern(url: URL, pattern: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) {
    return false;
  }
  const hostOk = host.startsWith('*.')
    ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
    : url.hostname === host;
  if (!hostOk) return false;
  const pathRegex = new RegExp(
    `^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`,
  );
  return pathRegex.test(url.pathname);
}
