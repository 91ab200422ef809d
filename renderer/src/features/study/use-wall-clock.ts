import { useEffect, useState } from 'react';
import { localDateOf } from '../../../../shared/dates';
import { clockTime } from '../../../../shared/domain/study';
import type { WallClock } from '../../../../shared/domain/study/missed';

function readClock(): WallClock {
  const now = new Date();
  return { date: localDateOf(now), time: clockTime(now.getHours() * 60 + now.getMinutes()) };
}

/**
 * The user's wall clock to the minute (today and HH:mm), moved on just after each minute
 * begins: what the week judges missed blocks by (a block is missed from the minute it ends).
 * A component re-draws only when the minute has changed.
 */
export function useWallClock(): WallClock {
  const [now, setNow] = useState(readClock);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      const at = new Date();
      const wait = 60_000 - (at.getSeconds() * 1000 + at.getMilliseconds()) + 50;
      timer = setTimeout(() => {
        const next = readClock();
        setNow((was) => (was.date === next.date && was.time === next.time ? was : next));
        arm();
      }, wait);
    };
    arm();
    return () => clearTimeout(timer);
  }, []);
  return now;
}
