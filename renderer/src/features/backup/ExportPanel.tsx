import { useEffect, useRef } from 'react';
import { focusBackWhenEnabled } from '../../components/focus-soon';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';
import {
  exportControllerFor,
  onExportRequest,
  takeExportRequest,
  useExportState,
} from './export-controller';
import { progressText, savedText, timeText } from './messages';
import { ProgressLine } from './ProgressLine';
import { useSettings } from '../../db/hooks';

/** "Export a complete backup…": progress while it is made, then where it went. */
export function ExportPanel({ lastExportAt }: { lastExportAt: string | null }) {
  const clock = useSettings()?.clock;
  const store = useStore();
  const platform = usePlatform();
  const controller = exportControllerFor(store, platform);
  const state = useExportState(controller);
  const button = useRef<HTMLButtonElement>(null);

  // The button is switched off while the backup is made, which drops the focus to the page:
  // it comes back to the button once the export has finished (saved, cancelled or failed).
  async function exportNow() {
    const pressed = button.current;
    await controller.run();
    focusBackWhenEnabled(pressed);
  }

  // The File menu asks for an export and brings the user here: start it now.
  useEffect(() => {
    const startIfAsked = () => {
      if (takeExportRequest()) void controller.run();
    };
    startIfAsked();
    return onExportRequest(startIfAsked);
  }, [controller]);

  return (
    <div className="backup-block">
      <h3>Export</h3>
      <p>
        One file with everything: your profile, credentials, credit log and evidence files.
        {platform.backups ? ' Choose where to save it.' : ' It goes to your downloads.'}
      </p>
      <div className="actions">
        <button
          type="button"
          ref={button}
          onClick={() => void exportNow()}
          disabled={state.kind === 'running'}
        >
          {/* The ellipsis only where a Save dialog follows (desktop); on the web it saves at once. */}
          {platform.backups ? 'Export a complete backup…' : 'Export a complete backup'}
        </button>
      </div>
      {state.kind === 'running' && (
        <ProgressLine label={progressText(state.progress)} progress={state.progress} />
      )}
      {/* Always in the page, empty until the export ends: a live region added already filled
          may not be read out, one filled later is. Emptied by the next export, so the same
          words are read again. */}
      <p className={state.kind === 'saved' ? 'saved-note' : undefined} role="status">
        {state.kind === 'saved' && savedText(state.fileName)}
        {state.kind === 'cancelled' && 'No backup was saved.'}
      </p>
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      <p className="hint">
        {lastExportAt
          ? `Last exported ${timeText(lastExportAt, clock)}.`
          : 'No backup exported yet.'}
      </p>
    </div>
  );
}
