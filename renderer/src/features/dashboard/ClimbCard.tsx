import type { LadderPlan } from '../../../../shared/catalog/ladder-requirements';
import { climbOn } from '../../../../shared/domain/ladder/path';
import type { Profile } from '../../../../shared/domain/profile/profile';
import { hrefFor } from '../../app/routes';
import { ClimbProblemNotice } from '../ladder/ClimbProblemNotice';
import { LadderPath } from './LadderPath';

/** How far the target is; at it, the way to a higher one (a link to Settings, where it is set). */
function StepsText({ steps }: { steps: number }) {
  if (steps === 0)
    return (
      <>
        You are at your target rung.{' '}
        <a href={hrefFor('settings')}>Set a higher target in Settings</a> when you are ready.
      </>
    );
  return <>{steps === 1 ? 'One step to go.' : `${steps} steps to go.`}</>;
}

/**
 * "Your climb": the road from the current rung to the target on the user's own ladder
 * (added, renamed, moved rungs included), or a plain note that a chosen rung is gone.
 */
export function ClimbCard({ plan, profile }: { plan: LadderPlan; profile: Profile }) {
  const climb = climbOn(plan, profile.currentRung, profile.targetRung);
  return (
    <section className="card" aria-labelledby="climb-title">
      <h2 id="climb-title">Your climb</h2>
      {climb.ok ? (
        <>
          <p className="climb-summary">
            {climb.path.current.name} → {climb.path.target.name}
          </p>
          <p className="muted">
            <StepsText steps={climb.path.steps} />
          </p>
          <LadderPath rungs={plan.rungs} path={climb.path} />
          <p>
            <a href={hrefFor('ladder')}>Open the ladder</a>
          </p>
        </>
      ) : (
        <ClimbProblemNotice
          problems={climb.problems}
          detail="The picture of your climb comes back once you choose again."
        />
      )}
    </section>
  );
}
