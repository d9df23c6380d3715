import { useEffect, useState } from 'react';
import type { IsoDate } from '../../lib/domain';
import type { DashboardMemo, RowsProgress } from '../../lib/present/dashboard-memo';
import { type DashboardRoute, parseRoute } from '../../lib/present/dashboard-route';
import type { DashboardCaseInput } from '../../lib/present/dashboard-rows';
import type { RulesSetup } from '../../lib/present/dashboard-rules-setup';
import { todayInLondon } from '../../lib/rules/calendar';

/** Today in the UK, checked every minute so statuses turn over at midnight with the page open. */
export function useToday(clock: () => Date): IsoDate {
  const [today, setToday] = useState(() => todayInLondon(clock()));
  useEffect(() => {
    const timer = setInterval(() => setToday(todayInLondon(clock())), 60_000);
    return () => clearInterval(timer);
  }, [clock]);
  return today;
}

/** The view named by the page's fragment, following the back button. */
export function useHashRoute(): DashboardRoute {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Time the rules may take before the page gets to paint (and show progress). */
const SLICE_MS = 40;

/**
 * The rows, built a slice at a time so opening 5,000 cases never freezes the page: the first
 * build runs the rules for every case, later ones only for cases that changed (the memo).
 */
export function useDashboardRows(
  inputs: readonly DashboardCaseInput[] | undefined,
  setup: RulesSetup,
  memo: DashboardMemo,
): RowsProgress | undefined {
  const [progress, setProgress] = useState<RowsProgress | undefined>(undefined);
  useEffect(() => {
    if (!inputs) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      const started = performance.now();
      const next = memo.buildRows(inputs, setup, () => performance.now() - started > SLICE_MS);
      if (cancelled) return;
      setProgress(next);
      if (!next.rows) timer = setTimeout(step, 0);
    };
    step();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [inputs, setup, memo]);
  return progress;
}
