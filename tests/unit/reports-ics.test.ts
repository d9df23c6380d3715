import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { demoCases } from '../../demo/cases';
import { CaseRecordSchema } from '../../lib/domain';
import { CALENDAR_RULES, calendarEntries } from '../../lib/reports/calendar-events';
import { buildIcs, CALENDAR_NAME } from '../../lib/reports/calendar-ics';
import { GENERATED_NOTICE } from '../../lib/reports/generated-notice';
import { computeFindings } from '../../lib/rules/compute-findings';

const TODAY = '2026-11-25';
const NOW = new Date('2026-11-25T16:30:00.000Z');
const records = demoCases(TODAY).map((c) => c.record);
const cases = records.map((record) => ({
  caseId: record.caseId,
  record,
  findings: computeFindings(record, { today: TODAY }),
}));

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)),
  };
}

function icsOf(includeNames = false) {
  const result = buildIcs(calendarEntries(cases, { today: TODAY, includeNames }), NOW);
  if (!result.ok) throw new Error(result.error);
  return result.ics;
}

describe('the calendar export', () => {
  it('is valid iCalendar: ical.js reads it back, one event per entry', () => {
    const entries = calendarEntries(cases, { today: TODAY });
    const ics = icsOf();
    const { calendar, events } = parse(ics);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Core Group Lens//Deadlines//EN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(CALENDAR_NAME);
    expect(events).toHaveLength(entries.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    // RFC 5545: lines end CRLF and none is longer than 75 octets.
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });

  it('puts each deadline on its day as an all-day, free event stamped with when it was made', () => {
    const { events } = parse(icsOf());
    const entries = calendarEntries(cases, { today: TODAY });
    for (const [i, event] of events.entries()) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(entries[i]?.date);
      expect(event.endDate.toString() > event.startDate.toString()).toBe(true);
      expect(event.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
      expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
        '2026-11-25T16:30:00Z',
      );
      expect(event.description).toContain(GENERATED_NOTICE);
    }
  });

  it('holds the upcoming core groups, reviews, minutes, reports and visits, never a past date', () => {
    const entries = calendarEntries(cases, { today: TODAY });
    expect(entries.every((e) => e.date >= TODAY)).toBe(true);
    const expected = cases.flatMap((c) =>
      c.findings.filter(
        (f) =>
          f.occurrence === 'current' &&
          CALENDAR_RULES.has(f.rule) &&
          (f.status === 'due-soon' || f.status === 'upcoming') &&
          f.due !== undefined,
      ),
    );
    expect(entries.filter((e) => e.kind === 'deadline')).toHaveLength(expected.length);
    const titles = entries.map((e) => e.title).join('\n');
    expect(titles).toMatch(/Next core group due: case CF-1001/);
    expect(titles).toMatch(/Review conference due: case/);
    expect(titles).toMatch(/Statutory visit due \(child 1\): case/);
    expect(titles).toMatch(/Core group booked: case CF-1001/);
    expect(titles).not.toMatch(/Seen alone/);
    // The overdue first core group of CF-1002 is not in a calendar as if it were still to come.
    expect(entries.some((e) => e.caseId === 'CF-1002' && /First core group/.test(e.title))).toBe(
      false,
    );
  });

  it('holds no name, person id or reason unless the user opts in', () => {
    const plain = icsOf(false);
    const named = icsOf(true);
    for (const record of records) {
      for (const child of record.children) {
        expect(plain).not.toContain(child.name.split(' ')[0]);
        expect(plain).not.toContain(child.id);
      }
    }
    const unfolded = named.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('Mia Ambledown');
    expect(unfolded).toMatch(/The next visit to/);
  });

  it('keeps the same id for the same deadline, so importing again updates it', () => {
    const before = calendarEntries(cases, { today: TODAY });
    const after = calendarEntries(cases, { today: '2026-11-26' });
    const uid = (title: string, list: typeof before) => list.find((e) => e.title === title)?.uid;
    const title = 'Review conference due: case CF-1001';
    expect(uid(title, before)).toBeDefined();
    expect(uid(title, after)).toBe(uid(title, before));
  });

  it('reads back any case reference exactly, commas, semicolons and all', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 50 })
          .filter((s) => s.trim() === s && !/[\r\n]/.test(s)),
        (caseId) => {
          const record = CaseRecordSchema.parse({
            caseId,
            region: 'england-and-wales',
            icpcDate: '2026-11-20',
          });
          const entries = calendarEntries(
            [{ caseId, record, findings: computeFindings(record, { today: TODAY }) }],
            { today: TODAY },
          );
          const result = buildIcs(entries, NOW);
          if (!result.ok) throw new Error(result.error);
          const { events } = parse(result.ics);
          expect(events.length).toBeGreaterThan(0);
          for (const event of events) expect(event.summary.endsWith(`: case ${caseId}`)).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });
});
