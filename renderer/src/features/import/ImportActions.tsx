import { useEffect, useRef } from 'react';
import { navigateTo } from '../../app/use-route';
import { focusSoon } from '../../components/focus-soon';
import { formatNumber } from '../../components/format';
import { activitiesText } from './messages';
import type { RunState } from './use-import-run';

interface Props {
  /** Null before a file is chosen: only Cancel is offered. */
  toImport: number | null;
  canImport: boolean;
  state: RunState;
  onImport: () => void;
  onStop: () => void;
}

function Running({
  state,
  onStop,
}: {
  state: RunState & { phase: 'running' };
  onStop: () => void;
}) {
  return (
    <div className="import-progress">
      <label htmlFor="import-run-progress">Importing</label>
      <progress id="import-run-progress" max={state.total} value={state.saved} />
      <span role="status">
        Saved {formatNumber(state.saved)} of {activitiesText(state.total)}…
      </span>
      <button type="button" className="secondary" onClick={onStop}>
        Stop
      </button>
    </div>
  );
}

/**
 * Import and Cancel, then the import's progress (with Stop) or why it did not happen. When a
 * run ends stopped or failed, its Stop button goes: the message saying so takes the focus (else
 * the Import button), rather than the page itself.
 */
export function ImportActions({ toImport, canImport, state, onImport, onStop }: Props) {
  const running = state.phase === 'running';
  const importButton = useRef<HTMLButtonElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  const wasRunning = useRef(false);
  useEffect(() => {
    const ended = wasRunning.current && (state.phase === 'stopped' || state.phase === 'failed');
    wasRunning.current = state.phase === 'running';
    if (ended)
      focusSoon(
        () => outcome.current,
        () => importButton.current,
      );
  }, [state.phase]);
  return (
    <>
      <div className="actions import-actions">
        {toImport !== null && (
          <button
            type="button"
            ref={importButton}
            onClick={onImport}
            disabled={!canImport || running}
          >
            Import {activitiesText(toImport)}
          </button>
        )}
        <button
          type="button"
          className="secondary"
          onClick={() => navigateTo('credit-log')}
          disabled={running}
        >
          Cancel
        </button>
      </div>
      {state.phase === 'running' && <Running state={state} onStop={onStop} />}
      {state.phase === 'stopped' && (
        <p role="status" ref={outcome}>
          Import stopped: nothing was written. You can import again.
        </p>
      )}
      {state.phase === 'failed' && (
        <p className="error" role="alert" ref={outcome}>
          {state.message}
        </p>
      )}
    </>
  );
}
