/** The product's areas, in sidebar order. `ready` false: the area says plainly it is coming. */
export const areas = [
  { id: 'dashboard', label: 'Dashboard', ready: true },
  { id: 'ladder', label: 'Ladder', ready: true },
  { id: 'credentials', label: 'Credentials', ready: true },
  { id: 'credit-log', label: 'Credit log', ready: true },
  { id: 'learning', label: 'Learning', ready: true },
  { id: 'study', label: 'Study', ready: true },
  { id: 'goals', label: 'Goals', ready: true },
  { id: 'network', label: 'Network', ready: true },
  { id: 'reports', label: 'Reports', ready: true },
  { id: 'settings', label: 'Settings', ready: true },
] as const;

export type AreaId = (typeof areas)[number]['id'];

export interface Route {
  area: AreaId;
  /** Path segments after the area: `#/credentials/abc` → ['abc']. */
  rest: string[];
}

export function routeFromHash(hash: string): Route {
  const segments = hash
    .replace(/^#\/?/, '')
    .split('?')[0]!
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  const found = areas.find((a) => a.id === segments[0]);
  return found ? { area: found.id, rest: segments.slice(1) } : { area: 'dashboard', rest: [] };
}

export function areaFromHash(hash: string): AreaId {
  return routeFromHash(hash).area;
}

/** The hash for an area and optional sub-path. */
export function hrefFor(area: AreaId, ...rest: string[]): string {
  return `#/${[area, ...rest.map(encodeURIComponent)].join('/')}`;
}
