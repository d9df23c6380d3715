import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/generate-cases';
import type { PageReadInput } from '../../lib/domain';
import {
  addCorrection,
  applyPageRead,
  ExportFileSchema,
  exportAll,
  importData,
  type LensDb,
  type LensExport,
  openLensDb,
  writeExportText,
} from '../../lib/store';
import { IMPORT_BATCH_CASES } from '../../lib/store/import-batch';
import { importDataOneByOne } from './store-import-reference';

// All names and identifiers are fictional.
const ORIGIN = 'http://127.0.0.1:5173';
const NOW = new Date('2026-03-01T12:00:00.000Z');
const IMPORTED_AT = new Date('2026-03-05T08:00:00.000Z');

const opened: LensDb[] = [];
function freshDb(): LensDb {
  const db = openLensDb(`batch-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function everything(db: LensDb): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of db.tables) all[table.name] = await table.toArray();
  return all;
}

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);
const at = (minute: number) => new Date(Date.UTC(2026, 1, 20, 9, minute)).toISOString();

/**
 * A few cases read from three pages that disagree now and then (conflicts), with corrections on
 * a one-value field and on a list item, some of which a later read supersedes. `seed` varies the
 * values and times, so two stores built with different seeds hold the same cases differently.
 */
async function templateStore(seed: number, cases: number): Promise<LensDb> {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T;
  const db = freshDb();
  for (let t = 0; t < cases; t++) {
    const caseId = `Tq${t}z`;
    const read = (path: string, minute: number, fields: PageReadInput['fields']) =>
      applyPageRead(
        db,
        {
          caseId,
          pageKind: 'other',
          path: `/cases/${caseId}/${path}`,
          readAt: at(minute),
          fields,
          unread: [],
        },
        { origin: ORIGIN, now: NOW },
      );
    const visitDate = day(30 + (t % 5));
    const visit = (seenAlone: boolean) => ({
      date: visitDate,
      children: [{ childId: 'c1', seen: true, seenAlone }],
    });
    await read('summary', pick([1, 5, 9]), {
      icpcDate: pick([day(3), day(4)]),
      children: [{ id: 'c1', name: 'Ava Example' }],
      ...(random() < 0.5 ? { planEndDate: day(200) } : {}),
    });
    await read('conference', pick([2, 6, 10]), { icpcDate: pick([day(3), day(4)]) });
    await read('visits', pick([3, 7]), {
      visits: [visit(random() < 0.5), { date: day(40 + (t % 3)), children: [] }],
    });
    if (random() < 0.7) {
      await addCorrection(
        db,
        { caseId, change: { field: 'planEndDate', key: '', value: pick([day(180), day(190)]) } },
        NOW,
      );
    }
    if (random() < 0.6) {
      await addCorrection(
        db,
        {
          caseId,
          change: { field: 'visits', key: visitDate, value: visit(true) },
          note: 'checked',
        },
        NOW,
      );
    }
    // A later read that shows something else supersedes the corrections made against the old.
    if (random() < 0.4) {
      await read('visits', pick([20, 40]), { visits: [visit(random() < 0.5)] });
    }
  }
  return db;
}

async function exportOf(db: LensDb): Promise<LensExport> {
  const result = await exportAll(db, NOW);
  if (!result.ok) throw new Error(result.error.message);
  return JSON.parse(JSON.stringify(result.value));
}

/** The template cases again and again under new ids, `copies` times. */
function copied(file: LensExport, copies: number): LensExport {
  const cases = [];
  for (let k = 0; k < copies; k++) {
    for (const c of file.cases) {
      cases.push(JSON.parse(JSON.stringify(c).replaceAll(c.caseId, `F${k}-${c.caseId}`)));
    }
  }
  return { ...file, cases };
}

describe('the batched import', () => {
  it('stores exactly what importing record by record stored, conflicts and corrections included', async () => {
    const templates = 25;
    // More cases than one batch, so a batch boundary falls inside the file.
    const copies = Math.ceil((IMPORT_BATCH_CASES + 50) / templates);
    const file = copied(await exportOf(await templateStore(1, templates)), copies);
    // Stored already: about half the same cases, read at other times with other values, with
    // corrections of their own (some the same as the file's).
    const heldFile = copied(await exportOf(await templateStore(2, templates)), copies);
    heldFile.cases = heldFile.cases.filter((_, i) => i % 2 === 0);
    heldFile.audit = [];

    const [oneByOne, batched] = [freshDb(), freshDb()];
    for (const db of [oneByOne, batched]) {
      expect((await importData(db, heldFile, NOW)).ok).toBe(true);
    }
    const before = await everything(batched);
    expect(before.conflicts?.length).toBeGreaterThan(0);
    expect(before.corrections?.some((c) => (c as { supersededAt?: string }).supersededAt)).toBe(
      true,
    );

    const expected = await importDataOneByOne(oneByOne, file, IMPORTED_AT);
    const result = await importData(batched, JSON.stringify(file), IMPORTED_AT);
    expect(result).toEqual(expected);
    expect(result.ok && result.value.casesMerged).toBeGreaterThan(0);
    expect(result.ok && result.value.casesAdded).toBeGreaterThan(0);
    const after = await everything(batched);
    expect(after).toEqual(await everything(oneByOne));
    // The import did change things: the comparison is not of two untouched stores.
    expect(after.corrections?.length).toBeGreaterThan(before.corrections?.length ?? 0);
    expect(after.cases).not.toEqual(before.cases);
  });

  it('refuses a file whose case is held from another site, as record by record did, writing nothing', async () => {
    const file = copied(await exportOf(await templateStore(3, 5)), 50);
    const held = freshDb();
    const last = file.cases.at(-1);
    if (!last) throw new Error('no cases');
    expect((await importData(held, { ...file, cases: [last] }, NOW)).ok).toBe(true);
    const before = await everything(held);
    const moved = {
      ...file,
      cases: file.cases.map((c) => ({ ...c, origin: 'https://other.example' })),
    };
    const result = await importData(held, moved, IMPORTED_AT);
    expect(result.ok ? 'imported' : result.error.message).toMatch(
      /held here from http:\/\/127\.0\.0\.1:5173 but comes from https:\/\/other\.example/,
    );
    expect(await everything(held)).toEqual(before);
  });
});

describe('export to text and back', () => {
  it('round-trips a few thousand cases through the file text', async () => {
    const source = freshDb();
    const template = await exportOf(await templateStore(4, 10));
    const file = copied(template, 200);
    expect(file.cases.length).toBe(2000);
    expect((await importData(source, file, NOW)).ok).toBe(true);

    const chunks: string[] = [];
    const written = await writeExportText(source, IMPORTED_AT, undefined, (c) => chunks.push(c));
    expect(written).toEqual({ ok: true, value: { cases: 2000 } });
    // Written a batch at a time, never as one string.
    expect(chunks.length).toBeGreaterThan(2000 / 500);
    const text = chunks.join('');
    const parsed = JSON.parse(text);
    expect(ExportFileSchema.safeParse(parsed).success).toBe(true);
    expect(text.split('\n').filter((line) => line.startsWith('    {"caseId"'))).toHaveLength(2000);

    const target = freshDb();
    const imported = await importData(target, text, NOW);
    expect(imported.ok && imported.value).toMatchObject({ casesAdded: 2000, casesMerged: 0 });
    // Corrections are numbered anew, in the file's order (by case id) rather than the source's.
    const comparable = async (db: LensDb) => {
      const { audit: _, corrections, ...rest } = await everything(db);
      const unnumbered = (corrections ?? [])
        .map((c) => JSON.stringify({ ...(c as object), id: 0 }))
        .sort();
      return { ...rest, corrections: unnumbered };
    };
    expect(await comparable(target)).toEqual(await comparable(source));
    // A volume test for correctness: on two busy cores it nears the default 30 s; speed is the
    // bench's to judge (bench/measure-store.ts), not this test's.
  }, 120_000);

  it('writes one case alone, and an empty store as an empty list', async () => {
    const source = await templateStore(5, 2);
    const one: string[] = [];
    expect(await writeExportText(source, NOW, 'Tq1z', (c) => one.push(c))).toEqual({
      ok: true,
      value: { cases: 1 },
    });
    const file = JSON.parse(one.join(''));
    // The same JSON as the export object, laid out one case to a line.
    const all: string[] = [];
    await writeExportText(source, NOW, undefined, (c) => all.push(c));
    const object = await exportAll(source, NOW);
    const { audit: written, ...rest } = JSON.parse(all.join(''));
    expect(object.ok && { ...object.value, audit: undefined }).toEqual({
      ...rest,
      audit: undefined,
    });
    // Both exports were logged; each file holds the log up to and including its own export.
    expect(written.at(-1)).toMatchObject({ action: 'export', counts: { cases: 2 } });
    expect(object.ok && object.value.audit?.slice(0, -1)).toEqual(written);
    expect(
      all
        .join('')
        .split('\n')
        .filter((line) => line.startsWith('    {"caseId"')),
    ).toHaveLength(2);
    expect(file).toMatchObject({ scope: 'case', cases: [{ caseId: 'Tq1z' }] });
    expect(file.settings).toBeUndefined();
    const missing = await writeExportText(source, NOW, 'none', () => undefined);
    expect(missing.ok ? 'ok' : missing.error.code).toBe('not-found');

    const empty: string[] = [];
    await writeExportText(freshDb(), NOW, undefined, (c) => empty.push(c));
    expect(JSON.parse(empty.join(''))).toMatchObject({ scope: 'all', cases: [] });
  });
});
