/**
 * Likely duplicates (issue 4 part 5): the same date, title and provider as an activity
 * already in the log or as an earlier row of the file, ignoring case and spacing. They
 * are flagged and skipped unless the user keeps them; a row with errors is never
 * imported, so it neither is nor causes a duplicate.
 */
import type { Activity } from '../credits';
import type { RowOutcome } from './types';

const squash = (text: string | undefined) =>
  (text ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The key two activities share when they are likely the same one. */
export function duplicateKey(a: Pick<Activity, 'date' | 'title' | 'provider'>): string {
  return [a.date, squash(a.title), squash(a.provider)].join('\u0000');
}

/**
 * The outcomes with `duplicateOf` set: an existing activity first, else the first earlier
 * row with the same key. The first of several equal rows stays importable.
 */
export function markDuplicates(
  outcomes: readonly RowOutcome[],
  existing: readonly Pick<Activity, 'id' | 'date' | 'title' | 'provider'>[],
): RowOutcome[] {
  const logged = new Map<string, string>();
  for (const a of existing) {
    const key = duplicateKey(a);
    if (!logged.has(key)) logged.set(key, a.id);
  }
  const earlier = new Map<string, number>();
  return outcomes.map((o) => {
    if (!o.activity) return o;
    const key = duplicateKey(o.activity);
    const activityId = logged.get(key);
    const rowNumber = earlier.get(key);
    if (rowNumber === undefined) earlier.set(key, o.rowNumber);
    if (activityId !== undefined) return { ...o, duplicateOf: { kind: 'existing', activityId } };
    if (rowNumber !== undefined) return { ...o, duplicateOf: { kind: 'row', rowNumber } };
    return o;
  });
}
