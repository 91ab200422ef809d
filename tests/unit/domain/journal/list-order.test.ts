import { describe, expect, it } from 'vitest';
import {
  compareContacts,
  compareCourses,
  compareEvents,
  compareFollowUps,
  compareInteractions,
  compareMedia,
  compareMemberships,
} from '../../../../shared/domain/journal/list-order';

describe('compareContacts (names as a person reads them)', () => {
  it.each([
    ['ana Lima', 'Bram Jansen', -1],
    ['de Vries', 'Zhang Wei', -1],
    ['Émile Roux', 'Zhang Wei', -1],
    ['Emile Roux', 'Émile Roux', -1], // same name read alike: by id
    ['Team 9', 'Team 10', -1],
  ])('%s before %s', (x, y, sign) => {
    const a = { id: 'a', name: x };
    const b = { id: 'b', name: y };
    expect(Math.sign(compareContacts(a, b))).toBe(sign);
    expect(Math.sign(compareContacts(b, a))).toBe(-sign);
  });
});

describe('compareMemberships (association, then the earlier one)', () => {
  it.each([
    ['APM', '2024-01-01', 'iiba', '2020-01-01'],
    ['PMI', '2020-03-01', 'PMI', '2025-03-01'],
    ['PMI', '2025-03-01', 'PMI Netherlands Chapter', '2024-01-01'],
  ])('%s (%s) before %s (%s)', (o1, s1, o2, s2) => {
    const a = { id: 'z', organisation: o1, since: s1 };
    const b = { id: 'a', organisation: o2, since: s2 };
    expect(compareMemberships(a, b)).toBeLessThan(0);
    expect(compareMemberships(b, a)).toBeGreaterThan(0);
  });
});

describe('compareInteractions (latest first; on one day the one logged later first)', () => {
  // [first, second]: the first is listed before the second, whichever order they come in.
  it.each([
    [
      'the later day',
      ['z', '2026-11-15', '2026-11-15T09:00:00.000Z'],
      ['a', '2026-11-10', '2026-11-20T09:00:00.000Z'],
    ],
    [
      'one day: the one logged later',
      ['a', '2026-11-10', '2026-11-10T17:00:00.000Z'],
      ['z', '2026-11-10', '2026-11-10T08:00:00.000Z'],
    ],
    [
      'one day: logged on a later day',
      ['a', '2026-11-10', '2026-11-12T08:00:00.000Z'],
      ['z', '2026-11-10', '2026-11-11T20:00:00.000Z'],
    ],
    [
      'one day, logged at once: by id',
      ['z', '2026-11-10', '2026-11-10T08:00:00.000Z'],
      ['a', '2026-11-10', '2026-11-10T08:00:00.000Z'],
    ],
    [
      'one day: a stamped one before one without a stamp',
      ['a', '2026-11-10', '2026-11-10T08:00:00.000Z'],
      ['z', '2026-11-10', undefined],
    ],
  ] as const)('%s', (_, [id1, date1, at1], [id2, date2, at2]) => {
    const first = { id: id1, date: date1, ...(at1 ? { createdAt: at1 } : {}) };
    const second = { id: id2, date: date2, ...(at2 ? { createdAt: at2 } : {}) };
    expect(compareInteractions(first, second)).toBeLessThan(0);
    expect(compareInteractions(second, first)).toBeGreaterThan(0);
    expect([second, first].sort(compareInteractions)).toEqual([first, second]);
  });
});

describe('compareCourses (latest first by the last day known; on one day the one logged later first)', () => {
  type Row = { id: string; start: string | null; end: string | null; createdAt?: string };
  // [first, second]: the first is listed before the second, whichever order they come in.
  it.each<[string, Row, Row]>([
    [
      'the later end',
      { id: 'a', start: '2026-01-05', end: '2026-03-31', createdAt: '2026-01-01T08:00:00.000Z' },
      { id: 'z', start: '2026-02-01', end: '2026-02-28', createdAt: '2026-04-01T08:00:00.000Z' },
    ],
    [
      'a start to come before an end passed',
      { id: 'z', start: '2027-01-10', end: null },
      { id: 'a', start: '2026-09-01', end: '2026-12-31' },
    ],
    [
      'one day: the one logged later',
      { id: 'a', start: null, end: '2026-11-20', createdAt: '2026-11-20T17:00:00.000Z' },
      { id: 'z', start: null, end: '2026-11-20', createdAt: '2026-11-20T08:00:00.000Z' },
    ],
    [
      'one day, logged at once: by id',
      { id: 'z', start: null, end: '2026-11-20', createdAt: '2026-11-20T08:00:00.000Z' },
      { id: 'a', start: null, end: '2026-11-20', createdAt: '2026-11-20T08:00:00.000Z' },
    ],
    [
      'a course with no dates yet last',
      { id: 'z', start: '2016-02-29', end: '2016-02-29' },
      { id: 'a', start: null, end: null, createdAt: '2026-11-22T08:00:00.000Z' },
    ],
  ])('%s', (_, first, second) => {
    expect(compareCourses(first, second)).toBeLessThan(0);
    expect(compareCourses(second, first)).toBeGreaterThan(0);
    expect([second, first].sort(compareCourses)).toEqual([first, second]);
  });
});

