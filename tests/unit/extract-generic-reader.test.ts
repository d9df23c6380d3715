// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  type LabelledValue,
  readGenericPage,
  readLabelledValues,
  readPage,
  readTables,
} from '../../lib/extract';

const NOW = new Date('2026-11-25T12:00:00Z');
const URL_OF_PAGE = new URL('https://cases.example.gov.uk/case/77/summary?tab=1#top');

function page(body: string): Document {
  const doc = document.implementation.createHTMLDocument('case');
  doc.body.innerHTML = body;
  return doc;
}

/** Label → [text, checked, how it was found], the way a reader of the page would list them. */
function pairsOf(body: string | Document) {
  const doc = typeof body === 'string' ? page(body) : body;
  return readLabelledValues(doc.body).map((p: LabelledValue) => [
    p.label,
    p.text,
    p.checked,
    p.source,
  ]);
}

describe('readLabelledValues finds label/value pairs in every common layout', () => {
  it('description lists, including several values for one term and <div> groups', () => {
    expect(
      pairsOf(`<dl>
        <dt>ICPC date</dt><dd>17/12/2026</dd>
        <div><dt>Plan end date:</dt><dd> 1 Jan 2027 </dd></div>
        <dt>Attendees</dt><dd>Jo Bloggs</dd><dd>Sam Smith</dd>
      </dl>`),
    ).toEqual([
      ['ICPC date', '17/12/2026', undefined, 'dl'],
      ['Plan end date', '1 Jan 2027', undefined, 'dl'],
      ['Attendees', 'Jo Bloggs\nSam Smith', undefined, 'dl'],
    ]);
  });

  it('table rows of a header cell and a value cell, and two plain cells', () => {
    expect(
      pairsOf(`<table><tbody>
        <tr><th scope="row">Date of ICPC</th><td>17/12/2026</td></tr>
        <tr><td>Region</td><td>Scotland</td></tr>
      </tbody></table>`),
    ).toEqual([
      ['Date of ICPC', '17/12/2026', undefined, 'table-row'],
      ['Region', 'Scotland', undefined, 'table-row'],
    ]);
  });

  it('<label for> with text inputs, textareas and input type=date', () => {
    expect(
      pairsOf(`<label for="a">ICPC date</label> <input id="a" value="17/12/2026">
        <label for="b">Attendees</label><textarea id="b">Jo Bloggs
Sam Smith</textarea>
        <label for="c">Visit date</label><input type="date" id="c" value="2026-11-20">`),
    ).toEqual([
      ['ICPC date', '17/12/2026', undefined, 'label-for'],
      ['Attendees', 'Jo Bloggs\nSam Smith', undefined, 'label-for'],
      ['Visit date', '2026-11-20', undefined, 'label-for'],
    ]);
  });

  it('reads what the worker typed, not the value the page was served with', () => {
    const doc = page('<label for="a">ICPC date</label><input id="a" value="01/01/2026">');
    (doc.getElementById('a') as HTMLInputElement).value = '17/12/2026';
    expect(pairsOf(doc)).toEqual([['ICPC date', '17/12/2026', undefined, 'label-for']]);
  });

  it('wrapping labels, without the control’s own text in the label', () => {
    expect(
      pairsOf(`<label>Core group date <input value="5 May 2027"></label>
        <label>Region: <select><option>England</option><option selected>Wales</option></select></label>`),
    ).toEqual([
      ['Core group date', '5 May 2027', undefined, 'label-wrap'],
      ['Region', 'Wales', undefined, 'label-wrap'],
    ]);
  });

  it('checkboxes, ticked and not, by label-for, wrapping label and ARIA', () => {
    const doc = page(`<input type="checkbox" id="s" checked><label for="s">Seen alone</label>
      <label><input type="checkbox"> Pre-verbal</label>
      <span id="cs">Child seen</span><div role="checkbox" aria-checked="true" aria-labelledby="cs"></div>`);
    expect(pairsOf(doc)).toEqual([
      ['Seen alone', '', true, 'label-for'],
      ['Pre-verbal', '', false, 'label-wrap'],
      ['Child seen', '', true, 'aria-labelledby'],
    ]);
  });

  it('the selected option of a select, as changed on the page', () => {
    const doc = page(`<label for="st">Status</label>
      <select id="st"><option value="">Please select</option><option>Scheduled</option><option>Held</option></select>`);
    (doc.querySelectorAll('option')[2] as HTMLOptionElement).selected = true;
    expect(pairsOf(doc)).toEqual([['Status', 'Held', undefined, 'label-for']]);
  });

  it('a control labelled the same way twice counts once; labelled two ways, it is both', () => {
    // <label for> and aria-labelledby naming the same words: one value, not two.
    expect(
      pairsOf(`<label for="d">Visit date</label><span id="dl">Visit date</span>
        <input id="d" aria-labelledby="dl" value="3/4/2027">`),
    ).toEqual([['Visit date', '3/4/2027', undefined, 'label-for']]);
    // Two different labels, then the first again: both kept, the repeat dropped.
    expect(
      pairsOf(`<label for="e">Visit date</label><label for="e">Date seen</label>
        <span id="el">visit date</span>
        <input id="e" aria-labelledby="el" value="5/4/2027">`),
    ).toEqual([
      ['Visit date', '5/4/2027', undefined, 'label-for'],
      ['Date seen', '5/4/2027', undefined, 'label-for'],
    ]);
  });

  it('a "Label: value" line that is also a structured pair is read once, as the structure', () => {
    // Two spans side by side make a pair, and their text makes the line "Name: Ann Example".
    expect(pairsOf('<div><span>Name:</span> <span>Ann Example</span></div>')).toEqual([
      ['Name', 'Ann Example', undefined, 'adjacent'],
    ]);
    // A line whose value differs from the structure's is a value of its own.
    expect(
      pairsOf('<div><span>Name:</span> <span>Ann Example</span> (known as Annie)</div>'),
    ).toEqual([['Name', 'Ann Example (known as Annie)', undefined, 'text']]);
  });

  it('aria-labelledby with several label ids, and aria-label on a control', () => {
    expect(
      pairsOf(`<span id="l1">Review</span><span id="l2">conference date</span>
        <span aria-labelledby="l1 l2">3/4/2027</span>
        <input aria-label="Plan end date" value="1/1/2027">`),
    ).toEqual([
      ['Review conference date', '3/4/2027', undefined, 'aria-labelledby'],
      ['Plan end date', '1/1/2027', undefined, 'aria-label'],
    ]);
  });

  it('"Label: value" text in paragraphs, list items, bold labels and <br> lines', () => {
    expect(
      pairsOf(`<p><strong>ICPC date:</strong> 17/12/2026</p>
        <ul><li>Region: Scotland</li></ul>
        <div>Child ID: P-1<br>Date of birth: 3 Mar 2019</div>
        <p>Visit at 10:30 went well</p>
        <p>See https://example.org/x</p>`),
    ).toEqual([
      ['ICPC date', '17/12/2026', undefined, 'text'],
      ['Region', 'Scotland', undefined, 'text'],
      ['Child ID', 'P-1', undefined, 'text'],
      ['Date of birth', '3 Mar 2019', undefined, 'text'],
      ['Visit at 10', '30 went well', undefined, 'text'],
    ]);
  });

  it('a label and a value side by side in two plain elements', () => {
    expect(
      pairsOf(`<div class="row"><div class="k">ICPC date</div><div class="v">17/12/2026</div></div>
        <div><span>Region</span> <span>Wales</span> <button>Edit</button></div>`),
    ).toEqual([
      ['ICPC date', '17/12/2026', undefined, 'adjacent'],
      ['Region', 'Wales', undefined, 'adjacent'],
    ]);
  });

  it('radio groups: the legend and the chosen answer, or blank when none is chosen', () => {
    expect(
      pairsOf(`<fieldset><legend>Seen alone?</legend>
          <input type="radio" id="y" name="a" checked><label for="y">Yes</label>
          <input type="radio" id="n" name="a"><label for="n">No</label></fieldset>
        <fieldset><legend>Child seen?</legend>
          <label><input type="radio" name="b"> Yes</label><label><input type="radio" name="b"> No</label></fieldset>`),
    ).toEqual([
      ['Seen alone?', 'Yes', undefined, 'fieldset'],
      ['Child seen?', '', undefined, 'fieldset'],
    ]);
  });

  it('ignores clutter: scripts, styles, hidden parts, buttons and icons around values', () => {
    expect(
      pairsOf(`<table role="presentation"><tr><td><table><tr>
          <th>ICPC date <span class="req">*</span></th>
          <td><span class="icon"></span><b>17/12/2026</b> <button>Change</button><script>var x = "18/12/2026";</script>
            <span hidden>20/12/2026</span><span style="display: none">21/12/2026</span></td>
        </tr></table></td></tr></table>
        <style>dd::after { content: "19/12/2026" }</style>`),
    ).toEqual([['ICPC date', '17/12/2026', undefined, 'table-row']]);
  });

  it('survives hostile markup: markup as text, broken references, absurd spans and deep nesting', () => {
    const doc = page(`<dl><dt>Child</dt><dd>&lt;img src=x onerror=alert(1)&gt;</dd></dl>
      <label for="nowhere">Seen alone</label>
      <span id="me" aria-labelledby="me">Self</span>
      <table><thead><tr><th colspan="99999">Visit date</th></tr></thead><tbody><tr><td rowspan="99999">1/2/2026</td></tr></tbody></table>
      <p>Core group date: 3/4/2026 <unclosed><div>Status: Held`);
    let deepest = doc.body;
    for (let i = 0; i < 3000; i++) {
      const child = doc.createElement(i % 2 ? 'span' : 'div');
      deepest.appendChild(child);
      deepest = child;
    }
    deepest.textContent = 'Plan end date: 1/1/2027';
    const pairs = pairsOf(doc);
    expect(pairs).toContainEqual(['Child', '<img src=x onerror=alert(1)>', undefined, 'dl']);
    expect(pairs).toContainEqual(['Core group date', '3/4/2026', undefined, 'text']);
    expect(pairs).toContainEqual(['Status', 'Held', undefined, 'text']);
    expect(pairs).toContainEqual(['Plan end date', '1/1/2027', undefined, 'text']);
    expect(pairs.map((p) => p[0])).not.toContain('Seen alone');
    expect(readTables(doc.body)[0]?.headers.length).toBeLessThanOrEqual(60);
  });
});

