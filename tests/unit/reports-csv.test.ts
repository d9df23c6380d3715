import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoCases } from '../../demo/cases';
import { CaseRecordSchema } from '../../lib/domain';
import { RAG_LABELS } from '../../lib/present/dashboard-labels';
import { CSV_COLUMNS, casesCsv, csvCell } from '../../lib/reports/cases-csv';
import { GENERATED_NOTICE } from '../../lib/reports/generated-notice';
import { generatedRecords, rowsFor } from './dashboard-fixtures';

const TODAY = '2026-11-25';
const GENERATED_AT = '2026-11-25T16:30:00.000Z';

/** A strict RFC 4180 reader: what a spreadsheet does when it opens the file. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(quoted).toBe(false);
  expect(field).toBe('');
  expect(record).toEqual([]);
  return records;
}

const withoutBom = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1);
};

describe('the CSV of all cases', () => {
  const records = demoCases(TODAY).map((c) => c.record);
  const rows = rowsFor(records, TODAY);

  it('opens with the header line, one line per case, every line the same width', () => {
    const table = parseCsv(withoutBom(casesCsv(rows, { generatedAt: GENERATED_AT })));
    const header = table[0] ?? [];
    expect(header).toEqual(CSV_COLUMNS.filter((c) => !c.namesOnly).map((c) => c.header));
    expect(header.slice(0, 4)).toEqual(['Case reference', 'RAG', 'Status', 'Overdue now']);
    expect(table).toHaveLength(rows.length + 1);
    for (const line of table) expect(line).toHaveLength(header.length);
  });

  it('has the right values in the right columns', () => {
    const table = parseCsv(withoutBom(casesCsv(rows, { generatedAt: GENERATED_AT })));
    const header = table[0] ?? [];
    const col = (name: string) => header.indexOf(name);
    for (const row of rows) {
      const line = table.find((l) => l[0] === row.caseId) ?? [];
      expect(line[col('RAG')]).toBe(RAG_LABELS[row.rag].word);
      expect(line[col('Status')]).toBe(row.ragText);
      expect(line[col('Overdue now')]).toBe(String(row.overdue));
      expect(line[col('Next deadline date (YYYY-MM-DD)')]).toBe(row.nextDeadline?.due ?? '');
      expect(line[col('Deadlines missed (overdue)')]).toBe(String(row.tally.missed));
      expect(line[col('Last read (UTC)')]).toBe(row.lastReadAt);
    }
    const overdueCase = table.find((l) => l[0] === 'CF-1002') ?? [];
    expect(overdueCase[col('RAG')]).toBe('Red');
    expect(overdueCase[col('Next deadline')]).toBe('First core group');
  });

  it('says on every line that the data was read locally and the case system is the record', () => {
    const table = parseCsv(withoutBom(casesCsv(rows, { generatedAt: GENERATED_AT })));
    const source = (table[0] ?? []).indexOf('Source');
    for (const line of table.slice(1)) {
      expect(line[source]).toContain(GENERATED_NOTICE);
      expect(line[source]).toContain('25/11/2026 16:30');
    }
  });

  it("leaves children's names out unless asked, and then adds one column for them", () => {
    const plain = casesCsv(rows, { generatedAt: GENERATED_AT });
    for (const record of records) {
      for (const child of record.children) expect(plain).not.toContain(child.name);
    }
    const named = parseCsv(
      withoutBom(casesCsv(rows, { generatedAt: GENERATED_AT, includeNames: true })),
    );
    const col = (named[0] ?? []).indexOf('Names of children not seen alone');
    expect(col).toBeGreaterThan(0);
    const gc2002 = rows.find((r) => r.caseId === 'GC-2002');
    expect(gc2002?.childrenNotSeenAlone.length).toBeGreaterThan(0);
    expect(named.find((l) => l[0] === 'GC-2002')?.[col]).toBe(
      gc2002?.childrenNotSeenAlone.join('; '),
    );
  });

  it('never lets a case reference run as a spreadsheet formula, and keeps any text intact', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), (caseId) => {
        const record = CaseRecordSchema.parse({ caseId });
        const text = casesCsv(rowsFor([record], TODAY), { generatedAt: GENERATED_AT });
        const [, line] = parseCsv(withoutBom(text));
        const cell = line?.[0] ?? '';
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
        expect(cell.replace(/^'(?=[=+\-@\t\r'])/, '')).toBe(caseId);
      }),
      { numRuns: 150 },
    );
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("'- ")).toBe("''- ");
    expect(csvCell(3)).toBe('3');
    expect(csvCell(undefined)).toBe('');
  });

  it('holds 5,000 cases, one line each', () => {
    const many = rowsFor(generatedRecords(5000, TODAY), TODAY);
    const table = parseCsv(withoutBom(casesCsv(many, { generatedAt: GENERATED_AT })));
    expect(table).toHaveLength(5001);
    expect(new Set(table.slice(1).map((l) => l[0])).size).toBe(5000);
  }, 60_000);
});
