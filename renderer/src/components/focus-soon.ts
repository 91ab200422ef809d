/**
 * Keeping a keyboard or screen-reader user's place when the control they pressed goes away (a
 * form closes on Save, a row is deleted, Start becomes Pause, Undo's toast leaves). Without
 * this the browser drops focus to the page itself and the next Tab starts at the top.
 *
 * The element to focus often appears only once the database has answered (the saved card, the
 * restored row), so the search is tried again on each frame for about a second. It gives up
 * as soon as the user has put focus somewhere else themselves: it never takes focus away.
 */

type Find = () => Element | null | undefined;

const FRAMES = 120;

const natively = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Focuses `el`; a heading or other element that cannot take focus is made able to (-1). */
export function focusElement(el: Element): void {
  if (!(el instanceof HTMLElement)) return;
  if (!el.matches(natively)) el.tabIndex = -1;
  el.focus();
}

/**
 * The page itself, for these purposes: nothing, <body>, <main>, or a heading that the route
 * change focused (Shell) while the screen was still drawing. None of them is a user's choice.
 */
function isPage(el: Element | null): boolean {
  return !el || el === document.body || el.id === 'main' || el.matches('main h1[tabindex="-1"]');
}

/**
 * Focuses the first element `find` returns, once it exists (else, after about a second, what
 * `fallback` returns), unless focus has meanwhile moved anywhere but the page or the control
 * the action started from: `started` (the pressed control, read before the action's work,
 * which may take seconds), else whatever has focus when this is called. A user who moves on
 * while the work runs keeps their place.
 */
export function focusSoon(find: Find, fallback?: Find, started?: Element | null): void {
  const from = started === undefined ? document.activeElement : started;
  const free = () => {
    const now = document.activeElement;
    return isPage(now) || now === from;
  };
  const attempt = (left: number) =>
    requestAnimationFrame(() => {
      if (!free()) return;
      const target = find() ?? (left === 0 ? fallback?.() : null);
      if (target) focusElement(target);
      else if (left > 0) attempt(left - 1);
    });
  attempt(FRAMES);
}

/** The first of the candidates that is on the page (a finder list for focusSoon). */
export function firstOf(...candidates: Find[]): Find {
  return () => {
    for (const c of candidates) {
      const el = c();
      if (el?.isConnected) return el;
    }
    return null;
  };
}

/** A form's (or section's) first field that can be typed in. */
export function firstField(root: Element | null | undefined): Element | null {
  return (
    root?.querySelector(
      'input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)',
    ) ?? null
  );
}

/** The page's heading: where a user starts on the screen when nothing better is left. */
export const pageHeading: Find = () => document.querySelector('main h1');

const controls = 'a[href], button, input, select, textarea';

/**
 * Where focus goes when `control`'s row or card (the nearest `container`) is removed: the same
 * control in the next one (or what `pick` chooses there, its heading, say), else in the one
 * before (Delete pressed on the last row), else `fallback` (the list's heading, say). Read
 * now, before the removal; the finder it returns waits for the row to be gone.
 */
export function afterRemoval(
  control: Element | null,
  container: string,
  fallback: Find,
  pick?: (row: Element) => Element | null,
): Find {
  const row = control?.closest(container);
  if (!row) return fallback;
  const position = [...row.querySelectorAll(controls)].indexOf(control!);
  const sibling = (other: Element | null) => (other?.matches(container) ? other : null);
  const next = sibling(row.nextElementSibling);
  const previous = sibling(row.previousElementSibling);
  const within = (other: Element | null) => {
    if (!other?.isConnected) return null;
    return (pick ? pick(other) : other.querySelectorAll(controls)[position]) ?? other;
  };
  return () => {
    if (row.isConnected) return null;
    return within(next) ?? within(previous) ?? fallback();
  };
}

/**
 * A way back to `el` after it has been drawn again (its record deleted and put back): the
 * same element if it is still there, else the element with its id, else the one control of
 * the same kind with the same words ("Delete Kim Park"). Null when that is not unique.
 */
export function sameControl(el: Element | null): Find {
  if (!(el instanceof HTMLElement) || el === document.body) return () => null;
  const { id, tagName } = el;
  const words = el.textContent;
  const label = el.getAttribute('aria-label');
  return () => {
    if (el.isConnected) return el;
    if (id) return document.getElementById(id);
    const alike = [...document.querySelectorAll(tagName)].filter(
      (x) => x.textContent === words && x.getAttribute('aria-label') === label,
    );
    return alike.length === 1 ? alike[0] : null;
  };
}

/**
 * A control switched off while its work runs (Export now, Save profile) drops the focus to the
 * page: it gets the focus back once it is on the page and enabled again, unless focus has moved
 * elsewhere meanwhile (focusSoon's rule).
 */
export function focusBackWhenEnabled(pressed: HTMLButtonElement | null): void {
  focusSoon(() => (pressed?.isConnected && !pressed.disabled ? pressed : null), undefined, pressed);
}
