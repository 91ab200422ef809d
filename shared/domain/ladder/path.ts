import type { Ladder, Rung, RungId } from '../../catalog/ladder';

export interface LadderPath {
  current: Rung;
  target: Rung;
  /** Rungs strictly between current and target, in climbing order. */
  between: Rung[];
  /** Number of steps from current to target (0 when already there). */
  steps: number;
}

/**
 * The road from the current rung to the target rung (PRODUCT.md, "The career ladder").
 * Returns null when either rung is unknown or the target lies below the current rung.
 */
export function pathBetween(ladder: Ladder, current: RungId, target: RungId): LadderPath | null {
  const sorted = [...ladder.rungs].sort((a, b) => a.level - b.level);
  const from = sorted.findIndex((r) => r.id === current);
  const to = sorted.findIndex((r) => r.id === target);
  if (from < 0 || to < 0 || to < from) return null;
  return {
    current: sorted[from]!,
    target: sorted[to]!,
    between: sorted.slice(from + 1, to),
    steps: to - from,
  };
}

export type RungRole = 'current-and-target' | 'current' | 'target' | 'between' | 'off-path';

/** Where a rung stands on the user's road: where they are, where they aim, or in between. */
export function rungRole(path: LadderPath, id: RungId): RungRole {
  if (id === path.current.id && id === path.target.id) return 'current-and-target';
  if (id === path.current.id) return 'current';
  if (id === path.target.id) return 'target';
  if (path.between.some((r) => r.id === id)) return 'between';
  return 'off-path';
}
