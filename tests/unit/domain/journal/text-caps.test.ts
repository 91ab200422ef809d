// Every text a journal entry saves has a limit, and each limit is within what a backup holds in
// one text (100,000 UTF-16 units; more is refused on reading, and the whole backup with it).
// An event's place, a session's speaker and every link had none: a save the app accepted
// made every later backup unrestorable. One character over is refused with the limit and the
// length; the limit itself passes.
import { describe, expect, it } from 'vitest';
import {
  LINK_MAX,
  NAME_MAX,
  TEXT_MAX,
  validateCourse,
  validateEvent,
  validateMedia,
} from '../../../../shared/domain/journal';
import { course, event, media, session } from './fixtures';

const asOf = '2026-11-22';
const link = (n: number) => {
  const start = 'https://example.com/';
  return start + 'a'.repeat(n - start.length);
};
type Found = { field: string; code: string; expected?: number; actual?: number }[];
const tooLong = (errors: Found) => errors.filter((e) => e.code === 'TOO_LONG');

describe('limits within what a backup holds', () => {
  it('a link may have 2,000 characters', () => {
    expect(LINK_MAX).toBe(2_000);
    // An emoji is two UTF-16 units: even a text of emoji at its limit fits a backup's 100,000.
    expect(2 * Math.max(NAME_MAX, TEXT_MAX, LINK_MAX)).toBeLessThanOrEqual(100_000);
  });

  it.each<[string, Found, Found]>([
    [
      'an event’s place',
      validateEvent(event({ place: 'x'.repeat(TEXT_MAX + 1) }), []),
      [{ field: 'place', code: 'TOO_LONG', expected: TEXT_MAX, actual: TEXT_MAX + 1 }],
    ],
    [
      'a place of 150,000 characters',
      validateEvent(event({ place: 'x'.repeat(150_000) }), []),
      [{ field: 'place', code: 'TOO_LONG', expected: TEXT_MAX, actual: 150_000 }],
    ],
    [
      'a session’s speaker',
      validateEvent(event(), [session(), session({ speaker: 'x'.repeat(TEXT_MAX + 1) })]),
      [{ field: 'sessions.1.speaker', code: 'TOO_LONG', expected: TEXT_MAX, actual: TEXT_MAX + 1 }],
    ],
    [
      'an event’s link',
      validateEvent(event({ link: link(LINK_MAX + 1) }), []),
      [{ field: 'link', code: 'TOO_LONG', expected: LINK_MAX, actual: LINK_MAX + 1 }],
    ],
    [
      'a course’s link of 150,000 characters',
      validateCourse(course({ link: link(150_000) }), asOf),
      [{ field: 'link', code: 'TOO_LONG', expected: LINK_MAX, actual: 150_000 }],
    ],
    [
      'a reading’s link',
      validateMedia(media({ link: link(LINK_MAX + 1) }), asOf),
      [{ field: 'link', code: 'TOO_LONG', expected: LINK_MAX, actual: LINK_MAX + 1 }],
    ],
    [
      'a title of 200 characters padded with spaces past 10,000',
      validateCourse(course({ title: `${'x'.repeat(200)}${' '.repeat(150_000)}` }), asOf),
      [{ field: 'title', code: 'TOO_LONG', expected: NAME_MAX, actual: 150_200 }],
    ],
  ])('%s is refused, with the limit and the length', (_, errors, expected) => {
    expect(tooLong(errors)).toEqual(expected);
  });

  it('a link too long is said to be too long, not also not https', () => {
    const errors = validateEvent(event({ link: 'x'.repeat(LINK_MAX + 1) }), []);
    expect(errors.filter((e) => e.field === 'link').map((e) => e.code)).toEqual(['TOO_LONG']);
  });

  it.each<[string, Found]>([
    ['a place of exactly 10,000', validateEvent(event({ place: 'x'.repeat(TEXT_MAX) }), [])],
    [
      'a speaker of exactly 10,000',
      validateEvent(event(), [session({ speaker: 'x'.repeat(TEXT_MAX) })]),
    ],
    ['a link of exactly 2,000', validateEvent(event({ link: link(LINK_MAX) }), [])],
    ['a course link of exactly 2,000', validateCourse(course({ link: link(LINK_MAX) }), asOf)],
    ['a reading link of exactly 2,000', validateMedia(media({ link: link(LINK_MAX) }), asOf)],
    [
      'a title of 200 with a few spaces around',
      validateCourse(course({ title: `   ${'x'.repeat(200)}   ` }), asOf),
    ],
  ])('%s fits', (_, errors) => {
    expect(errors).toEqual([]);
  });
});