describe('readTables', () => {
  it('reads header rows, lines cells up under colspan and rowspan, and skips "no records" rows', () => {
    const doc =
      page(`<table><thead><tr><th>Date</th><th colspan="2">Child</th><th>Seen alone</th></tr></thead>
      <tbody>
        <tr><td rowspan="2">1/2/2026</td><td>Mia</td><td>P-1</td><td><input type="checkbox" checked></td></tr>
        <tr><td>Leo</td><td>P-2</td><td>N</td></tr>
        <tr><td colspan="4">No more visits</td></tr>
      </tbody></table>
      <table><tr><th>Action</th><th>Owner</th></tr><tr><td>Refer</td><td>SW</td></tr></table>`);
    const tables = readTables(doc.body).map((t) => ({
      headers: t.headers,
      rows: t.rows.map((r) => r.cells.map((c) => (c.checked === undefined ? c.text : c.checked))),
    }));
    expect(tables).toEqual([
      {
        headers: ['Date', 'Child', '', 'Seen alone'],
        rows: [
          ['1/2/2026', 'Mia', 'P-1', true],
          ['1/2/2026', 'Leo', 'P-2', 'N'],
        ],
      },
      { headers: ['Action', 'Owner'], rows: [['Refer', 'SW']] },
    ]);
  });
});

