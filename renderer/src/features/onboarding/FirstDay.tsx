import { useState, type ReactNode } from 'react';
import type { Profile } from '../../../../shared/domain/profile/profile';
import { useStore } from '../../db/store-context';
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
  const [firstSteps, setFirstSteps] = useState(() => pendingFirstStep(store) !== null);
  if (profile === null)
    return <Onboarding onDone={() => setFirstSteps(true)} onExploreSample={onExploreSample} />;
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