describe('compareMedia (latest first; on one day the one logged later first)', () => {
  it.each([
    [
      'the later day',
      ['a', '2024-03-01', '2024-03-01T09:00:00.000Z'],
      ['z', '2024-02-29', '2024-03-02T09:00:00.000Z'],
    ],
    [
      'one day: the one logged later',
      ['a', '2026-11-20', '2026-11-21T08:00:00.000Z'],
      ['z', '2026-11-20', '2026-11-20T20:00:00.000Z'],
    ],
    [
      'one day, logged at once: by id',
      ['z', '2026-11-20', '2026-11-20T08:00:00.000Z'],
      ['a', '2026-11-20', '2026-11-20T08:00:00.000Z'],
    ],
  ] as const)('%s', (_, [id1, date1, at1], [id2, date2, at2]) => {
    const first = { id: id1, date: date1, createdAt: at1 };
    const second = { id: id2, date: date2, createdAt: at2 };
    expect(compareMedia(first, second)).toBeLessThan(0);
    expect(compareMedia(second, first)).toBeGreaterThan(0);
    expect([second, first].sort(compareMedia)).toEqual([first, second]);
  });
});

describe('compareEvents (latest first by the first day; on one day the one logged later first)', () => {
  type Row = { id: string; start: string; createdAt?: string };
  // [first, second]: the first is listed before the second, whichever order they come in.
  it.each<[string, Row, Row]>([
    [
      'the later first day, whatever was logged later',
      { id: 'z', start: '2026-11-10', createdAt: '2026-01-01T08:00:00.000Z' },
      { id: 'a', start: '2026-11-09', createdAt: '2026-11-20T08:00:00.000Z' },
    ],
    ['across a leap day', { id: 'z', start: '2024-03-01' }, { id: 'a', start: '2024-02-29' }],
    [
      'one day: the one logged later',
      { id: 'a', start: '2026-11-10', createdAt: '2026-11-10T17:00:00.000Z' },
      { id: 'z', start: '2026-11-10', createdAt: '2026-11-10T08:00:00.000Z' },
    ],
    [
      'one day: logged on a later day',
      { id: 'a', start: '2026-11-10', createdAt: '2026-11-12T08:00:00.000Z' },
      { id: 'z', start: '2026-11-10', createdAt: '2026-11-11T20:00:00.000Z' },
    ],
    [
      'one day, logged at once: by id',
      { id: 'z', start: '2026-11-10', createdAt: '2026-11-10T08:00:00.000Z' },
      { id: 'a', start: '2026-11-10', createdAt: '2026-11-10T08:00:00.000Z' },
    ],
    [
      'one day: a stamped one before one without a stamp',
      { id: 'a', start: '2026-11-10', createdAt: '2026-11-10T08:00:00.000Z' },
      { id: 'z', start: '2026-11-10' },
    ],
  ])('%s', (_, first, second) => {
    expect(compareEvents(first, second)).toBeLessThan(0);
    expect(compareEvents(second, first)).toBeGreaterThan(0);
    expect([second, first].sort(compareEvents)).toEqual([first, second]);
  });

  it('one first day: a longer event is not put first for its later end', () => {
    const conference = {
      id: 'a',
      start: '2026-11-10',
      end: '2026-11-12',
      createdAt: '2026-11-01T08:00:00.000Z',
    };
    const meetup = {
      id: 'z',
      start: '2026-11-10',
      end: '2026-11-10',
      createdAt: '2026-11-02T08:00:00.000Z',
    };
    expect([conference, meetup].sort(compareEvents)).toEqual([meetup, conference]);
  });
});

describe('compareFollowUps (soonest due first; on one day as their interactions are listed)', () => {
  type Row = { id: string; date: string; followUp: string; createdAt?: string };
  it.each<[string, Row, Row]>([
    [
      'the sooner follow-up, whatever the interactions',
      {
        id: 'z',
        date: '2026-10-01',
        followUp: '2026-11-30',
        createdAt: '2026-10-01T08:00:00.000Z',
      },
      {
        id: 'a',
        date: '2026-11-20',
        followUp: '2026-12-01',
        createdAt: '2026-11-20T08:00:00.000Z',
      },
    ],
    [
      'an overdue one before one due today',
      { id: 'z', date: '2026-11-01', followUp: '2026-11-21' },
      { id: 'a', date: '2026-11-15', followUp: '2026-11-22' },
    ],
    [
      'one day: the later interaction',
      {
        id: 'z',
        date: '2026-11-15',
        followUp: '2026-12-01',
        createdAt: '2026-11-15T08:00:00.000Z',
      },
      {
        id: 'a',
        date: '2026-11-10',
        followUp: '2026-12-01',
        createdAt: '2026-11-20T08:00:00.000Z',
      },
    ],
    [
      'one day, interactions of one day: the one logged later',
      {
        id: 'a',
        date: '2026-11-10',
        followUp: '2026-12-01',
        createdAt: '2026-11-10T17:00:00.000Z',
      },
      {
        id: 'z',
        date: '2026-11-10',
        followUp: '2026-12-01',
        createdAt: '2026-11-10T08:00:00.000Z',
      },
    ],
    [
      'one day, logged at once: by id',
      {
        id: 'z',
        date: '2026-11-10',
        followUp: '2026-12-01',
        createdAt: '2026-11-10T08:00:00.000Z',
      },
      {
        id: 'a',
        date: '2026-11-10',
        followUp: '2026-12-01',
        createdAt: '2026-11-10T08:00:00.000Z',
      },
    ],
  ])('%s', (_, first, second) => {
    expect(compareFollowUps(first, second)).toBeLessThan(0);
    expect(compareFollowUps(second, first)).toBeGreaterThan(0);
    expect([second, first].sort(compareFollowUps)).toEqual([first, second]);
  });
});
