/**
 * A screen's search box filled from the address's `?q=` (where the command palette sends a
 * found record: `#/network/contacts?q=Sam`), also when the palette is used from the same
 * screen (the address changes, the screen stays).
 */
import { useEffect, useState } from 'react';

/** The `?q=` of a hash address, or null when it has none. */
export const searchOf = (hash: string): string | null =>
  new URLSearchParams(hash.split('?')[1] ?? '').get('q');

export function useAddressSearch(): [string, (query: string) => void] {
  const [query, setQuery] = useState(() => searchOf(window.location.hash) ?? '');
  useEffect(() => {
    const onHash = () => {
      const q = searchOf(window.location.hash);
      if (q !== null) setQuery(q);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return [query, setQuery];
}
