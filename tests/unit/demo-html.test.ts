// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  isWeekend,
  shortMonthDate,
  slashDate,
  todayInLondon,
  weekdayLongDate,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
} from '../../demo/dates';
import { escapeHtml, html } from '../../demo/html';

const DAY_MS = 86_400_000;
const anyDate = fc
  .integer({ min: -36_500, max: 36_500 })
  .map((n) => new Date(Date.UTC(2000, 0, 1) + n * DAY_MS).toISOString().slice(0, 10));
const daysFrom = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

// Text as the HTML parser keeps it: it turns CR and CRLF into LF and NUL into U+FFFD.
const parserSafe = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\0/g, '');
const hostileText = fc
  .oneof(
    fc.string({
      unit: fc.constantFrom('<', '>', '&', '"', "'", '/', '=', ';', '#', 'a', ' ', '\n'),
    }),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom(
      '<script>alert(2)</script>',
      '<img src=x onerror="alert(1)">',
      '</textarea><script>alert(3)</script>',
      '" autofocus onfocus="alert(4)',
      '&lt;already escaped&gt;',
    ),
  )
  .map(parserSafe);

function parse(markup: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
}

describe('escapeHtml and html', () => {
  it('shows any text as that text, in element content, textareas and attribute values', () => {
    fc.assert(
      fc.property(hostileText, (value) => {
        const doc = parse(
          html`<p id="p">${value}</p><textarea id="t">${value}</textarea><input id="i" value="${value}"><span title='${value}' id="s"></span>`
            .markup,
        );
        expect(doc.getElementById('p')?.textContent).toBe(value);
        // Browsers drop a textarea's one leading newline (happy-dom keeps it): not escaping's concern.
        expect(doc.getElementById('t')?.textContent?.replace(/^\n/, '')).toBe(
          value.replace(/^\n/, ''),
        );
        expect(doc.getElementById('i')?.getAttribute('value')).toBe(value);
        expect(doc.getElementById('s')?.getAttribute('title')).toBe(value);
        expect(doc.querySelectorAll('script, img, [onerror], [onfocus]').length).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes the five characters that carry meaning in HTML, and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a> é 😀`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; é 😀',
    );
  });

  it('keeps nested html as markup, escapes everything else once, and skips empty values', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${['<', html`<br>`]}${undefined}${null}${false}${3}</p>`.markup).toBe(
      '<p><b>&lt;i&gt;</b>&lt;<br>3</p>',
    );
    // A string that looks like Html is still text: only values built by `html` are markup.
    expect(html`${{ markup: '<x>' } as unknown as string}`.markup).not.toContain('<x>');
  });
});

describe('the demo calendar', () => {
  it('adds days across months, leap years and years, and back again', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28');
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -2000, max: 2000 }), (date, n) => {
        expect(daysFrom(date, addDays(date, n))).toBe(n);
        expect(addDays(addDays(date, n), -n)).toBe(date);
      }),
    );
  });

  it('moves a weekend date to the nearest weekday in the direction asked, never further', () => {
    expect(weekdayOnOrBefore('2026-11-28')).toBe('2026-11-27');
    expect(weekdayOnOrBefore('2026-11-29')).toBe('2026-11-27');
    expect(weekdayOnOrAfter('2026-11-28')).toBe('2026-11-30');
    expect(weekdayOnOrAfter('2026-11-25')).toBe('2026-11-25');
    fc.assert(
      fc.property(anyDate, (date) => {
        const back = weekdayOnOrBefore(date);
        const on = weekdayOnOrAfter(date);
        expect(isWeekend(back) || isWeekend(on)).toBe(false);
        expect(daysFrom(back, date)).toBeGreaterThanOrEqual(0);
        expect(daysFrom(back, date)).toBeLessThanOrEqual(2);
        expect(daysFrom(date, on)).toBeGreaterThanOrEqual(0);
        expect(daysFrom(date, on)).toBeLessThanOrEqual(2);
        if (!isWeekend(date)) expect([back, on]).toEqual([date, date]);
      }),
    );
  });

  it('writes dates the way each system does', () => {
    expect(slashDate('2026-12-17')).toBe('17/12/2026');
    expect(slashDate('2027-03-05')).toBe('05/03/2027');
    expect(shortMonthDate('2026-12-17')).toBe('17 Dec 2026');
    expect(shortMonthDate('2027-03-05')).toBe('5 Mar 2027');
    expect(weekdayLongDate('2026-12-17')).toBe('Thu 17 December 2026');
    expect(weekdayLongDate('2027-03-05')).toBe('Fri 5 March 2027');
    fc.assert(
      fc.property(anyDate, (date) => {
        const [y, m, d] = date.split('-');
        expect(slashDate(date)).toBe(`${d}/${m}/${y}`);
        const expectedWeekday = new Date(`${date}T00:00:00Z`).toUTCString().slice(0, 3);
        expect(weekdayLongDate(date).startsWith(expectedWeekday)).toBe(true);
        expect(weekdayLongDate(date)).toContain(` ${Number(d)} `);
      }),
    );
    expect(() => slashDate('2026-02-30')).toThrow();
  });

  it('gives the date in London, in summer time and out of it', () => {
    expect(todayInLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInLondon(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
    expect(todayInLondon(new Date('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
    expect(todayInLondon(new Date('2026-03-28T23:59:59Z'))).toBe('2026-03-28');
    expect(todayInLondon(new Date('2026-03-29T23:00:00Z'))).toBe('2026-03-30');
  });
});
