import { useCallback, useEffect, useState } from 'react';
import { hrefFor, routeFromHash, type AreaId, type Route } from './routes';

/** A hash route (#/credentials/abc): survives a reload and works on app:// and http alike. */
export function useRoute(): [Route, (area: AreaId, ...rest: string[]) => void] {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((area: AreaId, ...rest: string[]) => {
    window.location.hash = hrefFor(area, ...rest);
  }, []);
  return [route, navigate];
}

/** Navigation for screens below the shell. */
export function navigateTo(area: AreaId, ...rest: string[]): void {
  window.location.hash = hrefFor(area, ...rest);
}
