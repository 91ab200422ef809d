// Carrying a Talent Triangle split to new hours (review A3; Ascent's decision, see
// shared/domain/journal/split-scale.ts): proportions kept in quarter hours, largest remainders,
// adds up exactly, never above the total.
import { describe, expect, it } from 'vitest';
import type { AreaSplit } from '../../../../shared/domain/credits';
import { courseSplitFor, scaleSplit, splitQuarters } from '../../../../shared/domain/journal';

const s = (waysOfWorking: number, powerSkills: number, businessAcumen: number): AreaSplit => ({
  waysOfWorking,
  powerSkills,
  businessAcumen,
});

describe('scaleSplit', () => {
  it.each<[string, AreaSplit, number, AreaSplit]>([
    // The review's walk-through: PMO set-up and operations, 16 h split 4/4/8, now 20 h.
    ['16 h → 20 h, exact shares', s(4, 4, 8), 20, s(5, 5, 10)],
    ['same hours: unchanged', s(4, 4, 8), 16, s(4, 4, 8)],
    ['halved', s(4, 4, 8), 8, s(2, 2, 4)],
    ['one area only', s(0, 21, 0), 24, s(0, 24, 0)],
    ['an area with none stays at none', s(14, 7, 0), 24, s(16, 8, 0)],
    // 1/1/1 → 1 h: exact shares of 4/3 quarters each; the one quarter left goes to the first
    // area of the tie (Talent Triangle order).
    [
      'a three-way tie: the leftover quarter in Talent Triangle order',
      s(1, 1, 1),
      1,
      s(0.5, 0.25, 0.25),
    ],
    // 3/1 of 4 h → 5 h: shares 3.75 and 1.25, exact in quarters.
    ['quarter-hour shares', s(3, 1, 0), 5, s(3.75, 1.25, 0)],
    // 2/1 of 3 h → 2 h: shares 5.33 and 2.67 quarters → 5 and 3 (largest remainder wins).
    [
      'the largest remainder takes the quarter, not the first area',
      s(2, 1, 0),
      2,
      s(1.25, 0.75, 0),
    ],
    // 7/7/7 of 21 h → 10 h: 13.33 quarters each, one left over → 13+1/13/13 quarters.
    ['thirds of an uneven total', s(7, 7, 7), 10, s(3.5, 3.25, 3.25)],
    ['to zero hours', s(4, 4, 8), 0, s(0, 0, 0)],
    ['quarter hours in, quarter hours out', s(0.25, 0.5, 0.25), 2, s(0.5, 1, 0.5)],
  ])('%s', (_name, split, hours, expected) => {
    expect(scaleSplit(split, hours)).toEqual(expected);
  });

  it('has no proportions to keep for a split with no hours, or a negative part', () => {
    expect(scaleSplit(s(0, 0, 0), 5)).toBeNull();
    expect(scaleSplit(s(-1, 2, 0), 5)).toBeNull();
  });

  it('always adds up exactly, in quarter hours, and no area ever goes above the total', () => {
    const splits = [s(4, 4, 8), s(1, 1, 1), s(0.25, 0, 0.5), s(13.75, 2.5, 0.25), s(0, 0, 3)];
    for (const split of splits) {
      for (let quarters = 0; quarters <= 120; quarters += 1) {
        const hours = quarters / 4;
        const out = scaleSplit(split, hours)!;
        expect(splitQuarters(out)).toBe(quarters);
        for (const part of Object.values(out)) {
          expect(part).toBeLessThanOrEqual(hours);
          expect(Number.isInteger(part * 4)).toBe(true);
        }
      }
    }
  });
});

describe('courseSplitFor (a course’s split once its contact hours change)', () => {
  it.each<[string, AreaSplit | null, number, AreaSplit | null]>([
    ['no split', null, 8, null],
    ['still adds up: kept as it is', s(2, 1, 1), 4, s(2, 1, 1)],
    ['hours doubled: carried in proportion', s(2, 1, 1), 8, s(4, 2, 2)],
    ['hours cut: carried, in quarter hours', s(4, 4, 8), 5, s(1.25, 1.25, 2.5)],
    ['a split with no hours: none', s(0, 0, 0), 6, null],
  ])('%s', (_name, split, hours, expected) => {
    expect(courseSplitFor(split, hours)).toEqual(expected);
  });
});
