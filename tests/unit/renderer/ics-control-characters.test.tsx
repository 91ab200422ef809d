// A title may hold control characters (pasted from elsewhere, imported from a file): RFC 5545
// §3.3.11 allows none in TEXT but HTAB. A bare CR would end the content line in the middle of a
// SUMMARY or an alarm's DESCRIPTION, and NUL or a vertical tab make strict readers refuse the
// file. A line break of any kind is kept as an escaped "\n"; any other C0 control and DEL is
// dropped. Read back with a calendar library (ical.js), as a calendar app would.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  blockUid,
  deadlineUid,
  type Deadline,
  type ExportBlock,
} from '../../../shared/domain/study';
import { exportItems } from '../../../renderer/src/features/study/calendar-export';
import { icsText } from '../../../renderer/src/features/study/ics';
import { alarmText, calendarTitle } from '../../../renderer/src/features/study/calendar-words';

const TODAY = '2026-12-06';
// The reviewer's course title: a bare CR, a vertical tab and a NUL.
const course: Deadline = {
  id: 'course:c1',
  kind: 'course',
  date: '2026-12-20',
  title: 'A\rB\u000bC\u0000D',
};
const others: Deadline[] = [
  { id: 'event:e1', kind: 'event', date: '2026-12-21', title: 'Line one\r\nline two\u007f' },
  { id: 'event:e2', kind: 'event', date: '2026-12-22', title: 'Tab\there\u0001\u001f' },
];
const block: ExportBlock = {
  id: 'b1',
  planId: 'p1',
  date: '2026-12-08',
  start: '18:00',
  minutes: 60,
  edited: false,
};

const text = icsText(
  exportItems({
    blocks: [block],
    planTitles: new Map([['p1', 'Plan\rwith\u0008controls']]),
    deadlines: [course, ...others],
    cancelled: [],
    today: TODAY,
    reminderLeadDays: 14,
  }),
);
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent').map((v) => ({
  uid: new ICAL.Event(v).uid,
  summary: new ICAL.Event(v).summary,
  alarms: v
    .getAllSubcomponents('valarm')
    .map((a) => String(a.getFirstPropertyValue('description'))),
}));
/** What a deadline with `title` says once its control characters are dealt with. */
const as = (d: Deadline, title: string) => ({
  uid: deadlineUid(d.id),
  summary: calendarTitle({ ...d, title }),
  alarms: [alarmText({ ...d, title }, 1)],
});

describe('control characters in the calendar file (RFC 5545 §3.3.11)', () => {
  it('none is written raw: each line holds no control character but HTAB', () => {
    const lines = text.split('\r\n');
    // eslint-disable-next-line no-control-regex -- looking for exactly these characters
    const raw = lines.filter((l) => /[\u0000-\u0008\u000a-\u001f\u007f]/.test(l));
    expect(raw.map((l) => JSON.stringify(l))).toEqual([]);
  });

  it('a bare CR is a line break, and a vertical tab and a NUL are dropped, in SUMMARY and the alarm', () => {
    expect(text).toContain('Course starts: A\\nBCD');
    expect(events.find((e) => e.uid === deadlineUid(course.id))).toEqual(as(course, 'A\nBCD'));
  });

  it('CRLF is one line break, a tab stays, DEL and other controls are dropped', () => {
    expect(events.find((e) => e.uid === deadlineUid(others[0]!.id))).toEqual(
      as(others[0]!, 'Line one\nline two'),
    );
    expect(events.find((e) => e.uid === deadlineUid(others[1]!.id))).toEqual(
      as(others[1]!, 'Tab\there'),
    );
  });

  it('a study block’s title from its plan is cleaned the same way', () => {
    expect(events.find((e) => e.uid === blockUid(block.id))).toEqual({
      uid: blockUid(block.id),
      summary: 'Study: Plan\nwithcontrols',
      alarms: [],
    });
  });
});
