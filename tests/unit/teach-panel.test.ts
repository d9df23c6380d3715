// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cannotSave,
  previewWords,
  TeachFieldPanel,
  type TeachFieldPanelProps,
  type TeachState,
} from '../../components/sidebar/TeachFieldPanel';
import type { TeachPick } from '../../lib/messages/messages';

afterEach(cleanup);

const PICK: TeachPick = {
  field: 'icpcDate',
  source: { label: 'First conference held on' },
  how: 'label',
  label: 'First conference held on',
  pageKind: 'case-summary',
  preview: { ok: true, shown: '3 November 2026', value: '2026-11-03' },
};

function panel(state: TeachState, more: Partial<TeachFieldPanelProps> = {}) {
  const props = { state, onStart: vi.fn(), onCancel: vi.fn(), onSave: vi.fn(), ...more };
  render(createElement(TeachFieldPanel, props));
  return props;
}

describe('previewWords and cannotSave', () => {
  it('say values the way the sidebar does', () => {
    expect(previewWords(PICK.preview)).toBe('03/11/2026');
    expect(previewWords({ ok: true, shown: 'Y', value: true })).toBe('Yes');
    expect(previewWords({ ok: true, shown: '', value: [] })).toBe('nobody');
    expect(previewWords({ ok: false, reason: 'not a real date', raw: '31/02/2026' })).toBe(
      'could not be read from “31/02/2026”: not a real date',
    );
  });

  it('refuse to save what read nothing, or a list field without a label', () => {
    expect(cannotSave(PICK)).toBeUndefined();
    expect(cannotSave({ ...PICK, preview: { ok: false, reason: 'blank' } })).toMatch(
      /Nothing usable/,
    );
    const { label: _, ...unlabelled } = PICK;
    expect(cannotSave({ ...unlabelled, field: 'coreGroups.date' })).toMatch(/label or column/);
  });
});

describe('TeachFieldPanel', () => {
  it('starts closed, then asks which field and starts pointing at it', () => {
    const props = panel({ step: 'idle' });
    fireEvent.click(screen.getByTestId('teach-open'));
    fireEvent.change(screen.getByLabelText('Which field?'), {
      target: { value: 'visits.seenAlone' },
    });
    fireEvent.click(screen.getByTestId('teach-start'));
    expect(props.onStart).toHaveBeenCalledWith('visits.seenAlone');
  });

  it('while pointing, says what to click and how to stop', () => {
    const props = panel({ step: 'pointing', field: 'coreGroups.date' });
    expect(screen.getByTestId('teach-pointing').textContent).toMatch(
      /Click the Core group date on the page .*Esc/,
    );
    fireEvent.click(screen.getByText('Stop teaching'));
    expect(props.onCancel).toHaveBeenCalled();
  });

  it('shows what was read and how it will be found, and saves', () => {
    const props = panel({ step: 'picked', pick: PICK });
    expect(screen.getByTestId('teach-preview').textContent).toBe(
      '“3 November 2026”, read as 03/11/2026',
    );
    expect(screen.getByTestId('teach-picked').textContent).toMatch(/by its label on the page/);
    fireEvent.click(screen.getByTestId('teach-save'));
    expect(props.onSave).toHaveBeenCalled();
    fireEvent.click(screen.getByText('Pick again'));
    expect(props.onStart).toHaveBeenCalledWith('icpcDate');
  });

  it('warns when the place is only a position, and will not save a failed read', () => {
    const props = panel({
      step: 'picked',
      pick: { ...PICK, how: 'structure', preview: { ok: false, reason: 'not a date', raw: 'x' } },
    });
    expect(screen.getByTestId('teach-picked').textContent).toMatch(/may stop working/);
    expect(screen.getByTestId('teach-save').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByTestId('teach-save'));
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('announces the outcome', () => {
    panel({ step: 'idle', said: { ok: false, text: 'Not saved: the page did not answer.' } });
    expect(screen.getByTestId('teach-status').textContent).toBe(
      '✖ Not saved: the page did not answer.',
    );
  });
});
