import { useSettings } from '../../db/hooks';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';
import { isSampleStore } from '../sample/sample-mode';
import { AutomaticBackups } from './AutomaticBackups';
import { ExportPanel } from './ExportPanel';
import { ReminderDaysForm } from './ReminderDaysForm';
import { RestorePanel } from './RestorePanel';
import { RotationForm } from './RotationForm';
import { SampleBackups } from './SampleBackups';
import { StorageStatus } from './StorageStatus';
import './backup.css';

/**
 * Settings → Backups: export, restore, automatic backups (desktop) or the reminder (browser);
 * while exploring sample data, why none of these apply and how to leave.
 */
export function BackupSettings() {
  const store = useStore();
  const platform = usePlatform();
  const settings = useSettings();
  const readOnly = store.mode === 'read-only';
  if (!settings) return null;
  if (isSampleStore(store)) return <SampleBackups />;
  return (
    <div className="backup-settings">
      <p>
        Everything you keep in Ascent lives only on this computer. A backup file holds all of it,
        evidence files included; keep one somewhere else (a USB stick, another disk).
      </p>
      <ExportPanel lastExportAt={settings.lastExportAt} />
      <RestorePanel readOnly={readOnly} />
      {platform.backups ? (
        <>
          <AutomaticBackups backups={platform.backups} readOnly={readOnly} />
          {!readOnly && <RotationForm value={settings.rotation} />}
        </>
      ) : (
        !readOnly && <ReminderDaysForm value={settings.exportReminderDays} />
      )}
      <StorageStatus desktop={platform.backups !== null} />
    </div>
  );
}
