import { useEffect, useState, useSyncExternalStore } from 'react';

/**
 * The app-wide unsaved-changes guard. A form with changes registers itself while it is dirty;
 * moving to another screen (a sidebar link, the command palette, the menu, Back), or an open
 * form switching to another record (switchForm), then asks "Discard your changes?" first.
 * Moves the app makes itself after a save or a delete (`navigateTo`) pass straight through.
 */

const dirtyForms = new Set<symbol>();
const listeners = new Set<() => void>();
/** The hash the person asked to go to, waiting for their answer. */
let pending: string | null = null;
/** What the waiting move does once made (File › Export backup…): dropped with the move. */
let pendingThen: (() => void) | null = null;
/** A hash the app itself is moving to: let through once. */
let allowed: string | null = null;
/** A form's switch to another record, waiting for an answer (switchForm). */
let switching: PendingSwitch | null = null;
/** The hash the screen shows now, to put back when a move is held. */
let shownHash = typeof window === 'undefined' ? '' : window.location.hash;

function emit() {
  for (const l of listeners) l();
}

export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}

/** The move waiting for an answer, if any. */
export function pendingMove(): string | null {
  return pending;
}

export function subscribeUnsaved(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The waiting move, as React state. */
export function usePendingMove(): string | null {
  return useSyncExternalStore(subscribeUnsaved, pendingMove, () => null);
}

/**
 * Marks this form as holding unsaved changes while `dirty` is true: the window asks before it
 * closes, and moving to another screen asks first.
 */
export function useUnsavedChanges(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const id = Symbol('dirty form');
    if (dirtyForms.size === 0) shownHash = window.location.hash;
    dirtyForms.add(id);
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      // Changes the person chose to discard (discardChanges) no longer hold the window.
      if (!dirtyForms.has(id)) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    emit();
    return () => {
      dirtyForms.delete(id);
      window.removeEventListener('beforeunload', onBeforeUnload);
      emit();
      if (dirtyForms.size === 0) queueMicrotask(goOnOnceSaved);
    };
  }, [dirty]);
}

/**
 * A move (or switch of record) asked for while the last form with changes was still being
 * saved — a link pressed a moment after "Save" — no longer has anything to lose once that
 * save has landed: it goes ahead instead of leaving "Discard your changes?" on the screen.
 * Checked a moment later, after the commit that cleared the form, in case another form (or
 * the same one, drawn again) still holds changes. A save that fails keeps the form dirty and
 * the question asked.
 */
function goOnOnceSaved(): void {
  if (hasUnsavedChanges()) return;
  if (pending !== null) confirmLeave();
  else if (switching !== null) confirmSwitch();
}

/**
 * The guard for a form's draft: dirty while `draft` differs from its first value, or from
 * the value last saved. Call the returned function after a save that keeps the form open;
 * pass the form's new value when the save also resets the form (e.g. empties it).
 */
export function useDraftGuard<T>(draft: T): (saved?: T) => void {
  const [baseline, setBaseline] = useState(draft);
  useUnsavedChanges(!sameDraft(draft, baseline));
  return (saved?: T) => setBaseline(saved === undefined ? draft : saved);
}

/** A move the app makes on its own (after a save or a delete): never asks. */
export function moveWithoutAsking(hash: string): void {
  allowed = hash;
  window.location.hash = hash;
}

/**
 * A move the person asked for: straight away when nothing is unsaved, else asks first. `then`
 * runs once the move is made (a menu command's request for the screen it opens), and never
 * if the person keeps editing or asks for another move instead; at once when already there.
 */
export function leaveTo(hash: string, then?: () => void): void {
  // Already there (File › Export backup on Settings): no move, so nothing typed is at stake.
  if (then && window.location.hash === hash) return then();
  if (!hasUnsavedChanges()) {
    moveWithoutAsking(hash);
    then?.();
    return;
  }
  // One question at a time: the move to another screen replaces a waiting switch of record.
  switching = null;
  pending = hash;
  pendingThen = then ?? null;
  emit();
}

/** "Discard changes": forget the dirty forms and make the waiting move. */
export function confirmLeave(): void {
  const hash = pending;
  const then = pendingThen;
  pending = null;
  pendingThen = null;
  switching = null;
  dirtyForms.clear();
  emit();
  if (hash !== null) moveWithoutAsking(hash);
  then?.();
}

/** "Keep editing": stay where we are; what the move would have done is not done either. */
export function cancelLeave(): void {
  pending = null;
  pendingThen = null;
  emit();
}

/**
 * Called on every hashchange before the screen changes. Returns false when the move must wait:
 * the address goes back to the screen with the changes, and the question is asked.
 */
export function acceptHashChange(): boolean {
  const now = window.location.hash;
  if (!hasUnsavedChanges() || now === allowed || now === shownHash) {
    // Another screen: a switch of record waiting on the one left is no longer asked.
    if (now !== shownHash && switching) {
      switching = null;
      emit();
    }
    shownHash = now;
    allowed = null;
    return true;
  }
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${shownHash}`);
  // One question at a time: the move to another screen replaces a waiting switch of record.
  switching = null;
  pending = now;
  pendingThen = null;
  emit();
  return false;
}

/** Whether two drafts hold the same values (plain data: objects, arrays, strings, numbers). */
export function sameDraft(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameDraft((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * A form on the screen about to show another record in its place (another row's Edit, or
 * "Add …"), waiting for the answer; `returnTo` is the field to go back to on "Keep editing".
 */
export interface PendingSwitch {
  run: () => void;
  returnTo: Element | undefined;
}

/** The switch waiting for an answer, if any. */
export function pendingSwitch(): PendingSwitch | null {
  return switching;
}

/** The waiting switch, as React state. */
export function usePendingSwitch(): PendingSwitch | null {
  return useSyncExternalStore(subscribeUnsaved, pendingSwitch, () => null);
}

/**
 * An open form giving way to another record in the same place: straight away when nothing is
 * unsaved, else after "Discard your changes?" is answered, as a move to another screen is.
 */
export function switchForm(run: () => void, returnTo?: Element): void {
  if (!hasUnsavedChanges()) return run();
  switching = { run, returnTo };
  emit();
}

/** "Discard changes": make the waiting switch (the form it replaces lets go of its changes). */
export function confirmSwitch(): void {
  const waiting = switching;
  switching = null;
  emit();
  waiting?.run();
}

/** "Keep editing": the form stays, with what was typed. */
export function cancelSwitch(): void {
  switching = null;
  emit();
}

/**
 * The person chose to discard every form's changes before the app reloads (entering or leaving
 * the sample): nothing asks again, not even the window's own "leave this page?".
 */
export function discardChanges(): void {
  dirtyForms.clear();
  pending = null;
  pendingThen = null;
  switching = null;
  emit();
}

/** For tests: forget every registered form and waiting move. */
export function resetUnsavedChanges(): void {
  dirtyForms.clear();
  pending = null;
  pendingThen = null;
  switching = null;
  allowed = null;
  shownHash = window.location.hash;
  emit();
}
