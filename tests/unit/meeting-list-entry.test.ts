import { describe, expect, it } from 'vitest';
import { draftRows, emptyDraft, parseListEntry } from '../../lib/present/meeting-list-entry';

// All names are fictional.
describe('the list sections’ form logic', () => {
  it('starts from the list in the record, or one empty row', () => {
    expect(draftRows('attendees', undefined)).toEqual([{ name: '', role: '', agency: '' }]);
    expect(draftRows('newActions', [{ text: 'Visit', due: '2026-04-01' }])).toEqual([
      { text: 'Visit', owner: '', due: '01/04/2026' },
    ]);
    expect(draftRows('apologies', [{ name: 'Dr Shah', writtenUpdateSent: true }])).toEqual([
      { name: 'Dr Shah', role: '', agency: '', update: 'yes' },
    ]);
  });

  it('reads the rows typed, dropping wholly blank ones and trimming', () => {
    expect(
      parseListEntry('attendees', [
        { name: ' Chloe Wren ', role: 'mother', agency: '' },
        emptyDraft('attendees'),
      ]),
    ).toEqual({ ok: true, value: [{ name: 'Chloe Wren', role: 'mother' }] });
    expect(
      parseListEntry('apologies', [
        { name: 'Dr Shah', role: 'GP', agency: '', update: 'no' },
        { name: 'Ms Lee', role: '', agency: 'School', update: 'not-recorded' },
      ]),
    ).toEqual({
      ok: true,
      value: [
        { name: 'Dr Shah', role: 'GP', writtenUpdateSent: false },
        { name: 'Ms Lee', agency: 'School' },
      ],
    });
    expect(
      parseListEntry('newActions', [{ text: 'Mentor', owner: 'Ms Lee', due: '17/12/2026' }]),
    ).toEqual({ ok: true, value: [{ text: 'Mentor', owner: 'Ms Lee', due: '2026-12-17' }] });
    // "No apologies" and "no new actions" are answers; nobody attending is not.
    expect(parseListEntry('newActions', [emptyDraft('newActions')])).toEqual({
      ok: true,
      value: [],
    });
    expect(parseListEntry('attendees', [])).toMatchObject({ ok: false, row: 0, column: 'name' });
  });

  it('names the row and field of what is wrong, never guessing', () => {
    expect(
      parseListEntry('attendees', [
        { name: 'A', role: '', agency: '' },
        { name: '', role: 'GP', agency: '' },
      ]),
    ).toEqual({
      ok: false,
      message: 'Person 2: enter the name.',
      row: 1,
      column: 'name',
    });
    expect(
      parseListEntry('newActions', [{ text: 'Visit', owner: '', due: '31/02/2027' }]),
    ).toMatchObject({
      ok: false,
      row: 0,
      column: 'due',
    });
    expect(
      parseListEntry('attendees', [{ name: 'A', role: 'r'.repeat(301), agency: '' }]),
    ).toMatchObject({ ok: false, message: 'Person 1: the role is longer than 300 characters.' });
  });

  it('keeps who someone is while their role stands, and drops it when the role changes', () => {
    const [row] = draftRows('attendees', [{ name: 'Jo', role: 'aunt', kind: 'carer' }]);
    if (!row) throw new Error('no row');
    expect(parseListEntry('attendees', [row])).toEqual({
      ok: true,
      value: [{ name: 'Jo', role: 'aunt', kind: 'carer' }],
    });
    expect(parseListEntry('attendees', [{ ...row, role: 'teacher' }])).toEqual({
      ok: true,
      value: [{ name: 'Jo', role: 'teacher' }],
    });
  });
});
