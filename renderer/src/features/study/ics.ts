/**
 * The calendar file (issue 7 part 5), written with the `ics` library: study blocks as timed
 * events in floating local time (they stay at 18:00 wherever the user travels), deadlines as
 * all-day events. UIDs and SEQUENCE numbers come from calendar-items.ts, so re-importing
 * updates the events that changed instead of duplicating them. A block no longer planned is
 * written with STATUS:CANCELLED (the `ics` event attribute `status`; RFC 5545 §3.8.1.11), so a
 * re-import removes it. The file keeps the library's METHOD:PUBLISH, a published calendar.
 * A deadline's alarms (alarmDaysFor) are DISPLAY alarms with their text (RFC 5545 §3.6.6).
 */
import { createEvents, type Alarm, type DateArray, type EventAttributes } from 'ics';
import { addDays, type LocalDate } from '../../../../shared/dates';
import {
  clockMinutes,
  type CalendarAlarm,
  type CalendarItem,
} from '../../../../shared/domain/study';

const dayArray = (d: LocalDate): DateArray => d.split('-').map(Number) as DateArray;

/**
 * A block's start as an RFC 5545 floating DATE-TIME ("20260308T023000", §3.3.5 form #1),
 * written from the stored day and clock time as they are. The library writes a string start
 * unchanged; given an array it makes a JavaScript Date of it and reads that back, in the
 * computer's zone for "local" (so 02:30 on a spring-forward day came out as 03:30) or with a
 * "Z" for "utc". The end is a DURATION, so no end time goes through a Date either.
 */
function floatingDateTime(date: LocalDate, start: string): string {
  const m = clockMinutes(start);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.replace(/-/g, '')}T${two(Math.floor(m / 60))}${two(m % 60)}00`;
}

/**
 * The hour an alarm goes off on its day. A deadline is an all-day event, and a trigger counts
 * from its DTSTART, midnight of the day (RFC 5545 §3.8.6.3): "-P7D" would ring at midnight. At
 * 09:00 it comes at the start of a working day, when the person can act on it.
 */
const ALARM_HOUR = 9;

/**
 * TEXT escaping (RFC 5545 §3.3.11: backslash, semicolon, comma, newline). The library escapes
 * a SUMMARY but writes an alarm's DESCRIPTION with its newlines escaped only, so a comma in it
 * would be read as a list separator by strict readers.
 */
const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** HTAB, the one control character TEXT allows, and LF, which escapeText writes as "\\n". */
const KEPT_CONTROLS = new Set([0x09, 0x0a]);

/**
 * Text as RFC 5545 §3.3.11 allows it: no control character but HTAB (CONTROL is
 * %x00-08 / %x0A-1F / %x7F). A line break is kept as one, whatever its kind: CRLF and a lone
 * CR become LF, which the writer escapes as "\\n" (a raw CR would end the content line there,
 * and a reader would take the rest for a new property). Every other C0 control and DEL is
 * dropped: it has no escape, and a title pasted from elsewhere may hold one.
 */
function plainText(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const c = ch.charCodeAt(0);
    if ((c >= 0x20 && c !== 0x7f) || KEPT_CONTROLS.has(c)) out += ch;
  }
  return out;
}

/**
 * "-P{n-1}DT15H": `daysBefore` days before the event's day at ALARM_HOUR. Always with hours, so
 * the library never writes a bare "T" (its "P7DT" is not a valid RFC 5545 duration).
 */
function toAlarm(a: CalendarAlarm): Alarm {
  return {
    action: 'display',
    description: escapeText(plainText(a.description)),
    trigger: { before: true, days: a.daysBefore - 1, hours: 24 - ALARM_HOUR },
  };
}

function toEvent(item: CalendarItem): EventAttributes {
  const common = {
    uid: item.uid,
    sequence: item.sequence,
    title: plainText(item.title),
    categories: [item.category === 'study' ? 'Study' : 'Deadline'],
    productId: 'ascent/study-planner',
    calName: 'Ascent study plan',
    ...(item.cancelled ? { status: 'CANCELLED' as const } : {}),
    ...(item.alarms?.length && !item.cancelled ? { alarms: item.alarms.map(toAlarm) } : {}),
  };
  if (item.start && item.minutes) {
    return {
      ...common,
      start: floatingDateTime(item.date, item.start),
      duration: { hours: Math.floor(item.minutes / 60), minutes: item.minutes % 60 },
    };
  }
  return { ...common, start: dayArray(item.date), end: dayArray(addDays(item.date, 1)) };
}

const LINE_OCTETS = 75;

/** The UTF-8 length of one code point. */
function octetsOf(ch: string): number {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/**
 * One content line folded at 75 octets of UTF-8 (RFC 5545 §3.1: lines SHOULD NOT be longer
 * than 75 octets, excluding the line break; a continuation begins with one space, which
 * counts). Split between characters only, never inside one's UTF-8 bytes or a surrogate pair:
 * `for…of` walks whole code points.
 */
function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const ch of line) {
    const size = octetsOf(ch);
    if (octets + size > LINE_OCTETS) {
      parts.push(part);
      part = ' ';
      octets = 1;
    }
    part += ch;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n');
}

/**
 * The library folds at 75 characters, not octets, so a title with "é" or "📚" gave lines of
 * 79 bytes that strict readers refuse. Its folds (CRLF and a tab) are undone and every line
 * folded again by octets.
 */
export function foldByOctets(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n');
}

/** The whole calendar as iCalendar text; throws with the library's reason if it refuses. */
export function icsText(items: readonly CalendarItem[]): string {
  const { error, value } = createEvents(items.map(toEvent));
  if (error || !value) throw error ?? new Error('The calendar file could not be written.');
  return foldByOctets(value);
}
