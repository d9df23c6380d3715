import { isAllowedHostUrl } from '../hosts';

/** The parts of `runtime.MessageSender` the checks need. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { url?: string };
  origin?: string;
}

export type SenderKind = 'content-script' | 'extension-page';

/**
 * Who sent a message. Only the extension's own contexts count: a content script in a tab on an
 * allowed case-system host, or one of the extension's own pages (no tab, or a URL inside the
 * extension, as the sidebar iframe is). Anything else gets `undefined` and is refused.
 */
export function classifySender(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
  hostMatches?: readonly string[],
): SenderKind | undefined {
  if (sender.id !== extensionId) return undefined;
  if (sender.url?.startsWith(`${extensionOrigin}/`)) return 'extension-page';
  if (!sender.tab) return sender.url === undefined ? 'extension-page' : undefined;
  const pageUrl = sender.url ?? sender.tab.url;
  return isAllowedHostUrl(pageUrl, hostMatches ? [...hostMatches] : undefined)
    ? 'content-script'
    : undefined;
}
