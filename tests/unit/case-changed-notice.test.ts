import { describe, expect, it } from 'vitest';
import { caseChangedNotice } from '../../lib/messages/case-changed';
import { viewIncludesRead } from '../../lib/present/read-included';

const shown = { path: '/careflow/case/CF-1/summary', readAt: '2026-11-25T10:00:00.000Z' };
const stored = { status: 'applied', caseId: 'CF-1', path: '/careflow/case/CF-1/summary' };

describe('caseChangedNotice', () => {
  it('names the page read a stored read came from', () => {
    expect(caseChangedNotice({ type: 'page-read', shown }, stored)).toEqual({
      type: 'case-changed',
      caseId: 'CF-1',
      read: { path: '/careflow/case/CF-1/summary', readAt: '2026-11-25T10:00:00.000Z' },
    });
  });

  it('still tells of the case when the read cannot be named', () => {
    expect(caseChangedNotice({ type: 'page-read', shown: {} }, stored)).toEqual({
      type: 'case-changed',
      caseId: 'CF-1',
    });
    expect(caseChangedNotice({ type: 'page-read', shown }, { caseId: 'CF-1' })).toEqual({
      type: 'case-changed',
      caseId: 'CF-1',
    });
    expect(caseChangedNotice({ type: 'page-read', shown }, null)).toBeUndefined();
  });

  it('tells of one case, every case, or none, by what the message did', () => {
    expect(caseChangedNotice({ type: 'add-correction', caseId: 'CF-2' }, {})).toEqual({
      type: 'case-changed',
      caseId: 'CF-2',
    });
    for (const type of ['put-settings', 'delete-everything', 'data-imported', 'purge-expired']) {
      expect(caseChangedNotice({ type }, {})).toEqual({ type: 'case-changed', caseId: '*' });
    }
    expect(caseChangedNotice({ type: 'get-sidebar-data', caseId: 'CF-1' }, {})).toBeUndefined();
    expect(caseChangedNotice(null, {})).toBeUndefined();
  });
});

describe('viewIncludesRead', () => {
  const view = { pages: [{ path: shown.path, checkedAt: '2026-11-25T10:00:00.000Z' }] };

  it('is true only for a view that lists the page checked at or after the read', () => {
    expect(viewIncludesRead(view, shown)).toBe(true);
    expect(viewIncludesRead(view, { ...shown, readAt: '2026-11-25T09:59:59.000Z' })).toBe(true);
    expect(viewIncludesRead(view, { ...shown, readAt: '2026-11-25T10:00:00.001Z' })).toBe(false);
    expect(viewIncludesRead(view, { ...shown, path: '/careflow/case/CF-1/plan' })).toBe(false);
    expect(viewIncludesRead(view, { path: shown.path, readAt: Date.parse(shown.readAt) })).toBe(
      true,
    );
  });

  it('is false without a view, or for a read whose time cannot be read', () => {
    expect(viewIncludesRead(null, shown)).toBe(false);
    expect(viewIncludesRead(view, { ...shown, readAt: 'soon' })).toBe(false);
    expect(viewIncludesRead(view, { path: shown.path, readAt: Number.NaN })).toBe(false);
  });
});
