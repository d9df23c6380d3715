// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { demoCases, recordFor } from '../../demo/cases';
import { respondToDemoRequest } from '../../demo/routes';
import { readVisitForm } from '../../entrypoints/content/visit-form-watch';
import { type CaseRecordInput, CaseRecordSchema } from '../../lib/domain';
import { computeFindings } from '../../lib/rules/compute-findings';
import { getProcedure } from '../../lib/rules/procedures';

afterEach(cleanup);

const TODAY = '2026-11-25';
const record = (input: Partial<CaseRecordInput>) =>
  CaseRecordSchema.parse({ caseId: 'CF-9', region: 'england-and-wales', ...input });

describe('the content script’s reading of a visit form', () => {
  function formDocument(): Document {
    const response = respondToDemoRequest(
      { method: 'GET', url: '/careflow/case/CF-1001/visits/new' },
      { today: TODAY, baseUrl: 'http://127.0.0.1:4173' },
    );
    return new DOMParser().parseFromString(response.body, 'text/html');
  }
  const ambledown = demoCases(TODAY).find((c) => c.views.some((v) => v.caseId === 'CF-1001'));

  it('finds each child on the demo form, every answer still open', () => {
    const doc = formDocument();
    const view = ambledown?.views[0];
    if (!ambledown || !view) throw new Error('the demo has no CF-1001');
    const children = recordFor(ambledown, view).children;
    expect(readVisitForm(doc)).toEqual(
      children.map((c) => ({
        name: c.name,
        seen: 'unanswered',
        seenAlone: 'unanswered',
        reasonGiven: false,
      })),
    );
  });

  it('follows the answers as they are given, and the reason when not alone', () => {
    const doc = formDocument();
    const [first, second] = Array.from(doc.querySelectorAll('fieldset.cf-visit-child'));
    const answer = (part: Element | undefined, name: string, value: string) => {
      const input = part?.querySelector<HTMLInputElement>(
        `input[name$="-${name}"][value="${value}"]`,
      );
      if (!input) throw new Error(`no ${name} ${value} radio`);
      input.checked = true;
    };
    answer(first, 'seen', 'yes');
    answer(first, 'seen-alone', 'no');
    answer(second, 'seen-alone', 'yes');
    let form = readVisitForm(doc);
    expect(form?.[0]).toMatchObject({ seen: 'yes', seenAlone: 'no', reasonGiven: false });
    expect(form?.[1]).toMatchObject({ seen: 'unanswered', seenAlone: 'yes' });
    (first?.querySelector('textarea') as HTMLTextAreaElement).value = 'Asleep';
    form = readVisitForm(doc);
    expect(form?.[0]?.reasonGiven).toBe(true);
  });

  it('finds nothing on a page without a seen-alone question', () => {
    const doc = new DOMParser().parseFromString(
      '<form><fieldset><legend>Child seen?</legend><input type="radio"></fieldset></form>',
      'text/html',
    );
    expect(readVisitForm(doc)).toBeUndefined();
  });
});

describe('prompts in context', () => {
  const r = record({
    icpcDate: '2026-10-01',
    children: [
      { id: 'amy', name: 'Amy' },
      { id: 'ben', name: 'Ben', preVerbal: true },
    ],
    coreGroups: [{ date: '2026-10-08', status: 'held' }],
    visits: [
      {
        date: '2026-11-20',
        children: [
          { childId: 'amy', seen: true, seenAlone: true },
          { childId: 'ben', seen: true },
        ],
      },
    ],
  });
  const findings = computeFindings(r, { today: TODAY });
  const show = (extra: object) =>
    render(
      <Sidebar
        caseId="CF-9"
        today={TODAY}
        record={r}
        findings={findings}
        unread={[]}
        procedure={getProcedure('england')}
        {...extra}
      />,
    );

  it('on a visit form, names who has no seen-alone answer, and says when all are answered', () => {
    show({
      visitForm: [
        { name: 'Amy', seen: 'yes', seenAlone: 'unanswered', reasonGiven: false },
        { name: 'Ben', seen: 'yes', seenAlone: 'no', reasonGiven: false },
      ],
    });
    const prompt = screen.getByTestId('visit-form-prompt');
    expect(
      within(prompt)
        .getAllByTestId('visit-form-gap')
        .map((g) => g.dataset.gap),
    ).toEqual(['seen-alone-unanswered', 'reason-missing']);
    expect(prompt.textContent).toContain(
      'Pre-verbal: record that they were seen, and why not alone.',
    );
    cleanup();
    show({ visitForm: [{ name: 'Amy', seen: 'yes', seenAlone: 'yes', reasonGiven: false }] });
    expect(screen.getByTestId('visit-form-prompt').textContent).toContain(
      'Seen alone is answered for every child',
    );
  });

  it('on a core group page only, gives the dates the next meetings must fall by and the minutes due', () => {
    show({ pageKind: 'visit' });
    expect(screen.queryByTestId('core-group-prompt')).toBeNull();
    cleanup();
    show({ pageKind: 'core-group' });
    const prompt = screen.getByTestId('core-group-prompt');
    // Held Thu 8 Oct: the next by Thu 19 Nov (overdue today), the review due by Fri 1 Jan 2027.
    expect(within(prompt).getByTestId('next-core-group').textContent).toBe('Thu 19 Nov 2026');
    expect(prompt.textContent).toContain('6 days overdue');
    expect(prompt.textContent).toContain('The review conference is due by Fri 1 Jan 2027');
    expect(within(prompt).getByTestId('minutes-due').textContent).toContain(
      'Minutes of the core group on 08/10/2026: due by 15/10/2026',
    );
  });

  it('prompts to escalate when core groups have drifted, under the procedure in use', () => {
    show({});
    const escalation = screen.getByTestId('escalation');
    expect(escalation.textContent).toContain('Core groups have drifted.');
    expect(escalation.textContent).toContain(
      'Next core group was due by 19/11/2026 (6 days overdue)',
    );
    expect(escalation.textContent).toContain(getProcedure('england').name);
  });
});
