import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type FocusEvent,
  type ReactNode,
  type RefObject,
  type SetStateAction,
} from 'react';
import type { Platform } from '../../../shared/platform';
import { firstOf, focusSoon, pageHeading, sameControl } from './focus-soon';
import { modalOpen } from './modal-open';

interface UndoOffer {
  id: number;
  message: string;
  /** null: a notice only (e.g. "Saved …"), with nothing to undo. */
  undo: (() => Promise<void>) | null;
  /** Where focus goes once the record is back. */
  back: () => Element | null | undefined;
}

interface UndoFocus {
  /** The restored record's control; by default, the control that had focus at the delete. */
  focus?: () => Element | null | undefined;
}

/**
 * Shows `message` with an Undo button running `undo`; without `undo`, a notice only. After a
 * successful Undo focus goes to `focus` (else back to the control that had it when the record
 * was deleted, drawn again with the record, else the page's heading), never to the page.
 */
type OfferUndo = (message: string, undo?: () => Promise<void>, where?: UndoFocus) => void;

const UndoContext = createContext<OfferUndo | null>(null);

/** The keys that undo, as this computer's keyboard says them. */
const UNDO_KEY =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘Z' : 'Ctrl+Z';

/** How long the Undo button stays after a delete. */
export const UNDO_WINDOW_MS = 15_000;

/** How long a notice with nothing to undo stays. */
export const NOTICE_MS = 6_000;

/** Input types without typing to undo: Ctrl/⌘+Z there is the app's Undo. */
const notTyped = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'range',
  'color',
  'image',
  'hidden',
]);

/**
 * Where Ctrl/⌘+Z belongs to the field (its own typing undo), not to the app's Undo: text typed
 * in a text field, a text area or editable text. A checkbox, a list or a date picker has no
 * typing to undo, so there the Undo on offer runs.
 */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !notTyped.has(target.type) && !/^(date|time|datetime-local|month|week)$/.test(target.type);
}

// With a dialog open (modalOpen) the toasts behind it are out of reach, so Ctrl/⌘+Z and
// Edit › Undo leave the Undo on offer alone rather than put a record back unseen behind it.

/**
 * The page's heading, but only when focus is on the page itself (the toast's Undo button has
 * gone): an Undo pressed with Ctrl/⌘+Z from elsewhere leaves the focus where it is.
 */
const headingIfLost = () => {
  const now = document.activeElement;
  return !now || now === document.body ? pageHeading() : null;
};

/** An undo that declines on purpose (e.g. it would overwrite a later change); its words are shown. */
export class UndoRefused extends Error {}

/** Said when Undo is pressed after a restore ended the offer. */
export const NOTHING_TO_UNDO_TEXT =
  'Nothing to undo: restoring the backup replaced your data, so there is no change left to take back.';

/** The providers to tell when all the data was replaced (endUndoOffers). */
const replacedListeners = new Set<() => void>();

/**
 * All the data was replaced (a backup restored): an Undo still on offer would put a record of
 * the replaced data into the restored data, so every offer ends, and Undo (the toast's,
 * Ctrl/⌘+Z, Edit › Undo) pressed in the next moments says there is nothing left to undo.
 */
export function endUndoOffers(): void {
  for (const end of replacedListeners) end();
}

/**
 * Deletes are undoable: a toast with an Undo button after every single-record delete, also
 * reached with Ctrl/⌘+Z while it shows (outside a text field and any dialog), so a keyboard
 * user need not tab to it, and on the desktop from Edit › Undo (`menu`). Saves show a short
 * notice beside it: a notice never takes the place of an Undo still on offer, while a later
 * delete's Undo takes the place of an earlier one.
 */
