// The exported calendar reminds of deadlines (RFC 5545 §3.6.6: a VALARM with ACTION:DISPLAY,
// a TRIGGER and a DESCRIPTION): work to finish by a date at the reminder lead set in Settings,
// an exam that lead ahead and the day before, a day's event or follow-up the day before, each
// at 09:00; a goal already reached, a study block and a cancelled block get none. Read back
// with a calendar library (ical.js), as a calendar app would.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Deadline, DroppedBlock, ExportBlock } from '../../../shared/domain/study';
import { formatDate as day } from '../../../renderer/src/components/format';
import { exportItems } from '../../../renderer/src/features/study/calendar-export';
import { icsText } from '../../../renderer/src/features/study/ics';

const TODAY = '2026-12-06';

const deadlines: Deadline[] = [
  { id: 'cycle:pmp', kind: 'cycle-end', date: '2027-03-31', title: 'PMP' },
  { id: 'exam:acp', kind: 'exam', date: '2027-02-10', title: 'PMI-ACP' },
  { id: 'application:acp', kind: 'application-end', date: '2027-05-01', title: 'PMI-ACP' },
  {
    id: 'yearly-minimum:cisa:2026-01-01',
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
    },
  },
  { id: 'follow-up:i1', kind: 'follow-up', date: '2026-12-15', title: 'Sam; PMO lead, Acme' },
  { id: 'event:e1', kind: 'event', date: '2026-12-20', title: 'Chapter meeting' },
  { id: 'goal:g1', kind: 'goal', date: '2027-01-31', title: 'Read six books', met: true },
  { id: 'goal:old', kind: 'goal', date: '2026-11-30', title: 'Already past' },
];
const block: ExportBlock = {
  id: 'b1',
  planId: 'p1',
  date: '2026-12-08',
  start: '18:00',
  minutes: 60,
  edited: false,
};
const dropped: DroppedBlock = {
  id: 'b0',
  planId: 'p1',
  date: '2026-12-07',
  start: '18:00',
  minutes: 60,
  droppedAt: '2026-12-01T10:00:00.000Z',
};

function exported(reminderLeadDays: number) {
  const text = icsText(
    exportItems({
      blocks: [block],
      planTitles: new Map([['p1', 'PMI-ACP exam']]),
      deadlines,
      cancelled: [dropped],
      today: TODAY,
      reminderLeadDays,
    }),
  );
  return { text, calendar: new ICAL.Component(ICAL.parse(text)) };
}

/** Each event's title, and each alarm's action, trigger, when it rings and what it says. */
function alarmsOf(calendar: ICAL.Component) {
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    const alarms = v.getAllSubcomponents('valarm').map((a) => {
      const trigger = a.getFirstPropertyValue('trigger') as ICAL.Duration;
      const rings = event.startDate.clone();
      rings.isDate = false;
      rings.addDuration(trigger);
      return {
        action: a.getFirstPropertyValue('action'),
        trigger: trigger.toString(),
        rings: rings.toString(),
        description: a.getFirstPropertyValue('description'),
      };
    });
    return [event.summary, alarms] as const;
  });
}

