import { useEffect, useState } from 'react';
import { localDateOf, type LocalDate } from '../../../shared/dates';

/** Today's calendar day, refreshed after midnight; the domain takes it as `asOf`. */
export function useToday(): LocalDate {
  const [today, setToday] = useState(() => localDateOf(new Date()));
  useEffect(() => {
    const timer = setInterval(() => {
      const now = localDateOf(new Date());
      setToday((t) => (t === now ? t : now));
    }, 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
