// The calendar file's lines are at most 75 octets (RFC 5545 §3.1), counted in UTF-8 bytes, so a
// title with accents or emoji no longer gives lines a strict calendar refuses; and a calendar
// library (ical.js) reads back the same titles, every character whole.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CalendarItem } from '../../../shared/domain/study';
import { foldByOctets, icsText } from '../../../renderer/src/features/study/ics';

const octets = (line: string) => new TextEncoder().encode(line).length;

const titles = [
  'Study: Séan’s PMP exam preparation — risk, schedule and stakeholder engagement',
  '📚📚📚 Study: '.repeat(8),
  `Study: ${'é'.repeat(80)}`,
  `Study: ${'x'.repeat(73)}📚 and more after the emoji at the fold`,
  'Study: 日本語の試験準備 — プロジェクトマネジメント・オフィスの標準と実践を学ぶ',
  'PMP exam',
];
const items: CalendarItem[] = titles.map((title, i) => ({
  uid: `study-${i}@ascent.local`,
  title,
  date: '2026-12-01',
  start: '18:00',
  minutes: 90,
  category: 'study',
  sequence: 1,
}));

describe('the calendar file’s lines', () => {
  const text = icsText(items);
  const lines = text.split('\r\n');

  it('are each at most 75 octets, with accented, emoji and Japanese titles', () => {
    const long = lines.filter((l) => octets(l) > 75).map((l) => `${octets(l)}: ${l}`);
    expect(long).toEqual([]);
  });

  it('end in CRLF, and each continuation starts with one space', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const continued = lines.filter((l) => /^[ \t]/.test(l));
    expect(continued.length).toBeGreaterThan(0);
    expect(continued.filter((l) => !/^ [^ \t]/.test(l) && !/^ $/.test(l))).toEqual([]);
  });

  it('never split a character: each line is whole UTF-8', () => {
    // A lone surrogate (half of 📚) would be written as U+FFFD or fail to round-trip.
    const broken = lines.filter(
      (l) =>
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(l) ||
        new TextDecoder().decode(new TextEncoder().encode(l)) !== l,
    );
    expect(broken).toEqual([]);
  });

  it('read back in ical.js as the same titles', () => {
    const parsed = new ICAL.Component(ICAL.parse(text));
    const summaries = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
    expect(summaries).toEqual(titles);
  });
});

describe('foldByOctets', () => {
  it.each<[string, string, string[]]>([
    ['a short line stays', 'SUMMARY:PMP', ['SUMMARY:PMP']],
    ['75 ASCII octets stay on one line', 'x'.repeat(75), ['x'.repeat(75)]],
    ['76 ASCII octets fold after 75', 'x'.repeat(76), ['x'.repeat(75), ' x']],
    [
      'a 2-octet é that would end at octet 76 moves to the next line',
      `${'x'.repeat(74)}é`,
      ['x'.repeat(74), ' é'],
    ],
    [
      'a 4-octet emoji that would cross octet 75 moves whole',
      `${'x'.repeat(73)}📚y`,
      ['x'.repeat(73), ' 📚y'],
    ],
    [
      'continuations hold 74 octets after their space',
      'x'.repeat(75 + 74 + 1),
      ['x'.repeat(75), ` ${'x'.repeat(74)}`, ' x'],
    ],
    [
      'the library’s own folds (CRLF and a tab) are undone first',
      `SUMMARY:${'a'.repeat(67)}\r\n\t${'b'.repeat(10)}`,
      [`SUMMARY:${'a'.repeat(67)}`, ` ${'b'.repeat(10)}`],
    ],
  ])('%s', (_, input, expected) => {
    expect(foldByOctets(input).split('\r\n')).toEqual(expected);
  });
});
