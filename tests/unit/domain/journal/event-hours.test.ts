// An event's hours on the Learning screen's list: its sessions added up in quarter hours
// (shared/domain/journal/event-hours.ts), talks given included.
import { describe, expect, it } from 'vitest';
import { eventHours } from '../../../../shared/domain/journal/event-hours';

const h = (...hours: number[]) => hours.map((x) => ({ hours: x }));

describe('eventHours', () => {
  it.each<[string, { hours: number }[], number]>([
    ['no sessions yet', [], 0],
    ['one session', h(1.5), 1.5],
    ['a conference day of sessions', h(1, 0.75, 1.25, 2), 5],
    ['quarter hours add up exactly', h(0.25, 0.25, 0.25, 0.25), 1],
    // 0.1-style float drift cannot appear: ten quarter-hour talks are 2.5 h, not 2.4999….
    ['ten quarter-hour lightning talks', h(...Array<number>(10).fill(0.25)), 2.5],
    ['a session of no hours counts nothing', h(0, 1), 1],
    ['a long event', h(8, 8, 8, 7.75), 31.75],
  ])('%s', (_, sessions, total) => {
    expect(eventHours(sessions)).toBe(total);
  });

  it('counts a talk the person gave with the sessions attended', () => {
    const sessions = [
      { hours: 1, givenByMe: false },
      { hours: 0.75, givenByMe: true },
    ];
    expect(eventHours(sessions)).toBe(1.75);
  });
});
