import { useState } from 'react';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';
import { plural } from '../../components/format';
import { daysSince } from './due';
import { exportControllerFor, useExportState } from './export-controller';
import { progressText } from './messages';
import { ProgressLine } from './ProgressLine';

/** Browser: the last export is too old (or there never was one). Dismissible for this visit. */
export function ReminderBanner({
  lastExportAt,
  onDismiss,
}: {
  lastExportAt: string | null;
  onDismiss: () => void;
}) {
  const store = useStore();
  const platform = usePlatform();
  const controller = exportControllerFor(store, platform);
  const state = useExportState(controller);
  const days = daysSince(lastExportAt, new Date());
  const [asked, setAsked] = useState(false);
  return (
    <section className="backup-banner" aria-label="Backup reminder">
      <p>
        <strong>
          {days === null
            ? 'You have not exported a backup yet.'
            : `Your last backup is ${plural(days, 'day', 'days')} old.`}
        </strong>{' '}
        Your records live only in this browser: if its data is cleared, they are gone. Export a
        backup file and keep it somewhere safe.
      </p>
      <button
        type="button"
        onClick={() => (setAsked(true), void controller.run())}
        disabled={state.kind === 'running'}
      >
        Export now
      </button>
      <button type="button" className="secondary" onClick={onDismiss}>
        Not now
      </button>
      {asked && state.kind === 'running' && (
        <ProgressLine label={progressText(state.progress)} progress={state.progress} />
      )}
      {asked && state.kind === 'failed' && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
