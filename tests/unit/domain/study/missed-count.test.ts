import { describe, expect, it } from 'vitest';
import {
  missedCount,
  type MissedBlock,
  type MissedSession,
  type WallClock,
} from '../../../../shared/domain/study/missed';

// The dashboard's week card counts the blocks the study week marks "Missed" (missedBlocks),
// with their minutes.
const NOW: WallClock = { date: '2026-12-02', time: '19:30' }; // a Wednesday evening

const block = (id: string, date: string, start: string, minutes = 60, planId = 'p1') =>
  ({ id, planId, date, start, minutes }) satisfies MissedBlock;
const studied = (date: string, minutes: number, planId: string | null = 'p1') =>
  ({ planId, date, minutes }) satisfies MissedSession;

describe('missedCount', () => {
  it.each<[string, MissedBlock[], MissedSession[], { blocks: number; minutes: number }]>([
    ['nothing planned', [], [], { blocks: 0, minutes: 0 }],
    [
      'a day gone, nothing logged',
      [block('a', '2026-11-30', '18:00', 90)],
      [],
      { blocks: 1, minutes: 90 },
    ],
    [
      'two days gone, one studied',
      [block('a', '2026-11-30', '18:00', 60), block('b', '2026-12-01', '18:00', 45)],
      [studied('2026-11-30', 60)],
      { blocks: 1, minutes: 45 },
    ],
    [
      'today: one ended, one still running, one later',
      [
        block('a', '2026-12-02', '17:00', 60),
        block('b', '2026-12-02', '19:00', 60),
        block('c', '2026-12-02', '21:00', 30),
      ],
      [],
      { blocks: 1, minutes: 60 },
    ],
    ['a day still to come', [block('a', '2026-12-03', '18:00')], [], { blocks: 0, minutes: 0 }],
    [
      'study with no plan covers no block',
      [block('a', '2026-11-30', '18:00')],
      [studied('2026-11-30', 60, null)],
      { blocks: 1, minutes: 60 },
    ],
  ])('%s', (_name, blocks, sessions, want) => {
    expect(missedCount(blocks, sessions, NOW)).toEqual(want);
  });

  it('sets no study logged before a re-plan that day against its blocks, as the week does', () => {
    // Re-planned on Tuesday at 12:00 after an hour studied that morning: the evening block was
    // laid around that hour, so it is missed when it ends with nothing more logged.
    const plans = [{ id: 'p1', replannedOn: '2026-12-01', updatedAt: '2026-12-01T12:00:00.000Z' }];
    const morning = { ...studied('2026-12-01', 60), createdAt: '2026-12-01T09:00:00.000Z' };
    const evening = [block('a', '2026-12-01', '19:00')];
    expect(missedCount(evening, [morning], NOW, plans)).toEqual({ blocks: 1, minutes: 60 });
    expect(missedCount(evening, [morning], NOW)).toEqual({ blocks: 0, minutes: 0 });
  });
});
