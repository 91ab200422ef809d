/**
 * Likely duplicates (issue 4 part 5): the same date, title and provider as an activity
 * already in the log or as an earlier row of the file, ignoring case and spacing. They
 * are flagged and skipped unless the user keeps them; a row with errors is never
 * imported, so it neither is nor causes a duplicate.
 *
 * A row with no provider (the file has no Provider column, or its cell is empty) says nothing
 * about the provider, so it is compared on date and title alone: the same course logged by
 * hand with its provider and then imported from a file without one is the same activity, not
 * a new one (Ascent decision). A row that names a provider still needs that provider to
 * match: it is not taken for an activity logged without one.
 */
import type { Activity } from '../credits';
import type { RowOutcome } from './types';
import { sameTextKey } from '../../text/search';

type Keyed = Pick<Activity, 'date' | 'title' | 'provider'>;

const squash = sameTextKey;

/** The key two activities share when they are likely the same one. */
export function duplicateKey(a: Keyed): string {
  return [a.date, squash(a.title), squash(a.provider)].join('\u0000');
}

/** Whether a row is compared on its provider as well: only when it names one. */
export function comparesProvider(a: Pick<Activity, 'provider'>): boolean {
  return squash(a.provider) !== '';
}

/** Date and title only: what a row without a provider is compared on. */
const dayAndTitle = (a: Keyed) => [a.date, squash(a.title)].join('\u0000');

/** The first value seen under each key of an activity: by its full key and by date and title. */
class FirstSeen<T> {
  private readonly full = new Map<string, T>();
  private readonly loose = new Map<string, T>();

  add(a: Keyed, value: T) {
    const key = duplicateKey(a);
    if (!this.full.has(key)) this.full.set(key, value);
    const looseKey = dayAndTitle(a);
    if (!this.loose.has(looseKey)) this.loose.set(looseKey, value);
  }

  /** A row with a provider matches on all three; one without, on date and title. */
  match(a: Keyed): T | undefined {
    return comparesProvider(a) ? this.full.get(duplicateKey(a)) : this.loose.get(dayAndTitle(a));
  }
}

/**
 * The outcomes with `duplicateOf` set: an existing activity first, else the first earlier
 * row that matches. The first of several equal rows stays importable.
 */
export function markDuplicates(
  outcomes: readonly RowOutcome[],
  existing: readonly Pick<Activity, 'id' | 'date' | 'title' | 'provider'>[],
): RowOutcome[] {
  const logged = new FirstSeen<string>();
  for (const a of existing) logged.add(a, a.id);
  const earlier = new FirstSeen<number>();
  return outcomes.map((o) => {
    if (!o.activity) return o;
    const activityId = logged.match(o.activity);
    const rowNumber = earlier.match(o.activity);
    earlier.add(o.activity, o.rowNumber);
    if (activityId !== undefined) return { ...o, duplicateOf: { kind: 'existing', activityId } };
    if (rowNumber !== undefined) return { ...o, duplicateOf: { kind: 'row', rowNumber } };
    return o;
  });
}
