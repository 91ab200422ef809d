/** Wall-clock times of day as "HH:mm" strings (floating local time, no time zone). */

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && HHMM.test(value);
}

/** Minutes after midnight; throws on a malformed time. */
export function clockMinutes(time: string): number {
  const m = HHMM.exec(time);
  if (!m) throw new RangeError(`Not a time of day: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** "HH:mm" for minutes after midnight (0 … 1439). */
export function clockTime(minutes: number): string {
  const m = Math.min(Math.max(0, Math.round(minutes)), 24 * 60 - 1);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
