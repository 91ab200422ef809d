import { useCallback, useEffect, useRef, useState } from 'react';
import type { AreaId } from '../../app/routes';
import { navigateTo } from '../../app/use-route';
import { focusElement, focusSoon } from '../../components/focus-soon';
import { switchForm } from '../../components/unsaved-changes';

/** Where focus goes instead, when a form closes because something else now needs it. */
type Find = () => Element | null | undefined;

/**
 * Which entry a tab's form is editing, and where the focus goes when the form closes: back to
 * the control that opened it, so a keyboard or screen-reader user carries on where they were
 * instead of at the top of the page. A control that was drawn again meanwhile (the "Add"
 * button comes back when the form closes) is found again by its id; when the control is gone
 * (the entry no longer matches the search, say), the list itself (`listRef`) takes the focus.
 * Journal and network tabs share it. `closeTo` closes the form and sends focus elsewhere
 * instead (the Learning screen's "Credit entries to confirm" panel, which a save may open).
 *
 * Opening another record (or a new one) while the form holds unsaved changes asks "Discard
 * your changes?" first (switchForm): "Keep editing" keeps the form and puts the focus back in
 * its field last in use; `then` runs once the other record is open. `drop` closes the form
 * without asking when it shows the record with that id (the record was deleted, its changes
 * with it).
 */
export function useFormEditing<T extends { id: string }>(initial: T | 'new' | null = null) {
  const [editing, setEditing] = useState<T | 'new' | null>(initial);
  const opener = useRef<{ element: HTMLElement; id: string } | null>(null);
  const restoring = useRef(false);
  const elsewhere = useRef<Find | null>(null);
  const listRef = useRef<HTMLElement>(null);
  const lastField = useLastFormField(editing !== null);

  const open = useCallback(
    (value: T | 'new', then?: () => void) => {
      const active = document.activeElement;
      const show = () => {
        if (active instanceof HTMLElement && active !== document.body)
          opener.current = { element: active, id: active.id };
        restoring.current = false;
        elsewhere.current = null;
        setEditing(value);
        then?.();
      };
      const same = editing === value || (editing !== null && keyOf(editing) === keyOf(value));
      if (editing === null || same) return show();
      const field = lastField.current;
      switchForm(show, field?.isConnected ? field : undefined);
    },
    [editing, lastField],
  );
  const drop = useCallback((id: string) => {
    setEditing((now) => (now !== null && now !== 'new' && now.id === id ? null : now));
  }, []);
  const close = useCallback(() => {
    restoring.current = true;
    elsewhere.current = null;
    setEditing(null);
  }, []);
  const closeTo = useCallback((find: Find) => {
    restoring.current = true;
    elsewhere.current = find;
    setEditing(null);
  }, []);

  useEffect(() => {
    if (editing !== null || !restoring.current) return;
    restoring.current = false;
    const was = opener.current;
    opener.current = null;
    const again = was?.element.isConnected
      ? was.element
      : was?.id
        ? document.getElementById(was.id)
        : null;
    const back = () => again ?? listRef.current;
    const find = elsewhere.current;
    elsewhere.current = null;
    if (!find) return back()?.focus();
    // Drawn with the same update as a rule; if not yet, as soon as it is (else back as usual).
    const target = find();
    if (target) focusElement(target);
    else focusSoon(find, back);
  }, [editing]);

  return { editing, open, close, closeTo, drop, listRef, setEditing };
}

const keyOf = (value: { id: string } | 'new') => (value === 'new' ? value : value.id);

const fields = 'input, select, textarea';

/** The field of a form that last had the focus, while `on`: where "Keep editing" goes back to. */
function useLastFormField(on: boolean) {
  const last = useRef<Element | null>(null);
  useEffect(() => {
    if (!on) return;
    const note = (target: EventTarget | null) => {
      if (target instanceof Element && target.matches(fields) && target.closest('form'))
        last.current = target;
    };
    // The form's own first field may have taken the focus before this listens (its effect).
    note(document.activeElement);
    const onFocus = (e: FocusEvent) => note(e.target);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('focusin', onFocus);
      last.current = null;
    };
  }, [on]);
  return last;
}

/**
 * A journal tab's form, as useFormEditing. The tab's `new` address (`#/learning/courses/new`,
 * where the command palette's "New course" goes) opens the form for a new entry, also when the
 * tab is already showing; closing that form returns to the tab's own address, so the same
 * command works again.
 */
export function useEditing<T extends { id: string }>(area: AreaId, tab: string, startNew: boolean) {
  const form = useFormEditing<T>(startNew ? 'new' : null);
  const [seenNew, setSeenNew] = useState(startNew);
  // The address changed while the tab was open: follow it (state adjusted during render).
  if (seenNew !== startNew) {
    setSeenNew(startNew);
    if (startNew) form.setEditing('new');
  }
  const { close: closeForm, closeTo: closeFormTo } = form;
  const close = useCallback(() => {
    closeForm();
    if (startNew) navigateTo(area, tab);
  }, [closeForm, startNew, area, tab]);
  const closeTo = useCallback(
    (find: Find) => {
      closeFormTo(find);
      if (startNew) navigateTo(area, tab);
    },
    [closeFormTo, startNew, area, tab],
  );
  return {
    editing: form.editing,
    open: form.open,
    close,
    closeTo,
    drop: form.drop,
    listRef: form.listRef,
  };
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
