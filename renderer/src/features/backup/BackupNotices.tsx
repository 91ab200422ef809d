import { useEffect, useState } from 'react';
import type { BackupFileInfo } from '../../../../shared/ipc/contract';
import { useHasOwnRecords, useHasRecords } from '../../db/backup';
import { useSettings } from '../../db/hooks';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';
import { BackupFailedBanner, RestoreOfferBanner } from './Banners';
import { exportReminderDue } from './due';
import { ReminderBanner } from './ReminderBanner';
import { RestoreDialog } from './RestoreDialog';
import { useRestoreFromFile } from './RestorePanel';
import { runnerFor, type StartupResult } from './runner';
import type { RestoreSource } from './use-restore';
import { VanishedBanner } from './VanishedBanner';
import { savedText } from './messages';
import { focusSoon, pageHeading } from '../../components/focus-soon';
import './backup.css';

/** How often the desktop checks whether the daily backup is due. */
const TICK_MS = 10 * 60 * 1000;
/** How often a browser tab left open looks again whether the export reminder is due. */
const REMINDER_CHECK_MS = 60 * 60 * 1000;

/** Runs the start-up checks and the daily timer; returns what the banners need. */
function useBackupRunner() {
  const store = useStore();
  const platform = usePlatform();
  const runner = runnerFor(store, platform);
  const [startup, setStartup] = useState<StartupResult | null>(null);
  const [tickError, setTickError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void runner.start().then((r) => live && setStartup(r));
    return () => {
      live = false;
    };
  }, [runner]);
  useEffect(() => {
    if (!platform.backups) return;
    const id = setInterval(() => void runner.tick().then(setTickError), TICK_MS);
    return () => clearInterval(id);
  }, [runner, platform]);
  const backupError = (startup?.kind === 'ok' && startup.backupError) || tickError;
  return { startup, backupError, backups: platform.backups };
}

/**
 * The time the reminder is judged at, taken again every hour and whenever the window comes
 * back into view, so a tab left open for days shows the reminder once it is due. Not the day
 * clock (useToday): the reminder counts 24-hour steps from the export's time, and a change at
 * midnight only would show it up to a day late. Idle on the desktop, which has no reminder.
 */
function useReminderClock(running: boolean, lastExportAt: string | null | undefined): Date {
  const [now, setNow] = useState(() => new Date());
  // A new "Last exported" (an export just made, a restore, another window's) is judged at the
  // time it came, in the same render: at the last look it would be later than now, and a time
  // later than now is of unknown age, which brings the reminder back (exportReminderDue).
  const [judged, setJudged] = useState(lastExportAt);
  if (judged !== lastExportAt) {
    setJudged(lastExportAt);
    setNow(new Date());
  }
  useEffect(() => {
    if (!running) return;
    const look = () => setNow(new Date());
    const onVisible = () => document.visibilityState === 'visible' && look();
    const id = setInterval(look, REMINDER_CHECK_MS);
    window.addEventListener('focus', look);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(id);
      window.removeEventListener('focus', look);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [running]);
  return now;
}

/**
 * Browser only: whether the export reminder should show now. It waits for records of the
 * user's own: the profile typed at onboarding alone is no reason to ask for a backup.
 */
function useReminderDue(): boolean {
  const platform = usePlatform();
  const records = useHasOwnRecords();
  const settings = useSettings();
  const now = useReminderClock(!platform.backups, settings?.lastExportAt);
  if (platform.backups || !settings || records === undefined) return false;
  return exportReminderDue({
    lastExportAt: settings.lastExportAt,
    reminderDays: settings.exportReminderDays,
    hasRecords: records,
    now,
  });
}

/** A banner of these (not the error line): where focus goes on when one is hidden. */
const BANNER = 'section.backup-banner';

/**
 * What a banner's action came to, once the banner has gone (the reminder's export: "Backup
 * saved as …"). Said until the person moves to another screen.
 */
function useSaid() {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    if (text === null) return;
    const forget = () => setText(null);
    window.addEventListener('hashchange', forget);
    return () => window.removeEventListener('hashchange', forget);
  }, [text]);
  return { text, show: setText };
}

/**
 * Above every screen (App): the start-up checks, and the banners they lead to — records that
 * vanished (desktop), an automatic backup that failed, the export reminder (browser), and a
 * way to restore when the database is empty (e.g. on the welcome screen).
 */
export function BackupNotices() {
  const store = useStore();
  const { startup, backupError, backups } = useBackupRunner();
  const records = useHasRecords();
  const settings = useSettings();
  const reminderDue = useReminderDue();
  const file = useRestoreFromFile();
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [newestSource, setNewestSource] = useState<RestoreSource | null>(null);
  const said = useSaid();

  /**
   * A banner goes for this visit ("Not now", "Hide this message", "Start fresh", an export
   * saved from it). The control pressed (`from`) goes with it: focus moves on to the banner
   * after it, else to the page's heading, rather than drop to the page.
   */
  function hide(key: string, from: Element | null = document.activeElement) {
    setHidden((h) => new Set(h).add(key));
    const banner = from?.closest(BANNER);
    const after = banner?.nextElementSibling;
    const next = after?.matches(BANNER) ? after : null;
    focusSoon(
      () => (banner?.isConnected ? null : next?.isConnected ? next : pageHeading()),
      undefined,
      from,
    );
  }
  const vanished =
    startup?.kind === 'vanished' && records === false && !hidden.has('vanished') ? startup : null;

  function restoreNewest(newest: BackupFileInfo) {
    setNewestSource({
      label: 'the newest automatic backup',
      automatic: true,
      load: () => backups!.read(newest.fileName),
    });
  }

  return (
    <>
      {vanished && (
        <VanishedBanner
          newest={vanished.newest}
          onRestoreNewest={() => vanished.newest && restoreNewest(vanished.newest)}
          onChooseFile={() => void file.pick()}
          onStartFresh={() => hide('vanished')}
        />
      )}
      {!vanished && records === false && store.mode === 'read-write' && (
        <RestoreOfferBanner onPick={() => void file.pick()} />
      )}
      {backupError && !hidden.has('error') && (
        <BackupFailedBanner message={backupError} onHide={() => hide('error')} />
      )}
      {reminderDue && settings && !hidden.has('reminder') && (
        <ReminderBanner
          lastExportAt={settings.lastExportAt}
          onDismiss={() => hide('reminder')}
          onSaved={(fileName, from) => {
            said.show(savedText(fileName));
            hide('reminder', from);
          }}
        />
      )}
      {file.error && (
        <p className="error backup-banner" role="alert">
          {file.error}
        </p>
      )}
      {file.dialog}
      {newestSource && (
        <RestoreDialog source={newestSource} onClose={() => setNewestSource(null)} />
      )}
      {/* On the page before anything is said in it, so that it is read out; it outlives the
          banner whose outcome it tells. Polite, as a status is, but without that role: it
          is on every screen, and must not stand beside each screen's own status lines. */}
      <div aria-live="polite" className="backup-said">
        {said.text && <p className="backup-banner saved-note">{said.text}</p>}
      </div>
    </>
  );
}
