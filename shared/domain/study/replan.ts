/**
 * Re-planning (issue 7 part 3): when the user is behind, or edits the plan, the hours still
 * to do are laid again over the availability that is left, from today to the exam.
 * - Blocks before today stay as they were (they are the record of what was planned).
 * - Blocks the user moved or changed (`edited`) stay too, while they fall before the exam:
 *   their minutes count as planned and new sittings keep clear of them.
 * - Every other block from today on is dropped; a new sitting on the same day takes over a
 *   dropped block's id, so a calendar that imported it updates the event instead of adding
 *   a second one (RFC 5545 §3.8.4.7: the UID identifies the event).
 */
import type { LocalDate } from '../../dates';
import { planStudy, type PlanResult } from './planner';
import type { PlannedBlock } from './sessions';
import type { StudyBlock, StudyPlan, WeeklyAvailability } from './types';

export interface ReplanInput {
  plan: StudyPlan;
  /** Effective weekly availability (profile with the plan's overrides). */
  availability: WeeklyAvailability;
  blocks: readonly StudyBlock[];
  /** Minutes already studied for this plan. */
  studiedMinutes: number;
  asOf: LocalDate;
}

/** How the stored blocks change: ids kept, new sittings, ids removed. */
export interface BlockChanges {
  /** New sittings that take over the id of a dropped block on the same day. */
  reused: { id: string; block: PlannedBlock }[];
  /** New sittings that need a new id. */
  added: PlannedBlock[];
  /** Dropped blocks whose id no new sitting took over. */
  removed: string[];
}

export interface ReplanResult extends BlockChanges {
  /** Blocks left exactly as they are: those before `from`, and the user's own from then on. */
  kept: StudyBlock[];
  /** Blocks from this day on are re-laid. */
  from: LocalDate;
  /** Hours still to study, in minutes (the kept blocks from `from` on are part of them). */
  remainingMinutes: number;
  result: PlanResult;
}

const byStart = (a: PlannedBlock & { id?: string }, b: PlannedBlock & { id?: string }) =>
  a.start === b.start ? (a.id ?? '').localeCompare(b.id ?? '') : a.start.localeCompare(b.start);

/**
 * Pairs new sittings with dropped blocks of the same day, in order of start time: the first
 * new sitting of a day takes the first dropped block's id, and so on. Pure and stable.
 */
export function matchBlocks(
  laid: readonly PlannedBlock[],
  dropped: readonly StudyBlock[],
): BlockChanges {
  const free = new Map<string, StudyBlock[]>();
  for (const b of [...dropped].sort(byStart)) free.set(b.date, [...(free.get(b.date) ?? []), b]);
  const reused: BlockChanges['reused'] = [];
  const added: PlannedBlock[] = [];
  for (const block of [...laid].sort((a, b) => a.date.localeCompare(b.date) || byStart(a, b))) {
    const old = free.get(block.date)?.shift();
    if (old) reused.push({ id: old.id, block });
    else added.push(block);
  }
  const removed = [...free.values()].flat().map((b) => b.id);
  return { reused, added, removed };
}

export function replanRemaining(input: ReplanInput): ReplanResult {
  const { plan } = input;
  const from = input.asOf > plan.start ? input.asOf : plan.start;
  const remaining = Math.max(0, plan.hoursNeeded * 60 - input.studiedMinutes);
  const own = (b: StudyBlock) => b.edited && b.date >= from && b.date < plan.deadline;
  const fixed = input.blocks.filter(own);
  const dropped = input.blocks.filter((b) => b.date >= from && !own(b));
  const result = planStudy({
    minutesNeeded: remaining,
    from,
    deadline: plan.deadline,
    bufferDays: plan.bufferDays,
    availability: input.availability,
    blackouts: plan.blackouts,
    sessionMinutes: plan.sessionMinutes,
    dayStart: plan.dayStart,
    fixed: fixed.map(({ date, start, minutes }) => ({ date, start, minutes })),
  });
  return {
    kept: [...input.blocks.filter((b) => b.date < from), ...fixed],
    from,
    remainingMinutes: remaining,
    result,
    ...matchBlocks(result.blocks, dropped),
  };
}
