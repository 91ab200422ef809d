import { useEffect, useState } from 'react';
import { SETTLE_MS } from './use-settled-date';

/**
 * `value` once it has stayed the same for SETTLE_MS. A live region that speaks of something
 * being typed follows this, so it is read out once the typing pauses, not at every key (a
 * polite region still reads out every change it is given, one after another).
 */
export function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [value, settled]);
  return settled;
}