export function UndoProvider({
  children,
  menu,
}: {
  children: ReactNode;
  /** The desktop application menu, whose Edit › Undo sends the 'undo' command. */
  menu?: Pick<Platform, 'onMenuCommand'>;
}) {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [notice, setNotice] = useState<UndoOffer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const counter = useRef(0);
  const noticeBox = useRef<HTMLDivElement>(null);
  const offerBox = useRef<HTMLDivElement>(null);
  // One Undo at a time, and never twice for the same offer: a double click on the button, or
  // a key press seen both by the keydown handler and by the menu, must not put a record back
  // twice. Ids, not timing, so no window can be too short or too long.
  const running = useRef(false);
  const undoneId = useRef<number | null>(null);
  // The offer a restore ended (endUndoOffers): an Undo pressed for it is told why nothing
  // happens, until a new offer or the time the offer had anyway is up.
  const [ended, setEnded] = useState<number | null>(null);
  const shownOffer = useRef<UndoOffer | null>(null);
  useEffect(() => {
    shownOffer.current = offer;
  }, [offer]);

  const offerUndo = useCallback<OfferUndo>((message, undo, where) => {
    counter.current += 1;
    const id = counter.current;
    const noFocus = () => null;
    if (!undo) return setNotice({ id, message, undo: null, back: noFocus });
    setError(null);
    setEnded(null);
    // A delete after a save: the save's notice ("Saved …") would sit above "Deleted …". Focus
    // in it (its Dismiss) would drop to the page: it goes on to the toast taking its place.
    const inNotice = !!noticeBox.current?.contains(document.activeElement);
    setNotice(null);
    if (inNotice) {
      focusSoon(firstOf(() => offerBox.current?.querySelector('button'), pageHeading));
    }
    // Nothing to go back to (focus was already on the page, or in the notice that goes):
    // straight to the page's heading.
    const before = inNotice ? null : document.activeElement;
    const back =
      where?.focus || (before && before !== document.body)
        ? firstOf(where?.focus ?? noFocus, sameControl(before))
        : headingIfLost;
    setOffer({ id, message, undo, back });
  }, []);

  // A toast stays while the pointer is on it or focus is in it (time enough to read and reach
  // it, WCAG 2.2.1), and for its whole time again once they leave.
  const offerLife = useToastLife(offer, setOffer, UNDO_WINDOW_MS, offerBox);
  const noticeLife = useToastLife(notice, setNotice, NOTICE_MS, noticeBox);

  const runUndo = useCallback(async (shown: UndoOffer) => {
    if (!shown.undo || running.current || undoneId.current === shown.id) return;
    running.current = true;
    // Where the person was when they asked for the Undo (its button, or anywhere for Ctrl+Z).
    const started = document.activeElement;
    try {
      await shown.undo();
      undoneId.current = shown.id;
      setOffer((o) => (o?.id === shown.id ? null : o));
      focusSoon(shown.back, headingIfLost, started);
    } catch (e) {
      setError(
        e instanceof UndoRefused
          ? e.message
          : 'Undo did not work: the record could not be put back. Nothing else was changed.',
      );
    } finally {
      running.current = false;
    }
  }, []);

  const sayNothingToUndo = useCallback(() => {
    counter.current += 1;
    const id = counter.current;
    setNotice({ id, message: NOTHING_TO_UNDO_TEXT, undo: null, back: () => null });
  }, []);

  useEffect(() => {
    const end = () => {
      const was = shownOffer.current;
      // Ended even while its Undo runs: the toast goes, and with it any later press.
      if (was) undoneId.current = was.id;
      setOffer(null);
      setError(null);
      if (was?.undo) setEnded(was.id);
    };
    replacedListeners.add(end);
    return () => void replacedListeners.delete(end);
  }, []);

  useEffect(() => {
    if (ended === null) return;
    const timer = setTimeout(() => setEnded(null), UNDO_WINDOW_MS);
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey)
        return;
      if (isEditable(e.target) || modalOpen()) return;
      e.preventDefault();
      sayNothingToUndo();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [ended, sayNothingToUndo]);

  useEffect(() => {
    if (!offer?.undo) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey)
        return;
      if (isEditable(e.target) || modalOpen()) return;
      e.preventDefault();
      void runUndo(offer);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [offer, runUndo]);

  // Edit › Undo on the desktop, by mouse or by its Ctrl/⌘+Z accelerator. The keydown handler
  // above stays in both builds: Chromium shows the key to the page first and hands the menu
  // only a press the page left unhandled (not prevented, and not taken by a field's own undo),
  // so the two share the work rather than compete, and runUndo ignores a second call for the
  // same offer should both ever fire. In a text field the item is the field's undo, as the
  // standard role was; with nothing on offer, or a dialog open, it does nothing.
  useEffect(() => {
    if (!menu) return;
    return menu.onMenuCommand((command) => {
      if (command !== 'undo') return;
      if (isEditable(document.activeElement)) document.execCommand('undo');
      else if (modalOpen()) return;
      else if (offer) void runUndo(offer);
      else if (ended !== null) sayNothingToUndo();
    });
  }, [menu, offer, runUndo, ended, sayNothingToUndo]);

  return (
    <UndoContext.Provider value={offerUndo}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {notice && (
          <div className="toast" {...noticeLife}>
            {/* Whole in its tooltip: a narrow window shows two lines of it (styles.css). */}
            <span title={notice.message}>{notice.message}</span>
            {/* Named for what it dismisses: beside the Undo toast's own, two "Dismiss" buttons
                could not be told apart by name. The Undo toast's name says what dismissing it
                means, without the word "undo" (voice control asked for "Undo" would match it). */}
            <button
              type="button"
              className="secondary"
              aria-label="Dismiss notice"
              onClick={() => dismiss(notice, setNotice)}
            >
              ×
            </button>
          </div>
        )}
        {offer && (
          <div className="toast" {...offerLife}>
            <span title={error ?? offer.message}>{error ?? offer.message}</span>
            {offer.undo && (
              <button
                type="button"
                onClick={() => void runUndo(offer)}
                aria-keyshortcuts="Control+Z Meta+Z"
                title={`Undo (${UNDO_KEY})`}
              >
                Undo
              </button>
            )}
            {/* Seen, not read twice: the button's aria-keyshortcuts says it to assistive technology. */}
            {offer.undo && (
              <kbd className="toast-key" aria-hidden="true">
                {UNDO_KEY}
              </kbd>
            )}
            <button
              type="button"
              className="secondary"
              aria-label="Dismiss, keep this change"
              onClick={() => dismiss(offer, setOffer)}
            >
              ×
            </button>
          </div>
        )}
      </div>
    </UndoContext.Provider>
  );
}

