import type { Child } from '../domain';
import type { VisitFormChild } from './sidebar-frame';

export type VisitFormGap = 'seen-alone-unanswered' | 'reason-missing';

export interface VisitFormPromptItem {
  name: string;
  gap: VisitFormGap;
  /** The case record says this child is pre-verbal: seen, but not expected to be spoken to alone. */
  preVerbal: boolean;
  /** The conference decided this child need not be seen alone. */
  notRequired: boolean;
}

export interface VisitFormPrompt {
  /** How many children the form asks about. */
  children: number;
  items: VisitFormPromptItem[];
}

const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * What a visit being recorded still leaves unsaid. Working Together expects each child seen
 * alone at each visit "or the reason recorded", so a child seen without an answer to "seen alone?"
 * is prompted, and so is a "no" with no reason. A child recorded as not seen is not asked about
 * seen alone. The case record's children (matched by name) say who is pre-verbal.
 */
export function visitFormPrompt(
  form: readonly VisitFormChild[],
  caseChildren: readonly Child[] = [],
): VisitFormPrompt {
  const items: VisitFormPromptItem[] = [];
  for (const child of form) {
    if (child.seen === 'no') continue;
    const known = caseChildren.find((c) => sameName(c.name, child.name));
    const flags = {
      preVerbal: known?.preVerbal === true,
      notRequired: known?.seenAloneNotRequired === true,
    };
    if (child.seenAlone === 'unanswered') {
      items.push({ name: child.name, gap: 'seen-alone-unanswered', ...flags });
    } else if (child.seenAlone === 'no' && !child.reasonGiven) {
      items.push({ name: child.name, gap: 'reason-missing', ...flags });
    }
  }
  return { children: form.length, items };
}
