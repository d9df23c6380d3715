import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageShown } from '../../lib/extract/page-shown';
import { toWire } from '../../lib/extract/page-shown-wire';
import { type HandlerContext, handleMessage } from '../../lib/messages/handle-message';
import { AddCorrectionMessageSchema, MessageSchema } from '../../lib/messages/messages';
import { type LensDb, openLensDb } from '../../lib/store';
import { shownValue } from './page-shown-fixtures';

// All names and identifiers are fictional.
const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const TAB = { id: ID, url: 'http://127.0.0.1:4173/careflow/case/CF-9/core-groups', tab: {} };
const SIDEBAR = { id: ID, url: `${ORIGIN}/sidebar.html` };

/** A core group page: one meeting, held, whose parents' views are shown as recorded empty. */
const shown: PageShown = {
  findings: {
    pageKind: 'core-group',
    caseValues: { caseId: shownValue('CF-9') },
    lists: {
      coreGroups: [
        {
          values: {
            date: shownValue('10 November 2026'),
            status: shownValue('Held'),
            parentsViews: shownValue('', { emptyMeansNone: true }),
          },
        },
      ],
    },
    unread: [],
  },
  path: '/careflow/case/CF-9/core-groups',
  readAt: '2026-11-25T10:00:00.000Z',
};
const riskEntry = {
  type: 'add-correction',
  caseId: 'CF-9',
  change: { field: 'meetingSection', key: '2026-11-10', section: 'riskTrend', value: 'stable' },
};

let db: LensDb;
let ctx: HandlerContext;
let n = 0;
beforeEach(() => {
  db = openLensDb(`meeting-entry-message-${n++}`);
  ctx = { db, extensionId: ID, extensionOrigin: ORIGIN, now: () => new Date('2026-11-25T10:01Z') };
});
afterEach(async () => {
  await db.delete();
});

describe('the add-correction message for a section of a meeting record', () => {
  it('accepts each section with a value of its own kind', () => {
    const ok = [
      ['riskTrend', 'increasing'],
      ['parentsViews', 'Mother agrees with the plan.'],
      ['childViews', 'Amy wants to stay at her school.'],
      ['childSituation', 'Settled.'],
      ['parentsAbsenceReason', 'Father in hospital.'],
      ['nextMeetingDate', '2026-12-08'],
      ['chair', { name: 'Sam Okafor', role: 'practice lead' }],
      ['viceChair', { name: 'Jo Park', role: 'school nurse', agency: 'NHS' }],
      ['nonCooperation', { level: 'serious', notes: 'Visits refused.' }],
      ['actionProgress', [{ action: 'Weekly sessions.', status: 'in-progress' }]],
      ['apologies', [{ name: 'Dr Shah', role: 'GP', writtenUpdateSent: true }]],
      ['apologies', []],
      ['attendees', [{ name: 'Sam Okafor', role: 'lead social worker' }, { name: 'Dana Reed' }]],
      ['newActions', [{ text: 'Mentor at school.', owner: 'Ms Lee', due: '2026-12-01' }]],
      ['newActions', []],
    ] as const;
    for (const [section, value] of ok) {
      const message = { ...riskEntry, change: { ...riskEntry.change, section, value } };
      expect(MessageSchema.safeParse(message).success, section).toBe(true);
    }
  });

  it('refuses a section that cannot be entered, a wrong value, a bad date or no meeting date', () => {
    const bad = [
      { section: 'riskTrend', value: 'rising' },
      { section: 'status', value: 'held' },
      { section: 'date', value: '2026-11-11' },
      { section: 'parentsViews', value: '' },
      { section: 'nextMeetingDate', value: '31/11/2026' },
      { section: 'nonCooperation', value: { level: 'total' } },
      { section: 'attendees', value: [] },
      { section: 'attendees', value: [{ role: 'mother' }] },
      { section: 'newActions', value: [{ text: 'Visit', due: '01/12/2026' }] },
      { section: 'futureDatesAgreed', value: ['2026-12-01'] },
      { key: '', section: 'riskTrend', value: 'stable' },
    ];
    for (const change of bad) {
      const message = { ...riskEntry, change: { ...riskEntry.change, ...change } };
      expect(AddCorrectionMessageSchema.safeParse(message).success, JSON.stringify(change)).toBe(
        false,
      );
    }
  });

  it('is taken from the sidebar and refused from a content script', async () => {
    expect((await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx)).ok).toBe(
      true,
    );
    const fromPage = await handleMessage(riskEntry, TAB, ctx);
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    const fromSidebar = await handleMessage(riskEntry, SIDEBAR, ctx);
    expect(fromSidebar.ok).toBe(true);
    const view = await handleMessage({ type: 'get-case-view', caseId: 'CF-9' }, SIDEBAR, ctx);
    const record = view.ok
      ? (view.value as { record: { coreGroups: { riskTrend?: string }[] } }).record
      : undefined;
    expect(record?.coreGroups[0]?.riskTrend).toBe('stable');
  });

  it('refuses a malformed entry with the reason, storing nothing', async () => {
    await handleMessage({ type: 'page-read', shown: toWire(shown) }, TAB, ctx);
    const refused = await handleMessage(
      { ...riskEntry, change: { ...riskEntry.change, value: 'rising' } },
      SIDEBAR,
      ctx,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await db.corrections.count()).toBe(0);
  });
});
