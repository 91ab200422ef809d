import { navigateTo } from '../../app/use-route';
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

/** Import and Cancel, then the import's progress (with Stop) or why it did not happen. */
export function ImportActions({ toImport, canImport, state, onImport, onStop }: Props) {
  const running = state.phase === 'running';
  return (
    <>
      <div className="actions import-actions">
        {toImport !== null && (
          <button type="button" onClick={onImport} disabled={!canImport || running}>
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
        <p role="status">Import stopped: nothing was written. You can import again.</p>
      )}
      {state.phase === 'failed' && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
    </>
  );
}
