/**
 * A small seeded random source (mulberry32): the same seed always gives the same career, so
 * two benchmark runs, or a benchmark and a test, work on identical data.
 */
import { addDays, type LocalDate } from '../../../shared/dates';

export interface Random {
  /** 0 ≤ n < 1. */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  /** A quarter-hour amount from `min` to `max` hours. */
  quarters(min: number, max: number): number;
  /** A day from `from` to `to`, both included. */
  day(from: LocalDate, to: LocalDate, spanDays: number): LocalDate;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (list) => list[Math.floor(next() * list.length)]!,
    chance: (p) => next() < p,
    quarters: (min, max) => int(min * 4, max * 4) / 4,
    day: (from, to, spanDays) => {
      const d = addDays(from, int(0, spanDays));
      return d > to ? to : d;
    },
  };
}

/** A fixed instant on a day, for createdAt/updatedAt stamps. */
export const stamp = (day: LocalDate, minute = 0): string =>
  `${day}T${String(8 + (Math.floor(minute / 60) % 10)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;

/** Row ids that sort in creation order and say what they are. */
export const idOf = (prefix: string, n: number): string =>
  `${prefix}-${String(n).padStart(6, '0')}`;
