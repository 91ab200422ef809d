// A yearly minimum's last day in words (domain-facts §3 PeopleCert: 20 CPD points every 12
// months, 5 from professional experience; §4 ISACA: ≥ 20 CPE every calendar year): in the app
// what the year still lacks; in the calendar the year's whole minimum, which stays true while
// the event sits there.
import { describe, expect, it } from 'vitest';
import type { Deadline, YearlyMinimumDue } from '../../../shared/domain/study';
import { formatDate as day } from '../../../renderer/src/components/format';
import { alarmText, calendarTitle } from '../../../renderer/src/features/study/calendar-words';
import { deadlineTitle, reminderText } from '../../../renderer/src/features/study/messages';

const cpdYear = { start: '2026-01-20', end: '2027-01-19' };
const prince2 = (short: number, experience: number | null): Deadline => ({
  id: 'yearly-minimum:h:2026-01-20',
  kind: 'yearly-minimum',
  date: cpdYear.end,
  title: 'PRINCE2 Practitioner',
  yearly: {
    period: cpdYear,
    unit: 'CPD',
    minimum: 20,
    short,
    categories:
      experience === null ? [] : [{ category: 'professional-experience', short: experience }],
    categoryMinimums: [{ category: 'professional-experience', minimum: 5 }],
  },
});
const cisa = (yearly: Partial<YearlyMinimumDue>): Deadline => ({
  id: 'yearly-minimum:c:2026-01-01',
  kind: 'yearly-minimum',
  date: '2026-12-31',
  title: 'CISA',
  yearly: {
    period: { start: '2026-01-01', end: '2026-12-31' },
    unit: 'CPE',
    minimum: 20,
    short: 12,
    categories: [],
    categoryMinimums: [],
    ...yearly,
  },
});

describe('deadlineTitle: what the year still lacks', () => {
  it.each([
    [
      'nothing counted yet',
      prince2(20, 5),
      'PRINCE2 Practitioner: 20 CPDs, 5 of them Professional experience, due this year',
    ],
    [
      '8 counted, none of experience',
      prince2(12, 5),
      'PRINCE2 Practitioner: 12 CPDs more, 5 of them Professional experience, due this year',
    ],
    [
      '18 counted, experience met',
      prince2(2, null),
      'PRINCE2 Practitioner: 2 CPDs more due this year',
    ],
    [
      '20 counted, none of experience',
      prince2(0, 5),
      'PRINCE2 Practitioner: 5 CPDs more of Professional experience due this year',
    ],
    [
      '17 counted, 1 of experience: the category asks more than the total',
      prince2(3, 4),
      'PRINCE2 Practitioner: 4 CPDs more of Professional experience due this year',
    ],
    ['ISACA, 8 counted', cisa({}), 'CISA: 12 CPEs more due this year'],
    ['ISACA, 1 hour short', cisa({ short: 1 }), 'CISA: 1 CPE more due this year'],
  ])('%s', (_, d, title) => {
    expect(deadlineTitle(d)).toBe(title);
  });

  it('a PeopleCert year’s calendar title keeps its category minimum once that is met', () => {
    expect(calendarTitle(prince2(2, null))).toBe(
      `PRINCE2 Practitioner: 20 CPDs, 5 of them Professional experience, due for the year from ${day('2026-01-20')}`,
    );
  });

  it('reminded in the same shape as every other deadline', () => {
    const cycle: Deadline = { id: 'cycle:c', kind: 'cycle-end', date: '2026-12-31', title: 'CISA' };
    expect([reminderText(cycle, 39), reminderText(cisa({ short: 20 }), 39)]).toEqual([
      `CISA cycle ends — in 39 days (${day('2026-12-31')})`,
      `CISA: 20 CPEs due this year — in 39 days (${day('2026-12-31')})`,
    ]);
  });

  it('reminded with the days left set apart', () => {
    expect(reminderText(prince2(20, 5), 9)).toBe(
      `PRINCE2 Practitioner: 20 CPDs, 5 of them Professional experience, due this year — in 9 days (${day('2027-01-19')})`,
    );
  });
});

describe('calendarTitle and alarmText: the year’s minimum', () => {
  it.each([
    [
      'a CPD year',
      prince2(12, 5),
      `PRINCE2 Practitioner: 20 CPDs, 5 of them Professional experience, due for the year from ${day('2026-01-20')}`,
    ],
    ['a calendar year', cisa({}), 'CISA: 20 CPEs due for 2026'],
    [
      'an ISACA first year that starts on the exam day',
      cisa({ period: { start: '2026-03-10', end: '2026-12-31' } }),
      'CISA: 20 CPEs due for 2026',
    ],
    ['an unknown minimum', cisa({ minimum: null }), 'CISA: the yearly minimum due for 2026'],
  ])('%s', (_, d, title) => {
    expect(calendarTitle(d)).toBe(title);
  });

  it('other deadlines keep their app title', () => {
    const exam: Deadline = { id: 'exam:h', kind: 'exam', date: '2027-02-10', title: 'PMP' };
    expect(calendarTitle(exam)).toBe('PMP exam');
    expect(alarmText(exam, 1)).toBe(`PMP exam — tomorrow (${day('2027-02-10')})`);
  });

  it('the alarm says the minimum, the day, and where to see what is missing', () => {
    expect(alarmText(prince2(12, 5), 14)).toBe(
      `PRINCE2 Practitioner: 20 CPDs, 5 of them Professional experience, due for the year from ${day('2026-01-20')}, by ${day('2027-01-19')} (in 14 days). Log what you earn in Ascent; its Credentials screen shows what is still missing.`,
    );
  });
});
