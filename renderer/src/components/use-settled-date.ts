import { useEffect, useState } from 'react';

/** How long a typed date stays unchanged before the form speaks about it. */
export const SETTLE_MS = 700;

/**
 * A year below 1000 is one still being typed: a date field gives a full date at each key of
 * the year (Chromium pads it: 0001, 0019, 0198, 1987).
 */
const yearBeingTyped = (date: string) => /^0\d{3}-/.test(date);

/**
 * The completion date as the person has finished entering it: once it has stayed the same for
 * SETTLE_MS (and its year is whole), or at once when they leave the field. What the form says
 * about the date follows this one, so a note does not come and go at every key.
 */
export function useSettledDate(date: string) {
  const [settled, setSettled] = useState(date);
  useEffect(() => {
    if (date === settled || yearBeingTyped(date)) return;
    const timer = setTimeout(() => setSettled(date), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [date, settled]);
  return { settled, settle: () => setSettled(date) };
}
