import type { FormAnswer, VisitFormChild } from '../../lib/present/sidebar-frame';

const SEEN_ALONE = /seen\s+alone/i;
const SEEN = /^\s*(child\s+)?seen\s*\??\s*$/i;
const REASON = /why not|reason/i;

const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const legendOf = (fieldset: Element) =>
  Array.from(fieldset.children).find((c) => c.tagName === 'LEGEND');

function answerOf(group: Element): FormAnswer {
  const checked = group.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  if (!checked) return 'unanswered';
  const label = checked.id ? group.querySelector(`label[for="${CSS.escape(checked.id)}"]`) : null;
  const said = `${checked.value} ${text(label)}`.trim();
  if (/^(y|yes|true)\b/i.test(said)) return 'yes';
  if (/^(n|no|false)\b/i.test(said)) return 'no';
  return 'unanswered';
}

function reasonGiven(childPart: Element): boolean {
  for (const label of Array.from(childPart.querySelectorAll('label'))) {
    if (!REASON.test(text(label))) continue;
    const field =
      (label.htmlFor ? childPart.ownerDocument.getElementById(label.htmlFor) : null) ??
      label.querySelector('textarea, input');
    if (field && 'value' in field && String(field.value).trim() !== '') return true;
  }
  return false;
}

/**
 * The children on a visit-recording form, read from its "Seen alone?" radio groups (a fieldset
 * whose legend says "seen alone", inside one fieldset per child whose legend is the child's
 * name). Undefined when the page has no such form. It only reads: the form is the host's.
 */
export function readVisitForm(root: ParentNode): VisitFormChild[] | undefined {
  // No radio button in any fieldset: no question below can be one (one native query, rather
  // than every fieldset's legend read, on a page of two thousand fieldsets: issue 8).
  if (!root.querySelector('fieldset input[type="radio"]')) return undefined;
  const questions = Array.from(root.querySelectorAll('fieldset')).filter(
    (f) => SEEN_ALONE.test(text(legendOf(f))) && f.querySelector('input[type="radio"]'),
  );
  if (questions.length === 0) return undefined;
  return questions.map((question) => {
    const childPart = question.parentElement?.closest('fieldset') ?? question.parentElement;
    const groups = childPart ? Array.from(childPart.querySelectorAll('fieldset')) : [];
    const seenGroup = groups.find((g) => g !== question && SEEN.test(text(legendOf(g))));
    return {
      name:
        childPart && childPart !== question ? text(legendOf(childPart)) || 'A child' : 'A child',
      seen: seenGroup ? answerOf(seenGroup) : 'unanswered',
      seenAlone: answerOf(question),
      reasonGiven: childPart ? reasonGiven(childPart) : false,
    };
  });
}
