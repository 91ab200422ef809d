import { useSyncExternalStore } from 'react';
import { localDateOf, type LocalDate } from '../../../shared/dates';

/**
 * One clock for every screen: the day is checked at local midnight and once a minute (after
 * the computer slept, or its clock or time zone changed) and, when it has changed, every
 * component showing it moves to the new day in the same render. With a clock each, the cards
 * of one screen crossed midnight up to a minute apart, and one still on the day before asked
 * for the day's reads just after another had replaced them with the next day's.
 */
const readers = new Set<() => void>();
let today: LocalDate | null = null;
let timer: ReturnType<typeof setInterval> | null = null;
let midnight: ReturnType<typeof setTimeout> | null = null;

function check() {
  const now = localDateOf(new Date());
  if (now === today) return;
  today = now;
  readers.forEach((r) => r());
}

/** A check just after the coming local midnight, then the one after, and so on. */
function armMidnight() {
  const now = new Date();
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 0, 50);
  midnight = setTimeout(() => {
    midnight = null;
    check();
    // Still shown after the readers were told (none left: nothing to re-arm for).
    if (timer) armMidnight();
  }, next.getTime() - now.getTime());
}

function subscribe(reader: () => void): () => void {
  readers.add(reader);
  if (!timer) {
    timer = setInterval(check, 60_000);
    armMidnight();
    // Nobody showed the day until now: it may have changed since it was last read.
    check();
  }
  return () => {
    readers.delete(reader);
    if (readers.size > 0 || !timer) return;
    clearInterval(timer);
    if (midnight) clearTimeout(midnight);
    timer = null;
    midnight = null;
    today = null;
  };
}

const current = (): LocalDate => (today ??= localDateOf(new Date()));

/** Today's calendar day, refreshed after midnight; the domain takes it as `asOf`. */
export function useToday(): LocalDate {
  return useSyncExternalStore(subscribe, current);
}
