import { useEffect, useRef, type RefObject } from 'react';

/**
 * About two seconds of frames: a screen's code loaded on demand (screens.ts) and its first data
 * normally arrive well within that.
 */
const FRAMES = 120;

/**
 * Whether `el` is on the screen. A screen loaded on demand is drawn a moment after the move:
 * meanwhile React keeps the screen left behind in the page, hidden (display: none), with the
 * link that was pressed still holding focus.
 */
function isShown(el: Element): boolean {
  if (!el.isConnected) return false;
  if (typeof el.checkVisibility === 'function') return el.checkVisibility();
  for (let e: Element | null = el; e; e = e.parentElement)
    if (e instanceof HTMLElement && e.style.display === 'none') return false;
  return true;
}

/**
 * Focus nobody chose: nothing, the page, <main>, or an element of the screen left behind (the
 * pressed link, removed or hidden). Anything else was put there by the person or by the new
 * screen itself (a form's first field, the row an edit came back to) and stays.
 */
function leftBehind(active: Element | null): boolean {
  return !active || active === document.body || active.id === 'main' || !isShown(active);
}

/** The new screen's heading, once drawn (the one left behind may still be there, hidden). */
function shownHeading(main: HTMLElement | null): HTMLElement | null {
  const headings = main ? [...main.querySelectorAll<HTMLElement>('h1')] : [];
  return headings.find(isShown) ?? null;
}

/**
 * After a move to another screen (`routeKey` changed), focus starts from the new screen's
 * heading (else <main>), so a keyboard or screen-reader user is told where they are and goes
 * on from there, and the page starts at its top, so that everyone sees that heading. Tried on
 * each frame until that screen is drawn — the first visit to a screen waits for its code — and
 * given up as soon as focus is somewhere nobody left behind.
 *
 * The top, and not the place the screen left behind was scrolled to (a link at the bottom of
 * the dashboard opened the study planner 1,700 px down), nor the place the browser restores
 * on Back or Forward: that place belongs to a page that is still being drawn. Scrolled in
 * the same frame as the focus moves, before the browser paints the screen. A screen that
 * puts the focus somewhere itself (the row an edit came back to, the palette's section, a
 * tab still shown) keeps its place, as the page does.
 */
export function useArrivalFocus(routeKey: string, mainRef: RefObject<HTMLElement | null>): void {
  const firstRoute = useRef(routeKey);
  useEffect(() => {
    // The first screen after a start is left alone, unless the app started again on purpose.
    if (routeKey === firstRoute.current && !takeArrivalAfterReload()) return;
    firstRoute.current = '';
    let frame = 0;
    const attempt = (left: number) => {
      frame = requestAnimationFrame(() => {
        if (!leftBehind(document.activeElement)) return;
        const heading = shownHeading(mainRef.current);
        if (heading) {
          toTop();
          heading.tabIndex = -1;
          heading.focus({ preventScroll: true });
        } else if (left > 0) attempt(left - 1);
        else {
          toTop();
          mainRef.current?.focus({ preventScroll: true });
        }
      });
    };
    attempt(FRAMES);
    return () => cancelAnimationFrame(frame);
  }, [routeKey, mainRef]);
}

/** The page scrolled to its top (what window.scrollTo(0, 0) does, set on its scroller). */
function toTop(): void {
  const page = document.scrollingElement ?? document.documentElement;
  page.scrollTop = 0;
  page.scrollLeft = 0;
}

const AFTER_RELOAD_KEY = 'ascent.arrive-after-reload';

/**
 * Marks the next start as an arrival (sample mode switched on or off: the page reloads), so its
 * first screen's heading takes the focus as after any move, instead of the focus being nowhere.
 */
export function arriveAfterReload(): void {
  try {
    window.sessionStorage.setItem(AFTER_RELOAD_KEY, '1');
  } catch {
    // No session storage: the start after the reload leaves focus where the browser puts it.
  }
}

/** Whether this start was marked by arriveAfterReload; the mark is used once. */
function takeArrivalAfterReload(): boolean {
  try {
    const marked = window.sessionStorage.getItem(AFTER_RELOAD_KEY) === '1';
    window.sessionStorage.removeItem(AFTER_RELOAD_KEY);
    return marked;
  } catch {
    return false;
  }
}
