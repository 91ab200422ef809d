// A study block is written in floating local time exactly as stored, whatever the computer's
// time zone: a block at 02:30 on the day clocks spring forward (a time that does not exist in
// that zone) stays 02:30, and one in the hour that repeats in autumn stays as it is too. The
// file is read back with a calendar library (ical.js), as a calendar app would. The zone is
// set for this file only (Node reads TZ again when it changes) and put back after it.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deadline, ExportBlock } from '../../../shared/domain/study';
import { exportItems } from '../../../renderer/src/features/study/calendar-export';
import { icsText } from '../../../renderer/src/features/study/ics';

const blocks: ExportBlock[] = [
  { id: 'b1', planId: 'p1', date: '2026-03-08', start: '02:30', minutes: 60, edited: false },
  { id: 'b2', planId: 'p1', date: '2026-03-29', start: '01:15', minutes: 90, edited: false },
  { id: 'b3', planId: 'p1', date: '2026-11-01', start: '01:30', minutes: 45, edited: false },
  { id: 'b4', planId: 'p1', date: '2026-03-08', start: '23:45', minutes: 15, edited: false },
];
const deadlines: Deadline[] = [{ id: 'exam:acp', kind: 'exam', date: '2026-03-08', title: 'ACP' }];

function exported() {
  const text = icsText(
    exportItems({
      blocks,
      planTitles: new Map([['p1', 'PMI-ACP exam']]),
      deadlines,
      cancelled: [],
      today: '2026-03-01',
      reminderLeadDays: 7,
    }),
  );
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { text, events };
}

describe.each([
  // [zone, a wall-clock time that zone skips, what a Date made of it shows]
  ['America/New_York', [2026, 2, 8, 2, 30], 3],
  ['Europe/London', [2026, 2, 29, 1, 15], 2],
])('the calendar file in %s', (zone, skipped, shownHour) => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });

  it('runs in that zone (a Date cannot hold the skipped time)', () => {
    const [y, mo, d, h, mi] = skipped as [number, number, number, number, number];
    expect(new Date(y, mo, d, h, mi).getHours()).toBe(shownHour);
  });

  it('writes every block at its stored day and time, floating, with its length', () => {
    const { events } = exported();
    const study = events
      .filter((e) => e.summary === 'Study: PMI-ACP exam')
      .map((e) => [e.startDate.toString(), e.startDate.zone?.tzid, e.endDate.toString()])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(study).toEqual([
      ['2026-03-08T02:30:00', 'floating', '2026-03-08T03:30:00'],
      ['2026-03-08T23:45:00', 'floating', '2026-03-09T00:00:00'],
      ['2026-03-29T01:15:00', 'floating', '2026-03-29T02:45:00'],
      ['2026-11-01T01:30:00', 'floating', '2026-11-01T02:15:00'],
    ]);
  });

  it('the text has the stored time, no "Z" and no TZID', () => {
    const { text } = exported();
    const starts = text.split('\r\n').filter((l) => l.startsWith('DTSTART'));
    expect(starts.sort()).toEqual([
      'DTSTART:20260308T023000',
      'DTSTART:20260308T234500',
      'DTSTART:20260329T011500',
      'DTSTART:20261101T013000',
      'DTSTART;VALUE=DATE:20260308',
    ]);
    expect(
      text
        .split('\r\n')
        .filter((l) => /^(DURATION|DTEND)/.test(l))
        .sort(),
    ).toEqual([
      'DTEND;VALUE=DATE:20260309',
      'DURATION:PT15M',
      'DURATION:PT1H',
      'DURATION:PT1H30M',
      'DURATION:PT45M',
    ]);
  });

  it('a deadline stays an all-day event on its day, its alarms at 09:00 the days before', () => {
    const { events } = exported();
    const exam = events.find((e) => e.summary === 'ACP exam');
    expect(exam?.startDate.toString()).toBe('2026-03-08');
    expect(exam?.endDate.toString()).toBe('2026-03-09');
    const rings = exam!.component.getAllSubcomponents('valarm').map((a) => {
      const at = exam!.startDate.clone();
      at.isDate = false;
      at.addDuration(a.getFirstPropertyValue('trigger') as ICAL.Duration);
      return at.toString();
    });
    expect(rings).toEqual(['2026-03-01T09:00:00', '2026-03-07T09:00:00']);
  });
});