describe('alarms in the exported calendar, lead 14 days', () => {
  const { text, calendar } = exported(14);
  const byTitle = new Map(alarmsOf(calendar));

  it('a cycle end, an application’s end and a yearly minimum: 14 days ahead at 09:00', () => {
    expect(byTitle.get('PMP cycle ends')).toEqual([
      {
        action: 'DISPLAY',
        trigger: '-P13DT15H',
        rings: '2027-03-17T09:00:00',
        description: `PMP cycle ends — in 14 days (${day('2027-03-31')})`,
      },
    ]);
    expect(byTitle.get('PMI-ACP: eligibility to sit the exam ends')?.map((a) => a.rings)).toEqual([
      '2027-04-17T09:00:00',
    ]);
    expect(byTitle.get('CISA: 20 CPEs due for 2026')).toEqual([
      {
        action: 'DISPLAY',
        trigger: '-P13DT15H',
        rings: '2026-12-17T09:00:00',
        description: `CISA: 20 CPEs due for 2026, by ${day('2026-12-31')} (in 14 days). Log what you earn in Ascent; its Credentials screen shows what is still missing.`,
      },
    ]);
  });

  it('an exam: 14 days ahead, and the day before', () => {
    expect(byTitle.get('PMI-ACP exam')).toEqual([
      {
        action: 'DISPLAY',
        trigger: '-P13DT15H',
        rings: '2027-01-27T09:00:00',
        description: `PMI-ACP exam — in 14 days (${day('2027-02-10')})`,
      },
      {
        action: 'DISPLAY',
        trigger: '-PT15H',
        rings: '2027-02-09T09:00:00',
        description: `PMI-ACP exam — tomorrow (${day('2027-02-10')})`,
      },
    ]);
  });

  it('an event and a follow-up: the day before; commas and semicolons read back whole', () => {
    expect(byTitle.get('Event: Chapter meeting')?.map((a) => [a.rings, a.description])).toEqual([
      ['2026-12-19T09:00:00', `Event: Chapter meeting — tomorrow (${day('2026-12-20')})`],
    ]);
    expect(
      byTitle.get('Follow up with Sam; PMO lead, Acme')?.map((a) => [a.rings, a.description]),
    ).toEqual([
      [
        '2026-12-14T09:00:00',
        `Follow up with Sam; PMO lead, Acme — tomorrow (${day('2026-12-15')})`,
      ],
    ]);
    expect(text).toContain('DESCRIPTION:Follow up with Sam\\; PMO lead\\, Acme — tomorrow');
  });

  it('no alarm for a goal already reached, a study block or a cancelled block', () => {
    expect(byTitle.get('Goal: Read six books (target reached)')).toEqual([]);
    const study = alarmsOf(calendar).filter(([title]) => title === 'Study: PMI-ACP exam');
    expect(study.map(([, alarms]) => alarms)).toEqual([[], []]);
  });

  it('leaves out deadlines already past, as before', () => {
    expect(byTitle.has('Goal: Already past')).toBe(false);
  });

  it('every alarm has one ACTION, TRIGGER and DESCRIPTION, and valid durations', () => {
    const alarms = calendar
      .getAllSubcomponents('vevent')
      .flatMap((v) => v.getAllSubcomponents('valarm'));
    expect(alarms).toHaveLength(7);
    for (const name of ['action', 'trigger', 'description'])
      expect(alarms.map((a) => a.getAllProperties(name).length)).toEqual(alarms.map(() => 1));
    const triggers = text.split('\r\n').filter((l) => l.startsWith('TRIGGER'));
    // RFC 5545 §3.3.6: a "T" is always followed by a time ("P7DT" is invalid).
    expect(triggers.filter((l) => !/^TRIGGER:-P(\d+D)?T\d+H$/.test(l))).toEqual([]);
    expect(text.match(/BEGIN:VALARM/g)).toHaveLength(7);
    expect(text.match(/END:VALARM/g)).toHaveLength(7);
  });
});

describe('the lead follows Settings', () => {
  it.each([
    [1, ['-PT15H']],
    [7, ['-P6DT15H']],
    [90, ['-P89DT15H']],
  ])('lead %i days: a cycle end’s trigger %j', (lead, triggers) => {
    const byTitle = new Map(alarmsOf(exported(lead).calendar));
    expect(byTitle.get('PMP cycle ends')?.map((a) => a.trigger)).toEqual(triggers);
  });

  it('an exam with a 1-day lead has its one alarm the day before, not two', () => {
    const byTitle = new Map(alarmsOf(exported(1).calendar));
    expect(byTitle.get('PMI-ACP exam')?.map((a) => a.rings)).toEqual(['2027-02-09T09:00:00']);
  });
});

describe('no alarm before the export’s day (the reviewer’s case: lead 60 days, 22 Nov 2026)', () => {
  const cycle: Deadline = {
    id: 'cycle:cisa',
    kind: 'cycle-end',
    date: '2026-12-31',
    title: 'CISA',
  };
  const dueToday: Deadline = {
    id: 'goal:g2',
    kind: 'goal',
    date: '2026-11-22',
    title: 'Due today',
  };
  const text = icsText(
    exportItems({
      blocks: [],
      planTitles: new Map(),
      deadlines: [cycle, dueToday],
      cancelled: [],
      today: '2026-11-22',
      reminderLeadDays: 60,
    }),
  );
  const byTitle = new Map(alarmsOf(new ICAL.Component(ICAL.parse(text))));

  it('a deadline 39 days ahead rings on the export’s day, saying 39 days', () => {
    expect(byTitle.get('CISA cycle ends')).toEqual([
      {
        action: 'DISPLAY',
        trigger: '-P38DT15H',
        rings: '2026-11-22T09:00:00',
        description: `CISA cycle ends — in 39 days (${day('2026-12-31')})`,
      },
    ]);
  });

  it('a deadline on the export’s day is in the calendar, with no alarm', () => {
    expect(byTitle.get('Goal: Due today')).toEqual([]);
  });
});
