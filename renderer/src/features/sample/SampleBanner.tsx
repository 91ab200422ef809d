import { useState } from 'react';
import { useStore } from '../../db/store-context';
import { leaveSampleMode } from './sample-mode';

/** Always on screen in sample mode: what this is, and the one action that removes it. */
export function SampleBanner() {
  const store = useStore();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function leave() {
    try {
      await leaveSampleMode(() => store.db.close());
    } catch {
      setFailure('The sample data could not be removed. Close other Ascent windows and try again.');
    }
  }

  return (
    <div className="banner sample" role="region" aria-label="Sample data">
      <strong>You are exploring sample data.</strong> Everything here is made up; your own records
      are kept apart and are untouched.{' '}
      {confirming ? (
        <>
          Remove every sample record and go back to your own?{' '}
          <button type="button" onClick={leave}>
            Remove sample data
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Keep exploring
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Leave sample data…
        </button>
      )}
      {failure && <p role="alert">{failure}</p>}
    </div>
  );
}
