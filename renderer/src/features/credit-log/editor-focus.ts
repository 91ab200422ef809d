/**
 * Focus in the activity form (ActivityEditor): going to a field named in the error summary,
 * and, when the form starts again from another window's change, finding the control that had
 * focus in the form drawn anew.
 */
import { useLayoutEffect, useRef } from 'react';
import type { EditConflict } from './use-editor-actions';

/** Moves focus to a field named in the error summary (a fieldset: its first control). */
export function focusField(form: HTMLFormElement | null, field: string) {
  const name = field === 'split' ? 'split.waysOfWorking' : field;
  const target = form?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  const control =
    target instanceof HTMLFieldSetElement
      ? target.querySelector<HTMLElement>('input, select, button')
      : target;
  control?.focus();
}

/** What had focus in the form, to find its new self once the form is drawn again. */
export interface FocusKey {
  tag: string;
  name: string | null;
  text: string;
}

const focusKeyOf = (el: Element): FocusKey => ({
  tag: el.tagName,
  name: el.getAttribute('name'),
  text: el.textContent ?? '',
});

/** The control matching `key` in `form`: by its name, else by its kind and its words. */
function findFocus(form: HTMLFormElement, key: FocusKey): HTMLElement | null {
  if (key.name) return form.querySelector<HTMLElement>(`[name="${CSS.escape(key.name)}"]`);
  const same = Array.from(form.querySelectorAll<HTMLElement>(key.tag)).filter(
    (el) => (el.textContent ?? '') === key.text,
  );
  return same.length === 1 ? same[0]! : null;
}

interface FreshStart {
  conflict: EditConflict | null;
  /** Nothing typed, nothing submitted, nothing being saved. */
  untouched: boolean;
  /** What had focus before the form started again, to focus once drawn. */
  focus: FocusKey | null;
  onStale: (focus: FocusKey | null) => void;
}

/**
 * Starts the form again (onStale) when its activity changed in another window and nobody has
 * begun on it, and puts focus back once it is drawn again. Returns the form's ref, the note's
 * (focused when the control cannot be found) and `onBegin`, for a key or change reaching it.
 */
export function useFreshStart({ conflict, untouched, focus, onStale }: FreshStart) {
  const formRef = useRef<HTMLFormElement>(null);
  // Set as the first key or change reaches the form, before React draws it: the form never
  // starts again once the person has begun, even when the redraw saying so is still to come.
  const begun = useRef(false);
  const noteRef = useRef<HTMLParagraphElement>(null);
  // Layout effects, not effects: the form starts again, and focus is back in it, in the same
  // task as the drawing that showed the change. After an effect the new form came a task
  // later, and a key pressed in between went into the form being replaced and was lost.
  useLayoutEffect(() => {
    if (conflict !== 'CHANGED' || !untouched || begun.current) return;
    const active = document.activeElement;
    onStale(active && formRef.current?.contains(active) ? focusKeyOf(active) : null);
  }, [conflict, untouched, onStale]);
  useLayoutEffect(() => {
    // Focus was in the form: back on the same control, or on the note when it cannot be found.
    if (!focus || !formRef.current) return;
    (findFocus(formRef.current, focus) ?? noteRef.current)?.focus();
  }, [focus]);
  const onBegin = () => {
    begun.current = true;
  };
  return { formRef, noteRef, onBegin };
}
