import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditDetails, formatWhen } from '../../components/options/audit-words';
import {
  deletedCaseWords,
  failed,
  importedWords,
  purgedWords,
} from '../../components/options/outcome-words';
import {
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  parseRetentionDays,
} from '../../components/options/RetentionSetting';
import { formatBytes, isNearlyFull } from '../../components/options/storage-words';
import { caseLabel, chosenCase } from '../../components/options/stored-case';
import { safeFilePart } from '../../entrypoints/options/save-json-file';
import { AuditEntrySchema } from '../../lib/store/audit';

describe('parseRetentionDays', () => {
  it('accepts every whole number of days in range, as typed', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS }), (days) => {
        expect(parseRetentionDays(String(days))).toBe(days);
        expect(parseRetentionDays(` ${days} `)).toBe(days);
      }),
    );
  });

  it('refuses anything else rather than guessing what was meant', () => {
    for (const text of ['', '0', '3651', '-5', '1.5', '90 days', '1e2', 'ninety', '0x10']) {
      expect(parseRetentionDays(text), text).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.string(), (text) => {
        const days = parseRetentionDays(text);
        if (days !== undefined) {
          expect(Number.isInteger(days)).toBe(true);
          expect(days).toBeGreaterThanOrEqual(MIN_RETENTION_DAYS);
          expect(days).toBeLessThanOrEqual(MAX_RETENTION_DAYS);
        }
      }),
    );
  });
});

describe('audit words', () => {
  it('describes a read by page kind and counts, never with a value', () => {
    const entry = AuditEntrySchema.parse({
      at: '2026-11-25T16:30:00.000Z',
      action: 'read',
      caseId: 'CF-1001',
      pageKind: 'core-group',
      path: '/careflow/case/CF-1001/core-groups',
      counts: { added: 2, changed: 1, unread: 1, conflicts: 1 },
    });
    expect(auditActionLabel(entry.action)).toBe('Read a case page');
    expect(auditDetails(entry)).toBe(
      'core group page, 2 items added, 1 item changed, 1 value could not be read, 1 open conflict',
    );
    expect(auditDetails({ ...entry, counts: undefined })).toBe('core group page, nothing changed');
  });

  it('names a corrected field and keeps counts it does not know', () => {
    expect(auditDetails({ at: '2026-11-25T16:30:00Z', action: 'correct', field: 'icpcDate' })).toBe(
      'field icpcDate',
    );
    expect(
      auditDetails({ at: '2026-11-25T16:30:00Z', action: 'settings', counts: { changed: 1 } }),
    ).toBe('1 setting changed');
    expect(
      auditDetails({ at: '2026-11-25T16:30:00Z', action: 'purge', counts: { cases: 2, later: 3 } }),
    ).toBe('2 cases, later: 3');
  });

  it('gives every action words of its own', () => {
    const labels = AuditEntrySchema.shape.action.options.map(auditActionLabel);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.every((label) => label.length > 0)).toBe(true);
  });

  it('shows times in UK time, summer and winter', () => {
    expect(formatWhen('2026-07-01T23:30:00.000Z')).toBe('02/07/2026, 00:30');
    expect(formatWhen('2026-12-01T23:30:00.000Z')).toBe('01/12/2026, 23:30');
    expect(formatWhen('not a time')).toBe('not a time');
  });
});

describe('storage words', () => {
  it('gives sizes a worker can read', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(84_000_000_000)).toBe('84 GB');
    expect(formatBytes(Number.NaN)).toBe('an unknown amount');
  });

  it('calls storage nearly full only when both figures are known', () => {
    expect(isNearlyFull(95, 100)).toBe(true);
    expect(isNearlyFull(50, 100)).toBe(false);
    expect(isNearlyFull(undefined, 100)).toBe(false);
    expect(isNearlyFull(10, 0)).toBe(false);
  });
});

describe('stored cases and outcomes', () => {
  const stored = { caseId: 'CF-1', childNames: ['Ava', 'Leo'], lastReadAt: '2026-11-25T10:00:00Z' };

  it('labels a case with its children and when it was last read', () => {
    expect(caseLabel(stored)).toBe('CF-1: Ava, Leo (last read 25/11/2026, 10:00)');
    expect(caseLabel({ ...stored, childNames: [] })).toMatch(/no child names read yet/);
  });

  it('keeps the chosen case while it exists, and falls back to the first', () => {
    const cases = [stored, { ...stored, caseId: 'CF-2' }];
    expect(chosenCase(cases, 'CF-2')).toBe('CF-2');
    expect(chosenCase(cases, 'gone')).toBe('CF-1');
    expect(chosenCase([], 'gone')).toBe('');
  });

  it('says what an import, a purge and a deletion did', () => {
    expect(
      importedWords({
        casesAdded: 1,
        casesMerged: 2,
        pageReadsStored: 5,
        correctionsAdded: 0,
        settingsImported: true,
      }),
    ).toBe(
      'Imported: 1 new case, 2 cases merged with ones already here, 5 page reads stored, ' +
        '0 corrections added. The settings in the file now apply.',
    );
    const none = { cutoff: '2026-08-27', casesPurged: 0, rowsDeleted: 0, auditEntriesPurged: 0 };
    expect(purgedWords(none)).toMatch(/nothing was deleted/);
    expect(purgedWords({ ...none, casesPurged: 2, rowsDeleted: 9 })).toBe(
      'Deleted 2 cases not used, or whose plan ended, before 27/08/2026.',
    );
    expect(purgedWords({ ...none, casesPurged: 1, auditEntriesPurged: 3 })).toBe(
      'Deleted 1 case not used, or whose plan ended, before 27/08/2026, and 3 older log entries.',
    );
    expect(purgedWords({ ...none, auditEntriesPurged: 1 })).toBe('Deleted 1 older log entry.');
    expect(deletedCaseWords('CF-1', { found: false })).toMatch(/no longer stored/);
  });

  it('keeps the issues of a failure, and leaves them out when there are none', () => {
    expect(failed({ code: 'invalid-import', message: 'No.', issues: ['cases.0: bad'] })).toEqual({
      kind: 'failed',
      message: 'No.',
      issues: ['cases.0: bad'],
    });
    expect(failed({ code: 'storage-full', message: 'Full.', issues: [] })).toEqual({
      kind: 'failed',
      message: 'Full.',
    });
  });
});

describe('safeFilePart', () => {
  it('lets no case id steer a download out of its file name', () => {
    expect(safeFilePart('CF-1001')).toBe('CF-1001');
    expect(safeFilePart('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(safeFilePart('')).toBe('case');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const part = safeFilePart(text);
        expect(part).toMatch(/^[A-Za-z0-9._-]{1,80}$/);
      }),
    );
  });
});
