import { useEffect, useState } from 'react';
import type { ThemeChoice } from '../db/repositories/settings';

const query = '(prefers-color-scheme: dark)';

/** Applies the chosen theme to <html data-theme>, following the system when asked to. */
export function useTheme(choice: ThemeChoice | undefined): 'light' | 'dark' {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const onChange = () => setSystemDark(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  const effective =
    choice === 'light' || choice === 'dark' ? choice : systemDark ? 'dark' : 'light';
  useEffect(() => {
    document.documentElement.dataset.theme = effective;
  }, [effective]);
  return effective;
}
