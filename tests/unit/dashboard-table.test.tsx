// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CaseList } from '../../components/dashboard/CaseList';
import { ROW_HEIGHT } from '../../components/dashboard/CaseTable';
import { windowRange } from '../../components/dashboard/use-window';
import { type DashboardFilter, filterRows, NO_FILTER } from '../../lib/present/dashboard-filter';
import { RAG_LABELS } from '../../lib/present/dashboard-labels';
import type { DashboardRow } from '../../lib/present/dashboard-rows';
import { DEFAULT_SORT, nextSort, type SortKey, sortRows } from '../../lib/present/dashboard-sort';
import { generatedRecords, rowsFor } from './dashboard-fixtures';

const TODAY = '2026-11-25';
const CASES = 5000;
let rows: DashboardRow[];

beforeAll(() => {
  rows = rowsFor(generatedRecords(CASES, TODAY), TODAY);
}, 120_000);
afterEach(cleanup);

/** The list with its own state, as the page wires it. */
function Harness() {
  const [filter, setFilter] = useState<DashboardFilter>(NO_FILTER);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const shown = sortRows(filterRows(rows, filter), sort);
  return (
    <CaseList
      allRows={rows}
      rows={shown}
      filter={filter}
      onFilterChange={setFilter}
      sort={sort}
      onSort={(key: SortKey) => setSort((s) => nextSort(s, key))}
      procedures={[{ id: 'england', name: 'England' }]}
      today={TODAY}
      hrefFor={(id) => `#case=${id}`}
      fallbackHeight={600}
    />
  );
}

const bodyRows = () => [...document.querySelectorAll('tbody tr[data-case-id]')] as HTMLElement[];
const scroller = () => screen.getByTestId('case-table-scroll');

describe('windowing', () => {
  it('draws only the rows in view, plus a few either side', () => {
    const options = { count: 5000, rowHeight: 60, overscan: 8 };
    expect(windowRange(0, 600, options)).toEqual({ start: 0, end: 19 });
    expect(windowRange(60 * 1000, 600, options)).toEqual({ start: 992, end: 1019 });
    expect(windowRange(60 * 10_000, 600, options)).toEqual({ start: 4981, end: 5000 });
    expect(windowRange(0, 600, { ...options, count: 3 })).toEqual({ start: 0, end: 3 });
  });
});