describe('readGenericPage maps what it finds through the synonyms', () => {
  const read = (body: string) => readGenericPage(page(body), URL_OF_PAGE, { now: NOW });

  it('reads a case summary with a plain label/value layout', () => {
    expect(
      read(`<h1>Case</h1><dl><dt>Case reference</dt><dd>C-77</dd><dt>Nation</dt><dd>Wales</dd>
        <dt>Initial child protection conference</dt><dd>Thu 17 Sep 2026</dd>
        <dt>Plan end date</dt><dd></dd></dl>`),
    ).toEqual({
      caseId: 'C-77',
      pageKind: 'case-summary',
      path: '/case/77/summary?tab=1',
      readAt: NOW.toISOString(),
      fields: { region: 'england-and-wales', icpcDate: '2026-09-17' },
      unread: [],
    });
  });

  it('puts repeated blocks together by where they sit, a visit with a block per child', () => {
    const visit = (date: string, children: string) =>
      `<section><h3>Visit</h3><p>Date of visit: ${date}</p>${children}</section>`;
    const child = (id: string, seen: string, alone: string) =>
      `<div class="child"><p>Child ID: ${id}</p><p>Seen: ${seen}</p><p>Seen alone: ${alone}</p></div>`;
    const result = read(`<p>Case ID: C-77</p>
      ${visit('2/11/2026', child('P-1', 'Yes', 'Yes') + child('P-2', 'Yes', 'No'))}
      ${visit('9/11/2026', child('P-1', 'No', ''))}`);
    expect(result?.pageKind).toBe('visit');
    expect(result?.fields.visits).toEqual([
      {
        date: '2026-11-02',
        children: [
          { childId: 'P-1', seen: true, seenAlone: true },
          { childId: 'P-2', seen: true, seenAlone: false },
        ],
      },
      { date: '2026-11-09', children: [{ childId: 'P-1', seen: false }] },
    ]);
    expect(result?.unread).toEqual([]);
  });

  it('reads a list from a table whose headers name it, and lists what it could not read', () => {
    const result = read(`<p>Case ID: C-77</p>
      <table><thead><tr><th>Date</th><th>Status</th><th>Attendees</th><th>Minutes circulated</th></tr></thead><tbody>
        <tr><td>01/10/2026</td><td>Held</td><td><ul><li>Jo (SW)</li><li>Sam (school)</li></ul></td><td>03/10/2026</td></tr>
        <tr><td>31/11/2026</td><td>Held</td><td>None</td><td></td></tr>
        <tr><td>10/12/2026</td><td></td><td></td><td></td></tr>
        <tr><td>11/11/2026</td><td>Postponed</td><td></td><td></td></tr>
      </tbody></table>`);
    expect(result?.pageKind).toBe('core-group');
    expect(result?.fields.coreGroups).toEqual([
      {
        date: '2026-10-01',
        status: 'held',
        attendees: [
          { name: 'Jo', role: 'SW' },
          { name: 'Sam', role: 'school' },
        ],
        minutesCirculatedDate: '2026-10-03',
      },
      { date: '2026-12-10', status: 'scheduled' },
    ]);
    expect(result?.unread).toEqual([
      {
        field: 'coreGroups.date',
        label: 'Date',
        raw: '31/11/2026',
        reason: 'coreGroups item 2: not a real date: November 2026 has 30 days, not 31',
      },
      {
        field: 'coreGroups.status',
        label: 'Status',
        raw: 'Postponed',
        reason: 'coreGroups item 4: neither held nor scheduled',
      },
    ]);
  });

  it('says when a value is there but cannot be read, and when two values disagree', () => {
    const result = read(`<dl><dt>Case ID</dt><dd>C-77</dd><dt>ICPC date</dt><dd>TBC</dd>
      <dt>Region</dt><dd>Scotland</dd></dl><p>Nation: England</p>`);
    expect(result?.fields).toEqual({});
    expect(result?.unread).toEqual([
      {
        field: 'region',
        label: 'Region',
        raw: 'Scotland | England',
        reason: 'shown more than once with different values',
      },
      { field: 'icpcDate', label: 'ICPC date', raw: 'TBC', reason: 'says "TBC": no date given' },
    ]);
  });

  it('does not read a plan whose section labels it does not all know', () => {
    const result = read(`<p>Case ID: C-77</p><p>Child ID: P-1</p>
      <h2>Plan</h2><dl><dt>Contingency plan</dt><dd>Seek legal advice.</dd><dt>Our special heading</dt><dd>…</dd></dl>`);
    expect(result?.fields.plans).toBeUndefined();
    expect(result?.unread).toEqual([
      {
        field: 'plans.sections',
        reason:
          'only 1 of 12 plan sections recognised: the others may be on the page under labels this does not know',
      },
    ]);
  });

  it('finds nothing case-like on an ordinary page, and needs a case id to read a case page', () => {
    expect(
      read('<article><h1>News</h1><p>Date: 17/12/2026</p><p>Status: Held</p></article>'),
    ).toBeNull();
    const noId = page('<dl><dt>ICPC date</dt><dd>17/12/2026</dd></dl>');
    expect(readGenericPage(noId, URL_OF_PAGE)).toBeNull();
    expect(readPage(noId, URL_OF_PAGE, [])).toEqual({
      kind: 'not-a-case-page',
      reason: 'no case id found on the page',
    });
  });
});

describe('speed: one pass, no layout reads', () => {
  // How fast it reads is the bench's to judge (npm run bench, extraction budget), not a unit
  // test's: timings on a shared machine would make this test fail for reasons of its own.
  it('reads every row of a 2,000-row visit table', () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) =>
        `<tr><td>${(i % 28) + 1}/${(Math.floor(i / 28) % 12) + 1}/${2000 + Math.floor(i / 336)}</td><td><a href="/c/${i}">Child ${i}</a></td><td>P-${i}</td><td>Y</td><td><span class="badge">N</span></td><td>Note ${i}: fine</td></tr>`,
    ).join('');
    const doc = page(
      `<p>Case ID: C-1</p><table><thead><tr><th>Visit date</th><th>Child</th><th>Child ID</th><th>Seen</th><th>Seen alone</th><th>Notes</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
    const visits = readGenericPage(doc, URL_OF_PAGE, { now: NOW })?.fields.visits ?? [];
    expect(visits).toHaveLength(2000);
    expect(visits[1999]?.date).toBe('2005-12-12');
  }, 60_000);
});
