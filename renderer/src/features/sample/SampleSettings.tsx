import { enterSampleMode, isSampleMode } from './sample-mode';

/** Settings section: look around with made-up records, without touching the user's own. */
export function SampleSettings() {
  if (isSampleMode()) return null;
  return (
    <section className="card" aria-labelledby="sample-settings-title">
      <h2 id="sample-settings-title">Sample data</h2>
      <p>
        Open Ascent on a made-up career to try a screen without changing your records. Your own data
        stays exactly as it is and comes back when you leave the sample.
      </p>
      <button type="button" className="secondary" onClick={enterSampleMode}>
        Explore with sample data
      </button>
    </section>
  );
}
