import { useState } from 'react';
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import { useToday } from '../../app/use-today';
import { useGoals, useLadderPlan } from '../../db/career-hooks';
import { useCreditData } from '../../db/credit-hooks';
import { AddCredentialForm } from '../credentials/AddCredentialForm';
import { GoalForm } from '../goals/GoalForm';
import { emptyGoalDraft } from '../goals/goal-draft';

type Step = 'credentials' | 'goal';

/**
 * The first day, after the profile: the credentials the user holds (or is aiming for) and
 * their next goal. Both are optional; everything can be added later from its own screen.
 */
export function FirstSteps({ onDone }: { onDone: () => void }) {
  const asOf = useToday();
  const data = useCreditData();
  const goals = useGoals();
  const plan = useLadderPlan();
  const [step, setStep] = useState<Step>('credentials');
  const [adding, setAdding] = useState(0);
  if (!data || !goals || !plan) return <p className="loading">Loading…</p>;

  const names = data.held.map((h) => findCredentialRule(h.credentialId)?.acronym ?? 'Custom');
  const done = step === 'goal' && goals.length > 0;
  return (
    <main className="onboarding" id="main">
      <header>
        <h1>Your first steps</h1>
        {!done && (
          <p>
            Two more questions, both optional. Skip either one; you can add these later from
            Credentials and Goals.
          </p>
        )}
      </header>
      <ol className="steps" aria-label="First steps">
        <li aria-current={step === 'credentials' ? 'step' : undefined}>Credentials</li>
        <li aria-current={step === 'goal' ? 'step' : undefined}>Your next goal</li>
      </ol>
      {step === 'credentials' ? (
        <section aria-labelledby="held-title">
          <h2 id="held-title">Credentials you hold or are aiming for</h2>
          <p role="status">
            {names.length === 0 ? 'None added yet.' : `Added: ${names.join(', ')}.`}
          </p>
          <AddCredentialForm
            key={adding}
            custom={data.custom}
            onDone={() => setAdding((n) => n + 1)}
          />
          <div className="actions">
            <button type="button" onClick={() => setStep('goal')}>
              {names.length === 0 ? 'Skip' : 'Next'}: your next goal
            </button>
          </div>
        </section>
      ) : goals.length === 0 ? (
        <section aria-labelledby="goal-title">
          <h2 id="goal-title">Your next goal</h2>
          <p>
            A goal needs something Ascent can measure: a credential earned, hours of learning,
            months of experience, a skill level.
          </p>
          <GoalForm initial={emptyGoalDraft(asOf)} plan={plan} onDone={() => setStep('goal')} />
          <div className="actions">
            <button type="button" className="secondary" onClick={onDone}>
              Skip and open my dashboard
            </button>
          </div>
        </section>
      ) : (
        <section aria-labelledby="ready-title">
          <h2 id="ready-title">You are set up</h2>
          <p role="status">Your goal “{goals[0]!.title}” is saved.</p>
          <div className="actions">
            <button type="button" onClick={onDone}>
              Open my dashboard
            </button>
          </div>
        </section>
      )}
    </main>
  );
}
