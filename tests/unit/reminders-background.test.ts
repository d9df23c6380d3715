import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  REMINDER_ALARM,
  type ReminderBrowser,
  type ReminderHandle,
  startReminders,
} from '../../entrypoints/background/reminders';
import { type CaseRecord, CaseRecordSchema } from '../../lib/domain';
import type { Badge } from '../../lib/reminders/badge';
import type { ReminderNotice } from '../../lib/reminders/reminder-text';
import { computeFindings } from '../../lib/rules/compute-findings';
import { getProcedure } from '../../lib/rules/procedures';
import type { ManagedConfig } from '../../lib/settings/managed-config';
import {
  applyPageRead,
  deleteEverything,
  type LensDb,
  openLensDb,
  putSettings,
} from '../../lib/store';
import { pageReadOf, seedStore, TEST_ORIGIN } from './dashboard-fixtures';

const NOW = new Date('2026-11-25T09:00:00.000Z');
const TODAY = '2026-11-25';

/** The browser as the reminders see it, recording what they do. */
function fakeBrowser(allowed: boolean) {
  const listeners: {
    alarm?: (name: string) => void;
    click?: (id: string) => void;
    permissions?: () => void;
    policy?: () => void;
    deleted?: () => void;
  } = {};
  const fake = {
    allowed,
    policy: {} as ManagedConfig,
    badges: [] as Badge[],
    notices: [] as { id: string; notice: ReminderNotice }[],
    cleared: [] as string[],
    opened: [] as string[],
    alarms: [] as [string, number][],
    sent: [] as string[],
    listeners,
  };
  const ports: ReminderBrowser = {
    now: () => NOW,
    onAlarm: (l) => {
      listeners.alarm = l;
    },
    ensureAlarm: async (name, period) => {
      fake.alarms.push([name, period]);
    },
    onNotificationClicked: (l) => {
      listeners.click = l;
    },
    onPermissionsChanged: (l) => {
      listeners.permissions = l;
    },
    policy: async () => fake.policy,
    onPolicyChanged: (l) => {
      listeners.policy = l;
    },
    onEverythingDeleted: (l) => {
      listeners.deleted = l;
    },
    notificationsAllowed: async () => fake.allowed,
    notify: async (id, notice) => {
      fake.notices.push({ id, notice });
    },
    clearNotification: async (id) => {
      fake.cleared.push(id);
    },
    setBadge: async (badge) => {
      fake.badges.push(badge);
    },
    loadSent: async () => [...fake.sent],
    saveSent: async (keys) => {
      fake.sent = [...keys];
    },
    openDashboard: async (hash) => {
      fake.opened.push(hash);
    },
  };
  return { fake, ports };
}

const record = (caseId: string, icpcDate: string): CaseRecord =>
  CaseRecordSchema.parse({
    caseId,
    region: 'england-and-wales',
    icpcDate,
    children: [{ id: `${caseId}-child`, name: 'Fictional Child' }],
  });

/** What the badge must show for these records: the rules' own count of current overdue. */
const overdueOf = (...records: CaseRecord[]) =>
  String(
    records.reduce(
      (n, r) =>
        n +
        computeFindings(r, { today: TODAY }).filter(
          (f) => f.occurrence === 'current' && f.status === 'overdue',
        ).length,
      0,
    ),
  );

let db: LensDb;
let handle: ReminderHandle | undefined;

beforeEach(async () => {
  db = openLensDb(`reminders-${crypto.randomUUID()}`);
  // First core group overdue (10 working days after 2 Nov is 16 Nov).
  await seedStore(db, [record('C-LATE', '2026-11-02')], NOW);
}, 60_000);
afterEach(() => {
  handle?.stop();
  handle = undefined;
  db.close();
});

