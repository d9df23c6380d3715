import type { CaseFindings } from './due-reminders';

/** Current deadlines not done and past due, over every case: the toolbar badge's number. */
export function overdueCount(cases: readonly Pick<CaseFindings, 'findings'>[]): number {
  let count = 0;
  for (const c of cases) {
    for (const f of c.findings) if (f.occurrence === 'current' && f.status === 'overdue') count++;
  }
  return count;
}

export interface Badge {
  /** Empty hides the badge. Four characters at most: more do not fit on the icon. */
  text: string;
  /** The toolbar button's tooltip, which screen readers announce. */
  title: string;
}

export function overdueBadge(count: number): Badge {
  if (count <= 0) return { text: '', title: 'Core Group Lens: nothing overdue in the cases read' };
  return {
    text: count > 999 ? '999+' : String(count),
    title: `Core Group Lens: ${count} overdue deadline${count === 1 ? '' : 's'} in the cases read. Open the dashboard to see them.`,
  };
}
