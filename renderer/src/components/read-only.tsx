/**
 * Read-only mode in the interface. When the data on disk was written by a newer Ascent, every
 * write is refused (db/repositories/write.ts); these pieces make sure nobody starts typing
 * something that cannot be saved. Editing forms still open, so a record can be read in full,
 * but their fields and Save are switched off and a note says why; buttons that change data at
 * once (Add, Delete, Start…) are switched off and point to the banner's explanation. Viewing,
 * searching, filtering, printing and exporting are untouched, and so is saving a copy of a kept
 * file from inside a form (ReadAction).
 *
 * Only 'newer-version' locks the screen: after 'closed-by-upgrade' the fields stay as they
 * were, so someone typing at that moment can still copy their words before they reload.
 */
import {
  createContext,
  useContext,
  useId,
  useRef,
  useSyncExternalStore,
  type ComponentProps,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { getStoreStatus, subscribeStoreStatus } from '../db/status';
import './read-only.css';

/** The id of the banner's explanation (StoreBanner), which every switched-off button names. */
export const READ_ONLY_REASON_ID = 'store-banner-text';

/** The note at the top of a switched-off form (or of a screen of them). */
export const READ_ONLY_FORM_NOTE =
  'You can read this, but changes are switched off: your data was saved by a newer version of Ascent. Install the newer version to make changes.';

const isReadOnlyNow = () => getStoreStatus().kind === 'newer-version';

/** Whether changes are switched off because a newer Ascent wrote the data. */
export function useReadOnly(): boolean {
  return useSyncExternalStore(subscribeStoreStatus, isReadOnlyNow, isReadOnlyNow);
}

/** Inside a switched-off form: the id of its note, which its Save button names. */
const FormNoteContext = createContext<string | null>(null);

/** Inside a disabled <fieldset> of EditForm or WriteGroup (read-only mode only). */
const InLockContext = createContext(false);

const joinIds = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

type EditFormProps = ComponentProps<'form'> & {
  /**
   * The Save / Cancel row. It stays outside the lock, so Cancel still closes a form opened
   * to read; its Save should be a WriteButton (type "submit").
   */
  actions?: ReactNode;
  /** One of many forms on a screen whose ReadOnlyNote says why once: no note of its own. */
  quiet?: boolean;
};

/**
 * A form that changes data: a plain <form> normally. In read-only mode a note comes first
 * and every field is switched off by one disabled <fieldset> (the native way: typing, pasting
 * and submitting are all refused, and assistive technology announces the fields as
 * unavailable), while `actions` stay outside it.
 */
export function EditForm({ children, actions, quiet = false, ...form }: EditFormProps) {
  const readOnly = useReadOnly();
  const ownNoteId = useId();
  if (!readOnly) {
    return (
      <form {...form}>
        {children}
        {actions}
      </form>
    );
  }
  const noteId = quiet ? READ_ONLY_REASON_ID : ownNoteId;
  return (
    <form {...form} aria-describedby={joinIds(form['aria-describedby'], noteId)}>
      {!quiet && <ReadOnlyNote id={noteId} />}
      <FormNoteContext.Provider value={noteId}>
        <fieldset className="edit-lock" disabled>
          <InLockContext.Provider value>{children}</InLockContext.Provider>
        </fieldset>
        {actions}
      </FormNoteContext.Provider>
    </form>
  );
}

/** The note that says why changes are switched off, in read-only mode only. */
export function ReadOnlyNote({ id }: { id?: string }) {
  const readOnly = useReadOnly();
  if (!readOnly) return null;
  return (
    <p className="read-only-note" id={id}>
      {READ_ONLY_FORM_NOTE}
    </p>
  );
}

/**
 * A button that changes data (Save, Add, Delete, Start…): switched off in read-only mode, and
 * described by the reason (its form's note, else the banner), so a screen reader says why.
 */
export function WriteButton({ disabled, ...button }: ComponentProps<'button'>) {
  const readOnly = useReadOnly();
  const formNote = useContext(FormNoteContext);
  if (!readOnly) return <button {...button} disabled={disabled} />;
  return (
    <button
      {...button}
      disabled
      data-read-only=""
      aria-describedby={joinIds(button['aria-describedby'], formNote ?? READ_ONLY_REASON_ID)}
    />
  );
}

/**
 * Controls that change data outside a form (an inline number, a row of timer buttons): all
 * switched off together in read-only mode, the group described by the banner.
 */
export function WriteGroup({ children }: { children: ReactNode }) {
  const readOnly = useReadOnly();
  if (!readOnly) return <>{children}</>;
  return (
    <fieldset className="edit-lock" disabled aria-describedby={READ_ONLY_REASON_ID}>
      <InLockContext.Provider value>{children}</InLockContext.Provider>
    </fieldset>
  );
}

type ReadActionProps = {
  onClick: () => void;
  /** The button's classes ("secondary"…), kept in the lock too so it looks the same. */
  className?: string;
  /** The accessible name: visible words, plus visually hidden ones that say which file. */
  children: ReactNode;
};

/**
 * A button that only reads data (save a copy of a kept file): available in read-only mode too,
 * even inside an EditForm or WriteGroup whose disabled <fieldset> switches off everything else.
 *
 * A disabled fieldset switches off every <button> in it natively (only its first <legend> is
 * spared, which cannot hold a button in the middle of a form), and a portal or a second form
 * would move the button away from the file it saves. So inside a lock, and only there, the
 * action is drawn as a focusable element with the button role instead: the fieldset does not
 * reach it, it is in the Tab order, Enter and Space press it as they press a button, and its
 * words name it. read-only.css gives it the look of the button it stands in for. Everywhere
 * else it is a plain <button>.
 */
export function ReadAction({ onClick, className, children }: ReadActionProps) {
  const inLock = useContext(InLockContext);
  if (!inLock) {
    return (
      <button type="button" className={className} onClick={onClick}>
        {children}
      </button>
    );
  }
  return (
    <LockedReadAction onClick={onClick} className={className}>
      {children}
    </LockedReadAction>
  );
}

/** ReadAction inside a lock: a focusable element with the button role (see above). */
function LockedReadAction({ onClick, className, children }: ReadActionProps) {
  // Space presses on release, and only when it went down here (as on a native button).
  const spaceDown = useRef(false);
  const onKeyDown = (e: KeyboardEvent<HTMLSpanElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    // Neither scrolls the page nor submits the form around it.
    e.preventDefault();
    if (e.key === ' ') spaceDown.current = true;
    else if (!e.repeat) onClick();
  };
  const onKeyUp = (e: KeyboardEvent<HTMLSpanElement>) => {
    if (e.key !== ' ' || !spaceDown.current) return;
    spaceDown.current = false;
    onClick();
  };
  return (
    <span
      role="button"
      tabIndex={0}
      className={className ? `read-action ${className}` : 'read-action'}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
      onBlur={() => (spaceDown.current = false)}
    >
      {children}
    </span>
  );
}
