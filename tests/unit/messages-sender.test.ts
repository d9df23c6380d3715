import { describe, expect, it } from 'vitest';
import { isAllowedHostUrl } from '../../lib/hosts';
import { classifySender } from '../../lib/messages/sender';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

describe('isAllowedHostUrl', () => {
  it('accepts the demo hosts on any port and refuses others', () => {
    expect(isAllowedHostUrl('http://127.0.0.1:4173/careflow/case/CF-1/summary')).toBe(true);
    expect(isAllowedHostUrl('http://localhost:9/x')).toBe(true);
    expect(isAllowedHostUrl('http://127.0.0.2/x')).toBe(false);
    expect(isAllowedHostUrl('https://127.0.0.1/x')).toBe(false);
    expect(isAllowedHostUrl('https://evil.example/x')).toBe(false);
    expect(isAllowedHostUrl('not a url')).toBe(false);
    expect(isAllowedHostUrl(undefined)).toBe(false);
  });

  it('understands wildcard subdomains and paths in configured patterns', () => {
    const patterns = ['https://*.council.example/lcs/*'];
    expect(isAllowedHostUrl('https://cases.council.example/lcs/case/1', patterns)).toBe(true);
    expect(isAllowedHostUrl('https://council.example/lcs/', patterns)).toBe(true);
    expect(isAllowedHostUrl('https://cases.council.example/other', patterns)).toBe(false);
    expect(isAllowedHostUrl('https://evilcouncil.example/lcs/', patterns)).toBe(false);
  });
});

describe('classifySender', () => {
  it('recognises a content script on an allowed host', () => {
    const sender = { id: ID, url: 'http://127.0.0.1:5000/careflow', tab: { url: 'x' } };
    expect(classifySender(sender, ID, ORIGIN)).toBe('content-script');
  });

  it('recognises the extension pages, including the sidebar iframe inside a tab', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}/options.html` }, ID, ORIGIN)).toBe(
      'extension-page',
    );
    const sidebar = {
      id: ID,
      url: `${ORIGIN}/sidebar.html?case=1`,
      tab: { url: 'http://127.0.0.1/' },
    };
    expect(classifySender(sidebar, ID, ORIGIN)).toBe('extension-page');
  });

  it('refuses other extensions, other hosts and look-alike origins', () => {
    expect(classifySender({ id: 'other', url: `${ORIGIN}/x.html` }, ID, ORIGIN)).toBeUndefined();
    expect(
      classifySender({ id: ID, url: 'https://evil.example/', tab: {} }, ID, ORIGIN),
    ).toBeUndefined();
    expect(
      classifySender({ id: ID, url: `${ORIGIN}.evil.example/x`, tab: {} }, ID, ORIGIN),
    ).toBeUndefined();
    expect(classifySender({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBeUndefined();
  });
});
