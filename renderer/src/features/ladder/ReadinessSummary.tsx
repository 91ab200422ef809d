import { goalDeadlines } from '../../../../shared/domain/goals';
import { nextBestActions, rungReadiness } from '../../../../shared/domain/readiness';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { useGoals, useLadderPlan, useQuickReadinessInput } from '../../db/career-hooks';
import { useCreditSummary } from '../../db/credit-summary';
import { useProfile } from '../../db/hooks';
import { ProgressBar } from '../credentials/charts';
import { ClimbProblemNotice } from './ClimbProblemNotice';
import { withCycleFigures, withOwnCredentials } from './credential-names';
import { NextActions } from './NextActions';
import { NOTHING_TO_MEASURE, readinessNote, readinessWords } from './readiness-words';
import { useOwnCredentials } from './use-own-credentials';

/** In place of readiness when the target rung was removed from the user's ladder. */
function TargetGone() {
  return (
    <section className="card" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Readiness for your target rung</h2>
      <ClimbProblemNotice
        problems={['TARGET_NOT_ON_LADDER']}
        detail="There is nothing to measure your readiness against until you choose another."
      />
    </section>
  );
}

/**
 * Dashboard card: readiness for the target rung and the top three next best actions; when the
 * user removed their target rung from the ladder, a card that says so and asks for a new one.
 */
export function ReadinessSummary() {
  const asOf = useToday();
  const profile = useProfile();
  const plan = useLadderPlan();
  const goals = useGoals();
  const records = useQuickReadinessInput(asOf);
  const credit = useCreditSummary(asOf);
  const own = useOwnCredentials();
  if (!plan || !records || !own || !goals || !profile || !credit) return null;
  // Knowing the user's own credentials, readiness recognises one that was deleted; the
  // summary's cycle figures say whether a suspended credential's log meets its rule (the
  // quick input holds only part of the log).
  const input = withCycleFigures(withOwnCredentials(records, own), credit.evaluations);
  const rung = plan.rungs.find((r) => r.id === profile.targetRung);
  if (!rung) return <TargetGone />;
  const r = rungReadiness(rung, input);
  const actions = nextBestActions(plan, rung.id, input, {
    deadlines: goalDeadlines(goals, rung.id),
    limit: 3,
  });
  return (
    <section className="card" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Readiness for {rung.name}</h2>
      <p>{readinessWords(r)}.</p>
      {r.score !== null && (
        <>
          <ProgressBar value={r.score} target={100} label={`Readiness ${r.score} out of 100`} />
          <p className="hint">{readinessNote}</p>
        </>
      )}
      <h3>Next best actions</h3>
      <NextActions
        actions={actions}
        label="Top next best actions"
        none={r.score === null ? NOTHING_TO_MEASURE : undefined}
      />
      <p>
        <a href={hrefFor('ladder', rung.id)}>See every requirement for {rung.name}</a>
      </p>
    </section>
  );
}
