import type { Rung } from '../../catalog/ladder';

/**
 * What the road needs to know of a rung: its id and its place. The shipped rungs
 * (shared/catalog/ladder.ts) and the rungs of the user's own ladder
 * (shared/catalog/ladder-requirements, LadderRungPlan) both fit.
 */
export interface RungOnLadder {
  id: string;
  /** 1 = first rung. */
  level: number;
}

export interface LadderPath<R extends RungOnLadder = Rung> {
  current: R;
  target: R;
  /** Rungs strictly between current and target, in climbing order. */
  between: R[];
  /** Number of steps from current to target (0 when already there). */
  steps: number;
}

/**
 * The road from the current rung to the target rung (PRODUCT.md, "The career ladder"), on
 * any ladder: the shipped one or the user's edited one (issue 5 part 1: rungs added, moved,
 * removed). Returns null when either rung is unknown or the target lies below the current rung.
 */
export function pathBetween<R extends RungOnLadder>(
  ladder: { rungs: readonly R[] },
  current: string,
  target: string,
): LadderPath<R> | null {
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

/**
 * Why the profile's rungs make no road on the ladder: a rung the profile names is no longer
 * on the ladder (the user removed it), or the user moved the target below the current rung.
 */
export type ClimbProblem =
  'CURRENT_NOT_ON_LADDER' | 'TARGET_NOT_ON_LADDER' | 'TARGET_BELOW_CURRENT';

export type Climb<R extends RungOnLadder> =
  { ok: true; path: LadderPath<R> } | { ok: false; problems: ClimbProblem[] };

/**
 * The user's climb on their own ladder: the road from the profile's current rung to its
 * target (PRODUCT.md, "The career ladder"), or every reason there is none. The profile keeps
 * the rung ids it was saved with, so a rung the user later removes (issue 5 part 1) is
 * reported rather than silently dropped; the screens ask for a new choice.
 */
export function climbOn<R extends RungOnLadder>(
  ladder: { rungs: readonly R[] },
  current: string,
  target: string,
): Climb<R> {
  const path = pathBetween(ladder, current, target);
  if (path) return { ok: true, path };
  const has = (id: string) => ladder.rungs.some((r) => r.id === id);
  const problems: ClimbProblem[] = [];
  if (!has(current)) problems.push('CURRENT_NOT_ON_LADDER');
  if (!has(target)) problems.push('TARGET_NOT_ON_LADDER');
  if (problems.length === 0) problems.push('TARGET_BELOW_CURRENT');
  return { ok: false, problems };
}

export type RungRole = 'current-and-target' | 'current' | 'target' | 'between' | 'off-path';

/** Where a rung stands on the user's road: where they are, where they aim, or in between. */
export function rungRole(path: LadderPath<RungOnLadder>, id: string): RungRole {
  if (id === path.current.id && id === path.target.id) return 'current-and-target';
  if (id === path.current.id) return 'current';
  if (id === path.target.id) return 'target';
  if (path.between.some((r) => r.id === id)) return 'between';
  return 'off-path';
}
