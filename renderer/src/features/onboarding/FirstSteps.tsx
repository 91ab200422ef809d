import { useEffect, useState, type MouseEvent } from 'react';
import { useToday } from '../../app/use-today';
import { DiscardChanges, leaveScreenText } from '../../components/DiscardDialog';
import { firstField, focusSoon, pageHeading } from '../../components/focus-soon';
import { hasUnsavedChanges } from '../../components/unsaved-changes';
import { useGoals, useLadderPlan } from '../../db/career-hooks';
import { useCreditData } from '../../db/credit-hooks';
import { useStore } from '../../db/store-context';
import { AddCredentialForm } from '../credentials/AddCredentialForm';
import { GoalForm } from '../goals/GoalForm';
import { emptyGoalDraft } from '../goals/goal-draft';
import {
  FIRST_STEPS_TITLE,
  forgetFirstSteps,
  pendingFirstStep,
  rememberFirstStep,
  type FirstStep,
} from './first-steps-state';

const byId = (id: string) => () => document.getElementById(id);

/** A move on ("Skip", "Open my dashboard") waiting for "Discard your changes?" to be answered. */
interface Asking {
  /** The button pressed: focus goes back to it on "Keep editing". */
  from: Element;
  go: () => void;
}

/**
 * The first day, after the profile: the credentials the user holds (or is aiming for) and
 * their next goal. Both are optional; everything can be added later from its own screen.
 * The step is remembered, so a reload comes back to it until the user is done or skips.
 * Focus follows the steps: each new step's heading, the fresh credential form after an add,
 * and the dashboard's heading at the end. Both steps stay drawn (the other one hidden), so
 * going back from the goal to the credentials, and on again, keeps what was typed in each.
 * Moving on from a form holding something not saved (a credential chosen but not added, a goal
 * typed) asks "Discard your changes?" first, as leaving a screen does: the steps change without
 * the address changing, so the app-wide guard does not see the move.
 */
