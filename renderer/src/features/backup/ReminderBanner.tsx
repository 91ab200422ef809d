import { useRef, useState } from 'react';
import { focusBackWhenEnabled } from '../../components/focus-soon';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';
import { plural } from '../../components/format';
import { exportAge } from './due';
import { exportControllerFor, useExportState } from './export-controller';
import { progressText } from './messages';
import { ProgressLine } from './ProgressLine';

/** Browser: the last export is too old (or there never was one). Dismissible for this visit. */
export function ReminderBanner({
  lastExportAt,
  onDismiss,
  onSaved,
}: {
  lastExportAt: string | null;
  onDismiss: () => void;
  /**
   * The backup is saved: the banner goes (the reminder is no longer due), so what came of it
   * is said elsewhere, and focus moves on from `from`, the button pressed.
   */
  onSaved?: (fileName: string, from: Element | null) => void;
}) {
  const store = useStore();
  const platform = usePlatform();
  const controller = exportControllerFor(store, platform);
  const state = useExportState(controller);
  const age = exportAge(lastExportAt, new Date());
  const [asked, setAsked] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  // The button is switched off while the backup is made, which drops the focus to the page:
  // unless the banner goes with a saved backup, focus comes back to the button.
  async function exportNow() {
    const pressed = button.current;
    setAsked(true);
    await controller.run();
    const outcome = controller.getState();
    if (outcome.kind === 'saved' && onSaved) return onSaved(outcome.fileName, pressed);
    focusBackWhenEnabled(pressed);
  }

  return (
    <section className="backup-banner" aria-label="Backup reminder">
      <p>
        <strong>
          {age.kind === 'never'
            ? 'You have not exported a backup yet.'
            : age.kind === 'unknown'
              ? 'The date of your last backup is later than now (a clock was wrong), so its age is not known.'
              : `Your last backup is ${plural(age.days, 'day', 'days')} old.`}
        </strong>{' '}
        Your records live only in this browser: if its data is cleared, they are gone. Export a
        backup file and keep it somewhere safe.
      </p>
      <button
        type="button"
        ref={button}
        onClick={() => void exportNow()}
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
