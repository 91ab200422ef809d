import { useEffect, useRef, useState } from 'react';
import type { AreaId } from '../../app/routes';
import { navigateTo } from '../../app/use-route';

/**
 * Which entry a journal tab's form is editing. The tab's `new` address (`#/learning/courses/new`,
 * where the command palette's "New course" goes) opens the form for a new entry, also when the
 * tab is already showing; closing that form returns to the tab's own address, so the same
 * command works again.
 */
export function useEditing<T>(area: AreaId, tab: string, startNew: boolean) {
  const [editing, setEditing] = useState<T | 'new' | null>(startNew ? 'new' : null);
  const [seenNew, setSeenNew] = useState(startNew);
  // The address changed while the tab was open: follow it (state adjusted during render).
  if (seenNew !== startNew) {
    setSeenNew(startNew);
    if (startNew) setEditing('new');
  }
  const close = () => {
    setEditing(null);
    if (startNew) navigateTo(area, tab);
  };
  return { editing, setEditing, close };
}

/**
 * A form's first field takes the focus when the form opens: the button that opened it is gone,
 * and a keyboard user can start typing at once.
 */
export function useFocusFirstField<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return ref;
}
