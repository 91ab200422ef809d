import { useCallback, useEffect, useState } from 'react';
import { areaFromHash, type AreaId } from './routes';

/** A hash route (#/settings): survives a reload and works from file-less origins alike. */
export function useRoute(): [AreaId, (id: AreaId) => void] {
  const [area, setArea] = useState<AreaId>(() => areaFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setArea(areaFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((id: AreaId) => {
    window.location.hash = `#/${id}`;
  }, []);
  return [area, navigate];
}
