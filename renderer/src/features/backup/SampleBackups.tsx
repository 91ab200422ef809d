import { useEffect } from 'react';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';
import { LeaveSample } from '../sample/LeaveSample';
import {
  exportControllerFor,
  onExportRequest,
  takeExportRequest,
  useExportState,
} from './export-controller';
import { sampleBackupText } from './messages';

/**
 * Settings → Backups while exploring sample data: no export, no restore and no automatic
 * backups, each saying why, with the way out (leaving) at hand. The File menu's "Export a
 * backup…" still lands here and is answered with the reason.
 */
export function SampleBackups() {
  const store = useStore();
  const platform = usePlatform();
  const controller = exportControllerFor(store, platform);
  const state = useExportState(controller);

  useEffect(() => {
    const answerIfAsked = () => {
      if (takeExportRequest()) void controller.run();
    };
    answerIfAsked();
    return onExportRequest(answerIfAsked);
  }, [controller]);

  return (
    <div className="backup-settings">
      <p>{sampleBackupText.intro}</p>
      <div className="backup-block">
        <h3>Export</h3>
        <p>{sampleBackupText.export}</p>
        {state.kind === 'failed' && (
          <p className="error" role="alert">
            {state.message}
          </p>
        )}
      </div>
      <div className="backup-block">
        <h3>Restore</h3>
        <p>{sampleBackupText.restore}</p>
        <LeaveSample />
      </div>
      {platform.kind === 'desktop' && (
        <div className="backup-block">
          <h3>Automatic backups</h3>
          <p>{sampleBackupText.automatic}</p>
        </div>
      )}
    </div>
  );
}
