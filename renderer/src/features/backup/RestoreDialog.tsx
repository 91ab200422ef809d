import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { focusSoon, pageHeading } from '../../components/focus-soon';
import { hrefFor } from '../../app/routes';
import { useSettings } from '../../db/hooks';
import type { ClockChoice } from '../../db/repositories/settings';
import { usePlatform } from '../../platform';
import { DialogDetails, RestorePreview } from './RestorePreview';
import {
  automaticBackupName,
  checkingText,
  nextStepText,
  problemText,
  recordsText,
  spreadsheetText,
} from './messages';
import { ProgressLine } from './ProgressLine';
import type { SafetyCopy } from './restore-flow';
import { useRestore, type RestoreSource, type RestoreState } from './use-restore';

const titles: Record<RestoreState['kind'], string> = {
  checking: 'Checking the backup',
  refused: 'This file cannot be restored',
  unreadable: 'The backup could not be read',
  preview: 'Restore this backup?',
  restoring: 'Restoring your data',
  done: 'Your data is restored',
  failed: 'Nothing was restored',
};

/** Where the data as it was went: on the desktop, the automatic backup to restore to undo. */
function safetyText(safety: SafetyCopy, clock?: ClockChoice): string {
  if (safety.kind === 'automatic')
    return `Your previous data was kept as an automatic backup, the one of ${automaticBackupName(safety.file, clock)}: to undo this restore, restore that backup (Settings → Backups).`;
  if (safety.kind === 'downloaded')
    return `A copy of your previous data was downloaded as ${safety.fileName}.`;
  return '';
}

function CloseButton({ onClose }: { onClose: () => void }) {
  return (
    <div className="actions">
      <button type="button" onClick={onClose} autoFocus>
        Close
      </button>
    </div>
  );
}

function ProblemReport({
  label,
  state,
  desktop,
  onClose,
}: {
  label: string;
  state: Extract<RestoreState, { kind: 'refused' }>;
  desktop: boolean;
  onClose: () => void;
}) {
  const { problems, omitted, spreadsheet, appVersion } = state;
  const next = nextStepText(problems, desktop);
  if (spreadsheet)
    return (
      <>
        <p>{spreadsheetText.what(label)}</p>
        <p>
          {spreadsheetText.before[spreadsheet]}
          {/* Closed on the way: the dialog sits above every screen and would stay open. */}
          <a href={hrefFor('credit-log', 'import')} onClick={onClose}>
            {spreadsheetText.link}
          </a>
          {spreadsheetText.after}
        </p>
        {next && <p>{next}</p>}
      </>
    );
  return (
    <>
      <p>Nothing was changed. What is wrong with {label}:</p>
      <ul className="backup-problems">
        {problems.map((p, i) => (
          <li key={i}>{problemText(p, appVersion)}</li>
        ))}
        {omitted > 0 && <li>…and {omitted} more problems.</li>}
      </ul>
      {next && <p>{next}</p>}
    </>
  );
}

const restoringText = {
  'safety-copy': 'Keeping a copy of your current data…',
  replacing: 'Replacing your data… Keep Ascent open until this finishes.',
};

/**
 * The restore at work. The pressed "Replace my data with this backup" went with the preview, and
 * Close comes only at the end: meanwhile the focus waits here, on what is being done (read out
 * as it is focused), instead of dropping to the page behind the dialog.
 */
function Restoring({ label }: { label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1}>
      <ProgressLine label={label} progress={null} />
    </div>
  );
}

interface BodyProps {
  state: RestoreState;
  label: string;
  desktop: boolean;
  confirm: (downloadCopy: boolean) => void;
  onClose: () => void;
  clock?: ClockChoice;
}

/** What the dialog shows in each state; every end state offers Close. */
function Body({ state, label, desktop, confirm, onClose, clock }: BodyProps) {
  switch (state.kind) {
    case 'checking':
      return <ProgressLine label={checkingText(label, state.progress)} progress={state.progress} />;
    case 'preview':
      return (
        <RestorePreview
          backup={state.backup}
          current={state.current}
          desktop={desktop}
          onConfirm={confirm}
          onCancel={onClose}
        />
      );
    case 'restoring':
      return <Restoring label={restoringText[state.step]} />;
  }
  return (
    <>
      <DialogDetails label={state.kind === 'refused' ? 'What is wrong' : 'What happened'}>
        {state.kind === 'refused' && (
          <ProblemReport label={label} state={state} desktop={desktop} onClose={onClose} />
        )}
        {state.kind === 'unreadable' && <p role="alert">{state.message} Nothing was changed.</p>}
        {state.kind === 'failed' && <p role="alert">{state.message}</p>}
        {state.kind === 'done' && (
          <p role="status">
            {recordsText(state.records)} {state.records === 1 ? 'is' : 'are'} back.{' '}
            {safetyText(state.safety, clock)}
          </p>
        )}
      </DialogDetails>
      <CloseButton onClose={onClose} />
    </>
  );
}

/**
 * The restore, from the file check to the end, in a native <dialog>: Escape closes it (except
 * while the data is being replaced) and focus stays inside. It is never taller than the window:
 * the title and the buttons stay in view and the details between them scroll (DialogDetails,
 * backup.css). Closed, it hands focus back to the control that opened it, or to the page's
 * heading when that control went with the restore (the welcome screen's "Restore from a backup
 * file…" once there are records again).
 */
export function RestoreDialog({
  source,
  onClose: close,
}: {
  source: RestoreSource;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const platform = usePlatform();
  const { state, confirm } = useRestore(source);
  const clock = useSettings()?.clock;
  // Read on the first render, before showModal moves focus into the dialog.
  const [opener] = useState(() => document.activeElement);

  // The parent removes the dialog, which takes focus with it: the browser would leave it on
  // the page itself, where the next Tab starts again from the top.
  function onClose() {
    close();
    focusSoon(() => (opener?.isConnected && opener !== document.body ? opener : pageHeading()));
  }

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog backup-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => state.kind === 'restoring' && e.preventDefault()}
      onClose={onClose}
    >
      <h2 id={titleId}>{titles[state.kind]}</h2>
      <Body
        state={state}
        label={source.label}
        desktop={platform.backups !== null}
        confirm={confirm}
        onClose={onClose}
        clock={clock}
      />
    </dialog>
  );
}
