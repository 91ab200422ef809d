import { weeklyHours } from '../../../../shared/domain/profile/profile';
import { hrefFor } from '../../app/routes';
import { useLadderPlan } from '../../db/career-hooks';
import { useProfile } from '../../db/hooks';
import { ClimbCard } from './ClimbCard';
import { formatHours } from '../profile/ProfileForm';
import { CredentialsSummary } from './CredentialsSummary';
import { DeadlinesCard } from './DeadlinesCard';
import { ReadinessSummary } from '../ladder/ReadinessSummary';
import { RecentActivity } from './RecentActivity';
import { UpcomingCard } from '../network/UpcomingCard';
import { StudyWeekCard } from './StudyWeekCard';
import './dashboard.css';

export function Dashboard() {
  const profile = useProfile();
  const plan = useLadderPlan();
  if (!profile) return null;
  const greeting = profile.name ? `Hello, ${profile.name}` : 'Your dashboard';
  return (
    <div className="dashboard">
      <h1>{greeting}</h1>
      {plan && <ClimbCard plan={plan} profile={profile} />}
      <ReadinessSummary />
      <CredentialsSummary />
      <DeadlinesCard />
      <RecentActivity />
      <UpcomingCard />
      <StudyWeekCard />
      <section className="card" aria-labelledby="study-title">
        <h2 id="study-title">Study time</h2>
        <p>{formatHours(weeklyHours(profile.weeklyAvailability))} a week available for study.</p>
        <p>
          <a href={hrefFor('settings')}>Change your weekly availability</a>
        </p>
      </section>
    </div>
  );
}
