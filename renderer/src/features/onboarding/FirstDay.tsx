import { useEffect, useState, type ReactNode } from 'react';
import type { Profile } from '../../../../shared/domain/profile/profile';
import { DiscardDialog } from '../../components/DiscardDialog';
import { modalOpen } from '../../components/modal-open';
import { isEditable } from '../../components/undo';
import { useStore } from '../../db/store-context';
import { usePlatform } from '../../platform';
import { FirstSteps } from './FirstSteps';
import { pendingFirstStep } from './first-steps-state';
import { Onboarding } from './Onboarding';

/**
 * The first day before the app itself (`children`): the welcome while there is no profile,
 * then "Your first steps" — also when the app is opened again before they were finished or
 * skipped — and from then on the app, on the dashboard.
 */
export function FirstDay({
  profile,
  onExploreSample,
  children,
}: {
  profile: Profile | null;
  onExploreSample: () => void;
  children: ReactNode;
}) {
  const store = useStore();
  const platform = usePlatform();
  const [firstSteps, setFirstSteps] = useState(() => pendingFirstStep(store) !== null);
  const beforeApp = profile === null || firstSteps;
  // Edit › Undo (Ctrl/⌘+Z) asks the page; in the app UndoProvider answers it. Before the app
  // there is nothing of the app's to undo, only typing: the field's own undo. As in the app,
  // with a dialog open ("Discard your changes?") it undoes only in a field of the dialog's, not
  // the typing out of reach behind it.
  useEffect(() => {
    if (!beforeApp) return;
    return platform.onMenuCommand((command) => {
      if (command === 'undo' && (isEditable(document.activeElement) || !modalOpen()))
        document.execCommand('undo');
    });
  }, [beforeApp, platform]);
  if (profile === null)
    return (
      <>
        <Onboarding onDone={() => setFirstSteps(true)} onExploreSample={onExploreSample} />
        {/* "Explore with sample data" over typed answers asks first (the app's own is not here yet). */}
        <DiscardDialog />
      </>
    );
  if (firstSteps)
    return (
      <FirstSteps
        onDone={() => {
          setFirstSteps(false);
          window.location.hash = '#/dashboard';
        }}
      />
    );
  return children;
}
