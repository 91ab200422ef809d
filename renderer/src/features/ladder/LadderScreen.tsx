import { useMemo } from 'react';
import type { LadderPlan } from '../../../../shared/catalog/ladder-requirements';
import { goalDeadlines } from '../../../../shared/domain/goals';
import {
  nextBestActions,
  rungReadiness,
  type ReadinessInput,
} from '../../../../shared/domain/readiness';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { useGoals, useLadderPlan, useReadinessInput } from '../../db/career-hooks';
import { useCreditSummary } from '../../db/credit-summary';
import { useProfile } from '../../db/hooks';
import { EducationScreen } from '../experience/EducationScreen';
import { ExperienceScreen } from '../experience/ExperienceScreen';
import { EligibilityScreen } from './EligibilityScreen';
import { ClimbProblemNotice } from './ClimbProblemNotice';
import { withCycleFigures, withOwnCredentials } from './credential-names';
import { ladderPathText } from './messages';
import { NextActions } from './NextActions';
import { NOTHING_TO_MEASURE } from './readiness-words';
import { AddRung } from './AddRung';
import { ResetLadder } from './ResetLadder';
import { RungDetail } from './RungDetail';
import { RungList } from './RungList';
import { SkillsScreen } from './SkillsScreen';
import { useOwnCredentials } from './use-own-credentials';
import './ladder.css';

const pages = [
  { id: 'experience', label: 'Experience' },
  { id: 'education', label: 'Education' },
  { id: 'eligibility', label: 'Exam eligibility' },
  { id: 'skills', label: 'Skills' },
] as const;

function SubNav({ current }: { current: string | undefined }) {
  return (
    <nav aria-label="Ladder sections" className="actions">
      <a href={hrefFor('ladder')} aria-current={current === undefined ? 'page' : undefined}>
        Ladder
      </a>
      {pages.map((p) => (
        <a
          key={p.id}
          href={hrefFor('ladder', p.id)}
          aria-current={current === p.id ? 'page' : undefined}
        >
          {p.label}
        </a>
      ))}
    </nav>
  );
}

function Overview({ plan, input }: { plan: LadderPlan; input: ReadinessInput }) {
  const profile = useProfile();
  const goals = useGoals();
  const target = profile?.targetRung;
  const targetRung = plan.rungs.find((r) => r.id === target);
  const actions = targetRung
    ? nextBestActions(plan, targetRung.id, input, {
        deadlines: goalDeadlines(goals ?? [], targetRung.id),
      })
    : [];
  return (
    <div>
      <header className="page-header">
        <h1>Career ladder</h1>
        <p className="muted">{ladderPathText(plan.rungs)}</p>
      </header>
      {targetRung && (
        <section className="card" aria-labelledby="next-heading">
          <h2 id="next-heading">Next best actions for {targetRung.name}</h2>
          <NextActions
            actions={actions}
            label={`Next best actions for ${targetRung.name}`}
            none={rungReadiness(targetRung, input).score === null ? NOTHING_TO_MEASURE : undefined}
          />
        </section>
      )}
      {profile && !targetRung && (
        <section className="card" aria-labelledby="next-heading">
          <h2 id="next-heading">Next best actions</h2>
          <ClimbProblemNotice problems={['TARGET_NOT_ON_LADDER']} />
        </section>
      )}
      <RungList
        plan={plan}
        input={input}
        current={profile?.currentRung}
        target={target}
        goals={goals}
      />
      <AddRung plan={plan} current={profile?.currentRung} />
      <ResetLadder plan={plan} goals={goals} profile={profile} />
    </div>
  );
}

function LadderBody({ rest }: { rest: string[] }) {
  const asOf = useToday();
  const plan = useLadderPlan();
  const own = useOwnCredentials();
  const records = useReadinessInput(asOf);
  const credit = useCreditSummary(asOf);
  // Knowing the user's own credentials, readiness recognises one that was deleted; the
  // summary's cycle figures (the Dashboard's) say whether a suspended credential's log meets
  // its rule.
  const input = useMemo(
    () =>
      records &&
      own &&
      credit &&
      withCycleFigures(withOwnCredentials(records, own), credit.evaluations),
    [records, own, credit],
  );
  const page = rest[0];
  if (page === 'experience') return <ExperienceScreen />;
  if (page === 'education') return <EducationScreen />;
  if (page === 'eligibility') return <EligibilityScreen />;
  if (page === 'skills') return <SkillsScreen />;
  if (!plan || !input || !own) return <p className="muted">Loading…</p>;
  const rung = page ? plan.rungs.find((r) => r.id === page) : undefined;
  if (page && !rung)
    return (
      <p>
        This rung is not on your ladder. <a href={hrefFor('ladder')}>Back to the ladder</a>
      </p>
    );
  return rung ? (
    <RungDetail plan={plan} rung={rung} input={input} own={own} />
  ) : (
    <Overview plan={plan} input={input} />
  );
}

/** The Ladder area (issue 5): overview, a rung's requirements, experience, education, eligibility. */
export function LadderScreen({ rest }: { rest: string[] }) {
  return (
    <>
      <SubNav current={rest[0]} />
      <LadderBody rest={rest} />
    </>
  );
}
