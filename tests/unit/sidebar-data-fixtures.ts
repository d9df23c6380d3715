import type { PageShown } from '../../lib/extract/page-shown';
import { shownValue } from './page-shown-fixtures';

/** The senders of CF-1's case page and of its sidebar, as the background's sender check sees them. */
export const ID = 'abcdefghijklmnop';
export const ORIGIN = `chrome-extension://${ID}`;
export const TAB = { id: ID, url: 'http://127.0.0.1:4173/careflow/case/CF-1/summary', tab: {} };
export const SIDEBAR = { id: ID, url: `${ORIGIN}/sidebar.html?case=CF-1` };

/** What a content script sends for CF-1's summary page; the background builds and stores it. */
export const shown: PageShown = {
  findings: {
    pageKind: 'case-summary',
    caseValues: { caseId: shownValue('CF-1'), icpcDate: shownValue('2 November 2026') },
    lists: {},
    unread: [],
  },
  path: '/careflow/case/CF-1/summary',
  readAt: '2026-11-25T10:00:00.000Z',
};
