import { useCallback, useEffect, useState } from 'react';
import { acceptHashChange, leaveTo, moveWithoutAsking } from '../components/unsaved-changes';
import { hrefFor, routeFromHash, type AreaId, type Route } from './routes';

/** The hash of the screen shown before the current one (null: the app opened on this one). */
let previous: string | null = null;

/** Where the person came to this screen from: the hash of the screen shown before it. */
export const cameFrom = (): string | null => previous;

/** Forgets the screen shown before (tests that share one window: tests/unit/renderer/setup.ts). */
export function forgetPreviousRoute(): void {
  previous = null;
}

/** A hash route (#/credentials/abc): survives a reload and works on app:// and http alike. */
export function useRoute(): [Route, (area: AreaId, ...rest: string[]) => void] {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    // A form with unsaved changes holds the move until the person answers.
    const onHash = (e: HashChangeEvent) => {
      if (!acceptHashChange()) return;
      previous = new URL(e.oldURL).hash;
      setRoute(routeFromHash(window.location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  // The person's own moves (menu commands, "go home"): asks first when changes are unsaved.
  const navigate = useCallback((area: AreaId, ...rest: string[]) => {
    leaveTo(hrefFor(area, ...rest));
  }, []);
  return [route, navigate];
}

/** Navigation for screens below the shell, after a save or a delete: never asks. */
export function navigateTo(area: AreaId, ...rest: string[]): void {
  moveWithoutAsking(hrefFor(area, ...rest));
}