export function FirstSteps({ onDone }: { onDone: () => void }) {
  const store = useStore();
  const asOf = useToday();
  const data = useCreditData();
  const goals = useGoals();
  const plan = useLadderPlan();
  const [step, setStepState] = useState<FirstStep>(() => pendingFirstStep(store) ?? 'credentials');
  const [adding, setAdding] = useState(0);
  // The credential form holds changes not added: moving on to the goal asks first.
  const [credentialChanged, setCredentialChanged] = useState(false);
  const [asking, setAsking] = useState<Asking | null>(null);
  // The window's title names this screen, as the Shell's does each of the app's (the welcome's
  // stayed, or the page's bare name after a reload); the dashboard's replaces it at the end.
  useEffect(() => {
    document.title = 'Your first steps — Ascent';
  }, []);
  if (!data || !goals || !plan) return <p className="loading">Loading…</p>;

  /** `go` at once when nothing would be lost, else once "Discard changes" is pressed. */
  const unlessChanged = (changed: () => boolean, go: () => void) => (e: MouseEvent) => {
    if (changed()) setAsking({ from: e.currentTarget, go });
    else go();
  };

  const goTo = (next: FirstStep, heading: string) => {
    rememberFirstStep(store, next);
    setStepState(next);
    focusSoon(byId(heading));
  };
  const back = () => goTo('credentials', 'held-title');
  const finish = () => {
    forgetFirstSteps(store);
    onDone();
    focusSoon(pageHeading);
  };
  const added = () => {
    const form = document.getElementById('add-credential-title')?.closest('form');
    setAdding((n) => n + 1);
    // The form is drawn afresh for the next credential: its first field takes the focus,
    // while the status line says what was added.
    focusSoon(() => {
      const fresh = document.getElementById('add-credential-title')?.closest('form');
      return fresh && fresh !== form ? firstField(fresh) : null;
    });
  };

  // In the Credentials screen's order (withRules sorts by compareHeld), by their own acronyms.
  const names = data.withRules.map((h) => h.rule.acronym);
  const done = step === 'goal' && goals.length > 0;
  const onCredentials = step === 'credentials';
  return (
    <main className="onboarding" id="main">
      <header>
        <h1 id={FIRST_STEPS_TITLE} tabIndex={-1}>
          Your first steps
        </h1>
        {!done && (
          <p>
            Two more questions, both optional. Skip either one; you can add these later from
            Credentials and Goals.
          </p>
        )}
      </header>
      <ol className="steps" aria-label="First steps">
        <StepItem
          name="Credentials"
          current={onCredentials}
          state={onCredentials ? null : names.length === 0 ? 'skipped' : 'done'}
        />
        <StepItem
          name="Your next goal"
          current={!onCredentials}
          state={goals.length > 0 && !onCredentials ? 'done' : null}
        />
      </ol>
      <section aria-labelledby="held-title" hidden={!onCredentials}>
        <h2 id="held-title" tabIndex={-1}>
          Credentials you hold or are aiming for
        </h2>
        <p role="status">
          {names.length === 0 ? 'None added yet.' : `Added: ${names.join(', ')}.`}
        </p>
        <AddCredentialForm
          key={adding}
          custom={data.custom}
          onChanged={setCredentialChanged}
          onDone={added}
        />
        <div className="actions">
          <button
            type="button"
            onClick={unlessChanged(
              () => credentialChanged,
              () => {
                // Discarded: the form is drawn afresh, so its changes do not wait behind the goal.
                if (credentialChanged) setAdding((n) => n + 1);
                goTo('goal', goals.length === 0 ? 'goal-title' : 'ready-title');
              },
            )}
          >
            {names.length === 0 ? 'Skip' : 'Next'}: your next goal
          </button>
        </div>
      </section>
      {goals.length === 0 ? (
        <section aria-labelledby="goal-title" hidden={onCredentials}>
          <h2 id="goal-title" tabIndex={-1}>
            Your next goal
          </h2>
          <p>
            A goal needs something Ascent can measure: a credential earned, hours of learning,
            months of experience, a skill level.
          </p>
          <GoalForm
            initial={emptyGoalDraft(asOf)}
            plan={plan}
            onDone={() => goTo('goal', 'ready-title')}
          />
          <div className="actions">
            <button type="button" className="secondary" onClick={back}>
              Back: credentials
            </button>
            <button
              type="button"
              className="secondary"
              onClick={unlessChanged(hasUnsavedChanges, finish)}
            >
              Skip and open my dashboard
            </button>
          </div>
        </section>
      ) : (
        <section aria-labelledby="ready-title" hidden={onCredentials}>
          <h2 id="ready-title" tabIndex={-1}>
            You are set up
          </h2>
          <p role="status">Your goal “{goals[0]!.title}” is saved.</p>
          <div className="actions">
            <button type="button" onClick={unlessChanged(hasUnsavedChanges, finish)}>
              Open my dashboard
            </button>
            <button type="button" className="secondary" onClick={back}>
              Back: credentials
            </button>
          </div>
        </section>
      )}
      {asking && (
        <DiscardChanges
          text={leaveScreenText}
          returnTo={asking.from}
          onKeep={() => setAsking(null)}
          onDiscard={() => {
            setAsking(null);
            asking.go();
          }}
        />
      )}
    </main>
  );
}

/**
 * One step in the list: the current one in bold with a marker and the words "(current
 * step)" (aria-current says the same to a screen reader, so the words are not read twice);
 * one behind says whether it was done or skipped.
 */
function StepItem({
  name,
  current,
  state,
}: {
  name: string;
  current: boolean;
  state: 'done' | 'skipped' | null;
}) {
  return (
    <li aria-current={current ? 'step' : undefined} className={state ?? undefined}>
      {name}
      {current && !state && <span aria-hidden="true"> (current step)</span>}
      {state && <span> ({state})</span>}
    </li>
  );
}
