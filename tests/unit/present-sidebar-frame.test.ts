import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COLLAPSED_WIDTH,
  clampWidth,
  DEFAULT_LAYOUT,
  FRAME_SOURCE,
  frameWidth,
  layoutKey,
  MAX_WIDTH,
  MIN_WIDTH,
  parseFrameToHost,
  parseHostToFrame,
  parseLayout,
} from '../../lib/present/sidebar-frame';

describe('the sidebar layout', () => {
  it('falls back to the default, part by part, for anything stored in another shape', () => {
    expect(parseLayout(undefined)).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout({ collapsed: true })).toEqual({ ...DEFAULT_LAYOUT, collapsed: true });
    expect(parseLayout({ collapsed: 'yes', width: 500 })).toEqual({ collapsed: false, width: 500 });
    expect(parseLayout({ width: Number.NaN }).width).toBe(DEFAULT_LAYOUT.width);
  });

  it('keeps any width between the narrowest and widest allowed', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const layout = parseLayout(value);
        expect(typeof layout.collapsed).toBe('boolean');
        expect(layout.width).toBeGreaterThanOrEqual(MIN_WIDTH);
        expect(layout.width).toBeLessThanOrEqual(MAX_WIDTH);
      }),
    );
    expect(clampWidth(10)).toBe(MIN_WIDTH);
    expect(clampWidth(5000)).toBe(MAX_WIDTH);
    expect(clampWidth(401.6)).toBe(402);
  });

  it('takes the slim tab width when collapsed, whatever the width remembered', () => {
    expect(frameWidth({ collapsed: true, width: 600 })).toBe(COLLAPSED_WIDTH);
    expect(frameWidth({ collapsed: false, width: 600 })).toBe(600);
  });

  it('remembers each case system apart', () => {
    expect(layoutKey('http://127.0.0.1:4173')).not.toBe(layoutKey('http://127.0.0.1:4174'));
  });
});

describe('messages between the page and the sidebar frame', () => {
  const child = { name: 'Amy', seen: 'yes', seenAlone: 'unanswered', reasonGiven: false };

  it('accepts the frame’s own messages and ignores everything else on the window', () => {
    expect(parseFrameToHost({ source: FRAME_SOURCE, type: 'ready' })).toEqual({
      source: FRAME_SOURCE,
      type: 'ready',
    });
    expect(
      parseFrameToHost({ source: FRAME_SOURCE, type: 'layout', layout: { width: 9999 } }),
    ).toEqual({
      source: FRAME_SOURCE,
      type: 'layout',
      layout: { collapsed: false, width: MAX_WIDTH },
    });
    expect(parseFrameToHost({ source: FRAME_SOURCE, type: 'resize-start', grab: 500 })).toEqual({
      source: FRAME_SOURCE,
      type: 'resize-start',
      grab: 40,
    });
    expect(
      parseFrameToHost({ source: FRAME_SOURCE, type: 'resize-start', grab: 'x' }),
    ).toBeUndefined();
    expect(parseFrameToHost({ source: FRAME_SOURCE, type: 'shown', extra: 1 })).toEqual({
      source: FRAME_SOURCE,
      type: 'shown',
    });
    expect(parseFrameToHost({ source: 'another-extension', type: 'ready' })).toBeUndefined();
    expect(parseFrameToHost({ source: 'another-extension', type: 'shown' })).toBeUndefined();
    expect(parseFrameToHost('ready')).toBeUndefined();
  });

  it('accepts a visit form whose every child is well formed, and drops a malformed one whole', () => {
    const ok = parseHostToFrame({ source: FRAME_SOURCE, type: 'visit-form', children: [child] });
    expect(ok).toEqual({ source: FRAME_SOURCE, type: 'visit-form', children: [child] });
    const bad = { ...child, seenAlone: 'maybe' };
    expect(
      parseHostToFrame({ source: FRAME_SOURCE, type: 'visit-form', children: [child, bad] }),
    ).toBeUndefined();
    expect(
      parseHostToFrame({
        source: FRAME_SOURCE,
        type: 'visit-form',
        children: Array(51).fill(child),
      }),
    ).toBeUndefined();
  });

  it('takes a layout from the page only as a layout within the limits', () => {
    expect(
      parseHostToFrame({
        source: FRAME_SOURCE,
        type: 'layout',
        layout: { collapsed: true, width: 1 },
      }),
    ).toEqual({
      source: FRAME_SOURCE,
      type: 'layout',
      layout: { collapsed: true, width: MIN_WIDTH },
    });
  });

  it('shortens a long name rather than pass it on whole', () => {
    const long = { ...child, name: 'x'.repeat(5000) };
    const parsed = parseHostToFrame({ source: FRAME_SOURCE, type: 'visit-form', children: [long] });
    expect(parsed?.type === 'visit-form' && parsed.children[0]?.name).toHaveLength(300);
  });

  it('never throws, and passes on only what it understood', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const message = parseHostToFrame(value);
        if (message?.type !== 'visit-form') return;
        for (const c of message.children) {
          expect(['yes', 'no', 'unanswered']).toContain(c.seen);
          expect(['yes', 'no', 'unanswered']).toContain(c.seenAlone);
        }
      }),
    );
    fc.assert(fc.property(fc.anything(), (value) => void parseFrameToHost(value)));
  });
});
