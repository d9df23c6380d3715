import { describe, expect, it } from 'vitest';
import { type CaseRecordInput, CaseRecordSchema } from '../../lib/domain';
import {
  dateChange,
  describeChange,
  orderCorrections,
  regionChange,
  reviewConferenceChange,
  seenAloneChange,
  visitEntryChange,
} from '../../lib/present/correction-changes';
import { keyDates } from '../../lib/present/key-dates';
import { type Correction, CorrectionChangeSchema } from '../../lib/store/corrections';

const record = (input: Partial<CaseRecordInput> = {}) =>
  CaseRecordSchema.parse({ caseId: 'C-1', ...input });
const readFrom = {
  kind: 'page',
  pageKind: 'visit',
  path: '/careflow/case/C-1/visits',
  readAt: '2026-11-25T10:00:00.000Z',
} as const;

const r = record({
  children: [
    { id: 'amy', name: 'Amy' },
    { id: 'ben', name: 'Ben' },
  ],
  visits: [
    {
      date: '2026-11-16',
      children: [
        { childId: 'amy', seen: true },
        { childId: 'ben', seen: true, seenAlone: false },
      ],
      source: readFrom,
    },
  ],
  reviewConferences: [
    { date: '2027-01-10', status: 'scheduled', reportSharedDate: '2027-01-05', source: readFrom },
  ],
});

describe('corrections the sidebar sends', () => {
  it('sets one child’s seen-alone answer and keeps what the page showed for the others', () => {
    const change = seenAloneChange(r, '2026-11-16', 'amy', true);
    expect(change).toEqual({
      field: 'visits',
      key: '2026-11-16',
      value: {
        date: '2026-11-16',
        children: [
          { childId: 'amy', seen: true, seenAlone: true },
          { childId: 'ben', seen: true, seenAlone: false },
        ],
      },
    });
    expect(CorrectionChangeSchema.safeParse(change).success).toBe(true);
  });

  it('adds a visit on a day with none, holding only that child', () => {
    const change = visitEntryChange(r, '2026-11-20', { childId: 'ben', seen: true });
    expect(change.value).toEqual({
      date: '2026-11-20',
      children: [{ childId: 'ben', seen: true }],
    });
    expect(CorrectionChangeSchema.safeParse(change).success).toBe(true);
  });

  it('marks a review conference held without losing the report date the page showed', () => {
    const change = reviewConferenceChange(r, '2027-01-10', 'held');
    expect(change.value).toEqual({
      date: '2027-01-10',
      status: 'held',
      reportSharedDate: '2027-01-05',
    });
    expect(CorrectionChangeSchema.safeParse(change).success).toBe(true);
  });

  it('sends every one-value change in a shape the store accepts', () => {
    for (const change of [
      dateChange('icpcDate', '2026-09-01'),
      dateChange('planEndDate', null),
      regionChange('scotland'),
    ]) {
      expect(CorrectionChangeSchema.safeParse(change).success).toBe(true);
    }
  });

  it('says each in words, with the children’s names', () => {
    expect(describeChange(dateChange('icpcDate', '2026-09-01'))).toBe('ICPC date: 01/09/2026');
    expect(describeChange(dateChange('icpcDate', '2026-09-01'), r, 'CPPM')).toBe(
      'CPPM date: 01/09/2026',
    );
    expect(describeChange(regionChange('scotland'))).toBe('Nation: Scotland');
    expect(describeChange(seenAloneChange(r, '2026-11-16', 'amy', true), r)).toBe(
      'Visit on 16/11/2026: Amy seen alone; Ben seen but not alone',
    );
    expect(describeChange(reviewConferenceChange(r, '2027-01-10', 'scheduled'))).toBe(
      'Review conference on 10/01/2027: booked',
    );
  });
});

describe('the list of corrections', () => {
  const correction = (id: number, enteredAt: string, supersededAt?: string): Correction => ({
    id,
    caseId: 'C-1',
    change: dateChange('icpcDate', '2026-09-01'),
    enteredAt,
    pageValue: null,
    ...(supersededAt ? { supersededAt } : {}),
  });

  it('puts those in force first, newest first, then those the case system has overtaken', () => {
    const ordered = orderCorrections([
      correction(1, '2026-11-01T10:00:00.000Z'),
      correction(2, '2026-11-02T10:00:00.000Z', '2026-11-03T10:00:00.000Z'),
      correction(3, '2026-11-04T10:00:00.000Z'),
      correction(4, '2026-11-04T10:00:00.000Z'),
    ]);
    expect(ordered.map((c) => c.id)).toEqual([4, 3, 1, 2]);
  });
});

describe('the key facts', () => {
  it('gives each one-value fact with its value in words and where it came from', () => {
    const facts = keyDates(
      record({
        icpcDate: '2026-09-01',
        region: 'scotland',
        provenance: { icpcDate: { kind: 'user', enteredAt: '2026-11-25T10:00:00.000Z' } },
      }),
      'CPPM',
    );
    expect(facts).toEqual([
      {
        field: 'icpcDate',
        label: 'CPPM date',
        value: '2026-09-01',
        shown: '01/09/2026',
        provenance: { kind: 'user', enteredAt: '2026-11-25T10:00:00.000Z' },
      },
      { field: 'planEndDate', label: 'Plan end date' },
      {
        field: 'region',
        label: 'Nation (for bank holidays)',
        value: 'scotland',
        shown: 'Scotland',
      },
    ]);
  });
});