describe('the background reminders', { timeout: 30_000 }, () => {
  it('sets the badge to the overdue count, and notifies nobody who has not opted in', async () => {
    const { fake, ports } = fakeBrowser(false);
    handle = startReminders(db, ports);
    const run = await handle.check();
    const expected = overdueOf(record('C-LATE', '2026-11-02'));
    // The first core group and the first visit are both overdue.
    expect(expected).toBe('2');
    expect(run?.badge.text).toBe(expected);
    expect(fake.badges.at(-1)?.text).toBe(expected);
    expect(fake.badges.at(-1)?.title).toMatch(/2 overdue deadlines/);
    expect(fake.notices).toEqual([]);
    expect(fake.alarms).toEqual([[REMINDER_ALARM, 60]]);
  });

  it('notifies an opted-in user once per deadline, N working days before it', async () => {
    // ICPC 20 Nov: first core group due 4 Dec, 7 working days after 25 Nov.
    await seedStore(db, [record('C-SOON', '2026-11-20')], NOW);
    const { fake, ports } = fakeBrowser(true);
    handle = startReminders(db, ports);

    await putSettings(db, { reminders: { daysBefore: 3 } }, NOW);
    await handle.check();
    expect(fake.notices.filter((n) => n.id.includes('C-SOON'))).toEqual([]);

    await putSettings(db, { reminders: { daysBefore: 7 } }, NOW);
    await handle.check();
    const soon = fake.notices.filter((n) => n.id.includes('C-SOON'));
    expect(soon.map((n) => n.notice.title)).toContain('Case C-SOON: First core group due soon');
    expect(JSON.stringify(fake.notices)).not.toContain('Fictional Child');

    const count = fake.notices.length;
    await handle.check();
    expect(fake.notices).toHaveLength(count);
  });

  it('stays quiet when reminders are turned off in settings, even with the permission', async () => {
    await seedStore(db, [record('C-SOON', '2026-11-20')], NOW);
    await putSettings(db, { reminders: { enabled: false, daysBefore: 10 } }, NOW);
    const { fake, ports } = fakeBrowser(true);
    handle = startReminders(db, ports);
    await handle.check();
    expect(fake.notices).toEqual([]);
    expect(fake.badges.at(-1)?.text).toBe(overdueOf(record('C-LATE', '2026-11-02')));
  });

  it('sends one notification for many deadlines, opening the dashboard when clicked', async () => {
    await seedStore(
      db,
      ['A', 'B', 'C', 'D', 'E'].map((l) => record(`C-${l}`, '2026-11-20')),
      NOW,
    );
    await putSettings(db, { reminders: { daysBefore: 10 } }, NOW);
    const { fake, ports } = fakeBrowser(true);
    handle = startReminders(db, ports);
    await handle.check();
    expect(fake.notices).toHaveLength(1);
    expect(fake.notices[0]?.notice.title).toMatch(/child protection deadlines coming up/);
    fake.listeners.click?.(fake.notices[0]?.id ?? '');
    expect(fake.opened).toEqual(['#']);
  });

  it("opens the case's page in the dashboard from its own notification", async () => {
    await seedStore(db, [record('C-SOON', '2026-11-20')], NOW);
    await putSettings(db, { reminders: { daysBefore: 10 } }, NOW);
    const { fake, ports } = fakeBrowser(true);
    handle = startReminders(db, ports);
    await handle.check();
    const id = fake.notices.find((n) => n.id.includes('C-SOON'))?.id ?? '';
    fake.listeners.click?.(id);
    expect(fake.opened).toEqual(['#case=C-SOON']);
    expect(fake.cleared).toEqual([id]);
    fake.listeners.click?.('another-extension-notification');
    expect(fake.opened).toHaveLength(1);
  });

  it('checks on its own alarm, and when the user grants the permission, not on others', async () => {
    const { fake, ports } = fakeBrowser(false);
    handle = startReminders(db, ports);
    await vi.waitFor(() => expect(fake.badges.length).toBeGreaterThan(0), { timeout: 5000 });
    const before = fake.badges.length;
    fake.listeners.alarm?.('core-group-lens-retention-purge');
    await handle.check();
    expect(fake.badges).toHaveLength(before + 1);
    fake.listeners.alarm?.(REMINDER_ALARM);
    await vi.waitFor(() => expect(fake.badges).toHaveLength(before + 2));
    fake.listeners.permissions?.();
    await vi.waitFor(() => expect(fake.badges).toHaveLength(before + 3));
  });

  it("counts overdue under the organisation's policy, and checks again when it changes", async () => {
    const { fake, ports } = fakeBrowser(false);
    handle = startReminders(db, ports);
    await handle.check();
    expect(fake.badges.at(-1)?.text).toBe('2');
    // Policy: first core group within 20 working days (so not yet due), visits within 30.
    fake.policy = {
      procedure: {
        id: 'england',
        overrides: { firstCoreGroup: { amount: 20 }, visitFrequency: { amount: 30 } },
        procedure: getProcedure('england'),
      },
    };
    fake.listeners.policy?.();
    await vi.waitFor(() => expect(fake.badges.at(-1)?.text).toBe(''));
  });

  it('clears the badge and what it remembers once everything is deleted', async () => {
    await seedStore(db, [record('C-SOON', '2026-11-20')], NOW);
    await putSettings(db, { reminders: { daysBefore: 10 } }, NOW);
    const { fake, ports } = fakeBrowser(true);
    handle = startReminders(db, ports);
    await handle.check();
    expect(fake.sent.length).toBeGreaterThan(0);
    expect(fake.badges.at(-1)?.text).not.toBe('');
    const deleted = await deleteEverything(db);
    expect(deleted.ok).toBe(true);
    fake.listeners.deleted?.();
    await vi.waitFor(() => expect(fake.badges.at(-1)?.text).toBe(''), { timeout: 10_000 });
    expect(fake.sent).toEqual([]);
  });

  it('updates the badge soon after a page read changes a case', async () => {
    const { fake, ports } = fakeBrowser(false);
    handle = startReminders(db, ports);
    await handle.check();
    expect(fake.badges.at(-1)?.text).toBe('2');
    const later = new Date('2026-11-25T10:00:00.000Z');
    await applyPageRead(db, pageReadOf(record('C-LATE-2', '2026-11-03'), later.toISOString()), {
      origin: TEST_ORIGIN,
      now: later,
    });
    const expected = overdueOf(record('C-LATE', '2026-11-02'), record('C-LATE-2', '2026-11-03'));
    expect(expected).toBe('4');
    await vi.waitFor(() => expect(fake.badges.at(-1)?.text).toBe(expected), { timeout: 5000 });
  });

  it('counts again after a write made once its own first count is done', async () => {
    const { fake, ports } = fakeBrowser(false);
    handle = startReminders(db, ports);
    // Its first count, on its own, a second after it starts.
    await vi.waitFor(() => expect(fake.badges.at(-1)?.text).toBe('2'), { timeout: 5000 });
    const later = new Date('2026-11-25T10:00:00.000Z');
    await applyPageRead(db, pageReadOf(record('C-LATE-2', '2026-11-03'), later.toISOString()), {
      origin: TEST_ORIGIN,
      now: later,
    });
    await vi.waitFor(() => expect(fake.badges.at(-1)?.text).toBe('4'), { timeout: 5000 });
  });

  it('does not count again after a page read that changes nothing', async () => {
    const { fake, ports } = fakeBrowser(false);
    handle = startReminders(db, ports);
    const at = new Date('2026-11-25T10:00:00.000Z');
    const read = pageReadOf(record('C-LATE-2', '2026-11-03'), at.toISOString());
    await applyPageRead(db, read, { origin: TEST_ORIGIN, now: at });
    await vi.waitFor(() => expect(fake.badges.at(-1)?.text).toBe('4'), { timeout: 5000 });
    const counted = fake.badges.length;
    const again = new Date('2026-11-25T10:05:00.000Z');
    const unchanged = await applyPageRead(
      db,
      { ...read, readAt: again.toISOString() },
      {
        origin: TEST_ORIGIN,
        now: again,
      },
    );
    expect(unchanged).toMatchObject({ ok: true, value: { status: 'unchanged' } });
    // A check would come 1 s after the write (the watch's debounce): wait past it.
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(fake.badges.length).toBe(counted);
  });
});
