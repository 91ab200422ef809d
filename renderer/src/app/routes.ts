/** The product's areas, in sidebar order. `ready` false: the area says plainly it is coming. */
export const areas = [
  { id: 'dashboard', label: 'Dashboard', ready: true },
  { id: 'ladder', label: 'Ladder', ready: false },
  { id: 'credentials', label: 'Credentials', ready: false },
  { id: 'credit-log', label: 'Credit log', ready: false },
  { id: 'learning', label: 'Learning', ready: false },
  { id: 'study', label: 'Study', ready: false },
  { id: 'goals', label: 'Goals', ready: false },
  { id: 'network', label: 'Network', ready: false },
  { id: 'reports', label: 'Reports', ready: false },
  { id: 'settings', label: 'Settings', ready: true },
] as const;

export type AreaId = (typeof areas)[number]['id'];

export function areaFromHash(hash: string): AreaId {
  const id = hash.replace(/^#\/?/, '').split(/[/?#]/)[0] ?? '';
  return (areas.find((a) => a.id === id)?.id ?? 'dashboard') as AreaId;
}