describe('the case table with 5,000 cases', { timeout: 30_000 }, () => {
  it('is a real table that says how many rows it has, and draws only those in view', () => {
    render(<Harness />);
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe(String(CASES + 1));
    const drawn = bodyRows();
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(60);
    expect(drawn[0]?.getAttribute('aria-rowindex')).toBe('2');
    // Each row's header is the case reference, a link to its detail.
    const header = within(drawn[0] as HTMLElement).getByRole('rowheader');
    expect(header.getAttribute('scope')).toBe('row');
    expect(within(header).getByRole('link').getAttribute('href')).toMatch(/^#case=T-/);
    for (const th of within(table).getAllByRole('columnheader')) {
      expect(th.getAttribute('scope')).toBe('col');
      expect(within(th).getByRole('button')).toBeTruthy();
    }
    expect(screen.getByTestId('shown-count').textContent).toBe('Showing 5,000 of 5,000 cases');
  });

  it('shows the RAG of every row in words and an icon, not colour alone', () => {
    render(<Harness />);
    for (const tr of bodyRows()) {
      const rag = within(tr).getByTestId('rag');
      const row = rows.find((r) => r.caseId === tr.dataset.caseId);
      expect(rag.textContent).toContain(RAG_LABELS[row?.rag ?? 'grey'].word);
      expect(rag.textContent).toContain(RAG_LABELS[row?.rag ?? 'grey'].icon);
      expect(rag.textContent).toContain(row?.ragText);
    }
  });

  it('says how far off the next deadline is, in working days ahead or days overdue', () => {
    render(<Harness />);
    const search = screen.getByLabelText('Case reference');
    const shownFor = (status: string) => {
      const row = rows.find((r) => r.nextDeadline?.status === status);
      fireEvent.change(search, { target: { value: row?.caseId } });
      return bodyRows().find((tr) => tr.dataset.caseId === row?.caseId)?.textContent ?? '';
    };
    expect(shownFor('overdue')).toMatch(/\(\d+ days? overdue\)/);
    expect(shownFor('due-soon')).toMatch(/\((today|tomorrow|in \d+ working days?)\)/);
    expect(shownFor('upcoming')).toMatch(/\(in \d+ working days\)/);
  });

  it('draws the rows further down when scrolled', () => {
    render(<Harness />);
    const box = scroller();
    box.scrollTop = ROW_HEIGHT * 2500;
    fireEvent.scroll(box);
    const indexes = bodyRows().map((tr) => Number(tr.getAttribute('aria-rowindex')));
    expect(Math.min(...indexes)).toBeGreaterThan(2400);
    expect(Math.max(...indexes)).toBeLessThan(2600);
    expect(bodyRows().length).toBeLessThan(60);
  });

  it('sorts by a column from its header button, announcing the order with aria-sort', () => {
    render(<Harness />);
    const header = screen.getByRole('columnheader', { name: /Status/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(bodyRows()[0]?.className).toContain('case-row-red');

    const caseHeader = screen.getByRole('columnheader', { name: /Case/ });
    fireEvent.click(within(caseHeader).getByRole('button'));
    expect(caseHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(header.hasAttribute('aria-sort')).toBe(false);
    expect(bodyRows()[0]?.dataset.caseId).toBe('T-00000');

    fireEvent.click(within(caseHeader).getByRole('button'));
    expect(caseHeader.getAttribute('aria-sort')).toBe('descending');
    expect(bodyRows()[0]?.dataset.caseId).toBe('T-04999');
  });

  it('filters to overdue cases only, and by case reference, with labelled controls', () => {
    render(<Harness />);
    const overdueTotal = rows.filter((r) => r.overdue > 0).length;
    fireEvent.click(screen.getByLabelText('Overdue only'));
    expect(screen.getByTestId('shown-count').textContent).toBe(
      `Showing ${overdueTotal.toLocaleString('en-GB')} of 5,000 cases`,
    );
    for (const tr of bodyRows()) {
      expect(rows.find((r) => r.caseId === tr.dataset.caseId)?.overdue).toBeGreaterThan(0);
    }
    fireEvent.click(screen.getByLabelText('Overdue only'));
    fireEvent.change(screen.getByLabelText('Case reference'), { target: { value: 'T-0421' } });
    expect(bodyRows().map((tr) => tr.dataset.caseId)).toEqual(
      expect.arrayContaining(['T-04210', 'T-04219']),
    );
    expect(bodyRows()).toHaveLength(10);
    fireEvent.change(screen.getByLabelText('Region'), { target: { value: 'not-recorded' } });
    expect(screen.getByTestId('no-matches').textContent).toMatch(/No cases match/);
  });

  it('moves between cases with the arrow keys, End and Home, drawing rows as it goes', () => {
    render(<Harness />);
    const links = () => screen.getAllByTestId('case-link');
    const first = links()[0] as HTMLElement;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-row-index')).toBe('1');
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement?.getAttribute('data-row-index')).toBe('4999');
    expect(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')).toBe('5001');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement?.getAttribute('data-row-index')).toBe('4998');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement?.getAttribute('data-row-index')).toBe('0');
  });

  it('counts the cases by RAG above the table', () => {
    render(<Harness />);
    const totals = screen.getByTestId('rag-totals').textContent ?? '';
    const red = rows.filter((r) => r.rag === 'red').length;
    expect(totals).toContain(`Red: ${red.toLocaleString('en-GB')}`);
  });
});
