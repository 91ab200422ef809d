/**
 * The order held credentials are listed in, everywhere (dashboard, credentials screen,
 * report, filters): those earned first, then the exam booked, preparing, and targets; within
 * each, by acronym as a person reads it (PgMP before PMP, PRINCE2 before PRINCE2 Agile), then
 * the earlier certification, then by id so two rows never swap from one list to the next.
 * Before, lists followed the stored id, a random string, so every user saw a different order.
 */
import type { HeldStage, HeldWithRule } from './held';

const stageRank: Record<HeldStage, number> = {
  earned: 0,
  'exam-booked': 1,
  preparing: 2,
  target: 3,
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function compareHeld(a: HeldWithRule, b: HeldWithRule): number {
  const x = a.credential;
  const y = b.credential;
  return (
    stageRank[x.stage] - stageRank[y.stage] ||
    collator.compare(a.rule.acronym, b.rule.acronym) ||
    collator.compare(a.rule.name, b.rule.name) ||
    (x.earnedDate ?? '').localeCompare(y.earnedDate ?? '') ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  );
}

/** `held` in listing order (compareHeld); a new list. */
export function inListingOrder<T extends HeldWithRule>(held: readonly T[]): T[] {
  return [...held].sort(compareHeld);
}