type SetToast = Dispatch<SetStateAction<UndoOffer | null>>;

/**
 * How long `toast` shows: `ms`, but not while the pointer is on it or focus is in it, and the
 * whole time again once they leave. Kept per toast: a later one starts with nothing holding
 * it, unless focus is still in it (drawn in the place of the one that had focus). Returns the
 * toast's element's props.
 */
function useToastLife(
  toast: UndoOffer | null,
  setToast: SetToast,
  ms: number,
  box: RefObject<HTMLDivElement | null>,
) {
  const [held, setHeld] = useState({ id: 0, pointer: false, focus: false });
  const holding = toast !== null && held.id === toast.id && (held.pointer || held.focus);
  const hold = useCallback(
    (id: number, part: 'pointer' | 'focus', on: boolean) =>
      setHeld((h) => ({ ...(h.id === id ? h : { id, pointer: false, focus: false }), [part]: on })),
    [],
  );
  useEffect(() => {
    if (!toast || holding) return;
    const timer = setTimeout(() => {
      if (box.current?.contains(document.activeElement)) hold(toast.id, 'focus', true);
      else setToast((t) => (t?.id === toast.id ? null : t));
    }, ms);
    return () => clearTimeout(timer);
  }, [toast, holding, ms, setToast, hold, box]);
  if (!toast) return {};
  const { id } = toast;
  return {
    ref: box,
    onMouseEnter: () => hold(id, 'pointer', true),
    onMouseLeave: () => hold(id, 'pointer', false),
    onFocus: () => hold(id, 'focus', true),
    onBlur: (e: FocusEvent<HTMLDivElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) hold(id, 'focus', false);
    },
  };
}

/**
 * A toast's Dismiss: the toast goes, and focus with it would drop to the page; it goes back
 * where the offer says (the control the delete started from, if it is still there), else to
 * the page's heading.
 */
function dismiss(shown: UndoOffer, setToast: SetToast): void {
  const pressed = document.activeElement;
  setToast((t) => (t?.id === shown.id ? null : t));
  focusSoon(firstOf(shown.back, pageHeading), undefined, pressed);
}

export function useUndo(): OfferUndo {
  const offer = useContext(UndoContext);
  if (!offer) throw new Error('useUndo outside UndoProvider');
  return offer;
}
