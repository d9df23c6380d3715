import * as z from 'zod';
import { RegionSchema } from '../domain';
import { writeAudit } from './audit';
import type { LensDb } from './db';
import { attempt, describeIssues, fail, type Result } from './result';

export const DEFAULT_RETENTION_DAYS = 90;

/**
 * The user's own settings. An organisation's managed policy (storage.managed) wins over these;
 * the background applies that, not the store.
 */
export const SettingsSchema = z.object({
  /** Use this nation's rules whatever the pages say (e.g. a cross-border team). */
  regionOverride: RegionSchema.optional(),
  /** The local procedure the rules follow (an id from lib/rules' procedures). */
  procedureId: z.string().min(1).max(100).optional(),
  /** Days a case is kept after it was last opened or its plan ended (default 90). */
  retentionDays: z.int().min(1).max(3650).default(DEFAULT_RETENTION_DAYS),
  reminders: z
    .object({
      enabled: z.boolean().default(true),
      /** Remind this many days before a deadline. */
      daysBefore: z.int().min(0).max(60).default(3),
    })
    .prefault({}),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
type SettingKey = keyof Settings;
const SETTING_KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];

/** A change to some settings; `null` clears an optional one (back to its default). */
export const SettingsPatchSchema = z
  .object({
    regionOverride: RegionSchema.nullable(),
    procedureId: z.string().min(1).max(100).nullable(),
    retentionDays: z.int().min(1).max(3650).nullable(),
    reminders: z
      .object({ enabled: z.boolean(), daysBefore: z.int().min(0).max(60) })
      .partial()
      .nullable(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/**
 * The settings with defaults filled in. Each key is read on its own, so one value an older
 * release stored in another shape falls back to its default without losing the others.
 */
export async function readSettings(db: LensDb): Promise<Settings> {
  const stored: Record<string, unknown> = {};
  for (const row of await db.settings.toArray()) {
    if (!(SETTING_KEYS as string[]).includes(row.key)) continue;
    const field = SettingsSchema.shape[row.key as SettingKey];
    if (field.safeParse(row.value).success) stored[row.key] = row.value;
  }
  return SettingsSchema.parse(stored);
}

export function getSettings(db: LensDb): Promise<Result<Settings>> {
  return attempt(() => readSettings(db));
}

/** Validates the whole result before storing any of it. */
export async function putSettings(
  db: LensDb,
  patch: unknown,
  now: Date,
): Promise<Result<Settings>> {
  const parsed = SettingsPatchSchema.safeParse(patch);
  if (!parsed.success) {
    return fail('invalid-input', 'These settings cannot be saved.', describeIssues(parsed.error));
  }
  return attempt(() =>
    db.transaction('rw', [db.settings, db.audit], async () => {
      const current = await readSettings(db);
      const next = SettingsSchema.parse(applyPatch(current, parsed.data));
      await writeSettings(db, next);
      const changed = SETTING_KEYS.filter(
        (key) => JSON.stringify(current[key]) !== JSON.stringify(next[key]),
      );
      await writeAudit(db, {
        at: now.toISOString(),
        action: 'settings',
        counts: { changed: changed.length },
      });
      return next;
    }),
  );
}

function applyPatch(current: Settings, patch: SettingsPatch): SettingsInput {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else if (key === 'reminders') next[key] = { ...current.reminders, ...(value as object) };
    else next[key] = value;
  }
  return next as SettingsInput;
}

/** Replaces every stored setting (used by putSettings and by import, inside their transactions). */
export async function writeSettings(db: LensDb, settings: Settings): Promise<void> {
  await db.settings.clear();
  await db.settings.bulkPut(
    SETTING_KEYS.filter((key) => settings[key] !== undefined).map((key) => ({
      key,
      value: settings[key],
    })),
  );
}
