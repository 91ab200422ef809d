import { useEffect, useRef, useState } from 'react';
import { leftBehindText } from './messages';
import {
  forgetSampleLeftBehind,
  removeSampleLeftBehind,
  sampleLeftBehind,
  sampleStoreExists,
} from './sample-mode';
import './sample.css';

type State =
  | { kind: 'looking' | 'none' | 'shown' | 'removing' | 'removed' | 'blocked' }
  | { kind: 'failed'; reason: string };

/**
 * On the user's own records after a leave that could not remove the sample database: says so,
 * and removes it on request once the window that held it is closed. Shows nothing once the
 * sample is gone (also when it went by itself, as that window closed).
 */
export function SampleLeftBehind() {
  const [state, setState] = useState<State>(() =>
    sampleLeftBehind() ? { kind: 'looking' } : { kind: 'none' },
  );
  const done = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state.kind !== 'looking') return;
    let live = true;
    sampleStoreExists().then(
      (exists) => {
        if (!exists) forgetSampleLeftBehind();
        if (live) setState({ kind: exists ? 'shown' : 'none' });
      },
      () => live && setState({ kind: 'shown' }),
    );
    return () => {
      live = false;
    };
  }, [state.kind]);

  // The button that asked is gone: the keyboard goes to the answer.
  useEffect(() => {
    if (state.kind === 'removed') done.current?.focus();
  }, [state.kind]);

  async function remove() {
    setState({ kind: 'removing' });
    try {
      setState({ kind: (await removeSampleLeftBehind()) === 'deleted' ? 'removed' : 'blocked' });
    } catch (e) {
      setState({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  }

  if (state.kind === 'none' || state.kind === 'looking') return null;
  if (state.kind === 'removed')
    return (
      <div className="banner sample" role="region" aria-label="Sample data">
        <p role="status" tabIndex={-1} ref={done}>
          {leftBehindText.removed}
        </p>
      </div>
    );
  return (
    <div className="banner warning left-behind" role="region" aria-label="Sample data">
      <strong>{leftBehindText.title}</strong> {leftBehindText.body}{' '}
      <button type="button" onClick={() => void remove()} disabled={state.kind === 'removing'}>
        {leftBehindText.remove}
      </button>
      <span role="status">{state.kind === 'removing' ? leftBehindText.removing : ''}</span>
      {state.kind === 'blocked' && <p role="alert">{leftBehindText.blocked}</p>}
      {state.kind === 'failed' && <p role="alert">{leftBehindText.failed(state.reason)}</p>}
    </div>
  );
}
