import { defaultLadder } from '../../../../shared/catalog/ladder';
import { pathBetween } from '../../../../shared/domain/ladder/path';
import { weeklyHours } from '../../../../shared/domain/profile/profile';
import { useProfile } from '../../db/hooks';
import { LadderPath } from './LadderPath';
import { formatHours } from '../profile/ProfileForm';
import { CredentialsSummary } from './CredentialsSummary';
import { ReadinessSummary } from '../ladder/ReadinessSummary';
import { RecentActivity } from './RecentActivity';
import { UpcomingCard } from '../network/UpcomingCard';
import { StudyWeekCard } from '../study/StudyWeekCard';

export function Dashboard() {
  const profile = useProfile();
  if (!profile) return null;
  const path = pathBetween(defaultLadder, profile.currentRung, profile.targetRung);
  const greeting = profile.name ? `Hello, ${profile.name}` : 'Your dashboard';
  return (
    <div className="dashboard">
      <h1>{greeting}</h1>
      {path ? (
        <section className="card" aria-labelledby="climb-title">
          <h2 id="climb-title">Your climb</h2>
          <p className="climb-summary">
            {path.current.name} → {path.target.name}
          </p>
          <p className="muted">
            {path.steps === 0
              ? 'You are at your target rung. Set a higher target in Settings when you are ready.'
              : path.steps === 1
                ? 'One step to go.'
                : `${path.steps} steps to go.`}
          </p>
          <LadderPath ladder={defaultLadder} path={path} />
        </section>
      ) : (
        <p role="alert">
          Your current and target rungs do not form a path. Check them in Settings.
        </p>
      )}
      <ReadinessSummary />
      <CredentialsSummary />
      <RecentActivity />
      <UpcomingCard />
      <StudyWeekCard />
      <section className="card" aria-labelledby="study-title">
        <h2 id="study-title">Study time</h2>
        <p>{formatHours(weeklyHours(profile.weeklyAvailability))} a week available for study.</p>
      </section>
    </div>
  );
}
