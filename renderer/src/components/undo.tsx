import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';

interface UndoOffer {
  id: number;
  message: string;
  undo: () => Promise<void>;
}

type OfferUndo = (message: string, undo: () => Promise<void>) => void;

const UndoContext = createContext<OfferUndo | null>(null);

/** How long the Undo button stays after a delete. */
export const UNDO_WINDOW_MS = 15_000;

/** Deletes are undoable: a toast with an Undo button after every single-record delete. */
/** An undo that declines on purpose (e.g. it would overwrite a later change); its words are shown. */
export class UndoRefused extends Error {}

export function UndoProvider({ children }: { children: ReactNode }) {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const counter = useRef(0);

  const offerUndo = useCallback<OfferUndo>((message, undo) => {
    counter.current += 1;
    setError(null);
    setOffer({ id: counter.current, message, undo });
  }, []);

  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(
      () => setOffer((o) => (o?.id === offer.id ? null : o)),
      UNDO_WINDOW_MS,
    );
    return () => clearTimeout(timer);
  }, [offer]);

  async function runUndo() {
    if (!offer) return;
    try {
      await offer.undo();
      setOffer(null);
    } catch (e) {
      setError(
        e instanceof UndoRefused
          ? e.message
          : 'Undo did not work: the record could not be put back. Nothing else was changed.',
      );
    }
  }

  return (
    <UndoContext.Provider value={offerUndo}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {offer && (
          <div className="toast">
            <span>{error ?? offer.message}</span>
            <button type="button" onClick={runUndo}>
              Undo
            </button>
            <button
              type="button"
              className="secondary"
              aria-label="Dismiss"
              onClick={() => setOffer(null)}
            >
              ×
            </button>
          </div>
        )}
      </div>
    </UndoContext.Provider>
  );
}

export function useUndo(): OfferUndo {
  const offer = useContext(UndoContext);
  if (!offer) throw new Error('useUndo outside UndoProvider');
  return offer;
}
