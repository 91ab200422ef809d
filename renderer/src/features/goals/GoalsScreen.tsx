import { useRef, useState } from 'react';
import { navigateTo } from '../../app/use-route';
import { useToday } from '../../app/use-today';
import { UndoRefused, useUndo } from '../../components/undo';
import { afterRemoval, firstField, focusSoon, pageHeading } from '../../components/focus-soon';
import { useFormEditing } from '../learning/use-editing';
import { useGoals, useLadderPlan, useReadinessInput } from '../../db/career-hooks';
import {
  deleteGoal,
  restoreGoal,
  restoreGoalIfStill,
  saveGoal,
  type GoalRow,
} from '../../db/repositories/career';
import { useStore } from '../../db/store-context';
import { changesGoneText, saveFailureText } from '../experience/messages';
import { useFormBackAfterUndo } from '../../components/form-back-after-undo';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';
import { emptyGoalDraft, goalToDraft, type GoalDraft } from './goal-draft';
import { goalProblemItems } from './goal-summary';
import { achievedRefusedText, goalsIntroText } from './messages';
import { WriteButton } from '../../components/read-only';
import type { SummaryItem } from '../../components/ErrorSummary';
import { listPlans } from '../../db/repositories/study-plans';
import { plansPreparingFor } from '../../../../shared/domain/study';
import { goalDeletedText } from '../study/plan-target';
import { notPutBackText } from '../learning/tab-words';

/**
 * Goals (issue 5 part 6): measurable targets with computed progress and milestones.
 * `#/goals/new` opens the form for a new goal; `#/goals/<id>` (a reminder's link) puts the
 * focus on that goal.
 */
export function GoalsScreen({ rest = [] }: { rest?: string[] }) {
  const store = useStore();
  const asOf = useToday();
  const offerUndo = useUndo();
  const goals = useGoals();
  const plan = useLadderPlan();
  const input = useReadinessInput(asOf);
  // The form takes the focus when it opens and, on Save or Cancel, gives it back to the button
  // that opened it ("Add a goal", or the goal's Edit), as the journal forms do.
  const form = useFormEditing<GoalRow>(rest[0] === 'new' ? 'new' : null);
  const { editing, setEditing, listRef } = form;
  const page = useRef<HTMLDivElement>(null);
  // With changes in the open form, asks "Discard your changes?" first (useFormEditing).
  const formField = () => firstField(page.current?.querySelector('form'));
  const openForm = (value: GoalRow | 'new') => form.open(value, () => focusSoon(formField));
  // A goal deleted with changes in its form: Undo opens the form again with them.
  const back = useFormBackAfterUndo<GoalRow, GoalDraft>('goals', goals, form.open);
  const [failure, setFailure] = useState<string | null>(null);
  // "Mark as achieved" refused: the goal and every problem that stopped it, said until the goal
  // is changed (put right in its form, or elsewhere) or deleted.
  const [refused, setRefused] = useState<{ goal: GoalRow; problems: SummaryItem[] } | null>(null);
  const refusedNow =
    refused &&
    goals?.some((g) => g.id === refused.goal.id && g.updatedAt === refused.goal.updatedAt)
      ? refused
      : null;
  // The goal being edited as stored now (null: deleted elsewhere), and a change made to it from
  // its own card here, which the form takes as the version it was opened on once it is read
  // back: only a change made elsewhere is news to the form. Not known while a form brought back
  // by Undo waits for its goal to be read back.
  const opened = editing === 'new' ? null : editing;
  const stored =
    opened && goals && !back.waitingFor(opened)
      ? (goals.find((g) => g.id === opened.id) ?? null)
      : undefined;
  const [ownChange, setOwnChange] = useState<GoalRow | null>(null);
  if (ownChange && stored && JSON.stringify(stored) === JSON.stringify(ownChange)) {
    setOwnChange(null);
    setEditing(stored);
  }
  if (!goals || !plan || !input) return <p className="muted">Loading…</p>;

  async function remove(g: GoalRow) {
    // Focus goes on to the next goal's name (the one before for the last), else the page's
    // heading; Undo brings it back to the goal's own name.
    const pressed = document.activeElement;
    const next = afterRemoval(pressed, 'section.card', pageHeading, (card) =>
      card.querySelector('h2'),
    );
    try {
      // Deleted from its own card here: the form for it closes (Undo puts the goal back, and
      // the form with the changes it held, if any).
      const left = back.leave(opened, g.id);
      if (opened?.id === g.id) setEditing(null);
      // The plans that prepare for it stay as they are (Undo has only the goal to put back).
      const preparing = plansPreparingFor(await listPlans(store), { kind: 'goal', goalId: g.id });
      const removed = await deleteGoal(store, g.id);
      if (!removed) return;
      focusSoon(next, pageHeading, pressed);
      const said = `${goalDeletedText(
        g.title,
        preparing.map((p) => p.title),
      )}${left ? changesGoneText('goal') : ''}`;
      // Never over a goal saved again since (in another window, say): that one is kept.
      const undo = async () => {
        if (!(await restoreGoal(store, removed))) throw new UndoRefused(notPutBackText(g.title));
        if (left) back.reopen(left);
      };
      offerUndo(said, undo, {
        focus: left ? formField : () => document.getElementById(`goal-${g.id}`),
      });
    } catch (error) {
      setFailure(saveFailureText(error));
    }
  }

  /** The status change the goal card offers once the target is reached; undoable. */
  async function markAchieved(g: GoalRow) {
    setRefused(null);
    try {
      const saved = await saveGoal(store, { ...g, status: 'achieved' }, asOf, plan);
      if (saved.ok) {
        setOwnChange(saved.value);
        offerUndo(`Marked “${g.title}” as achieved.`, async () => {
          setOwnChange(g);
          if (!(await restoreGoalIfStill(store, g, saved.value))) {
            setOwnChange(null);
            throw new UndoRefused(
              `“${g.title}” was changed since it was marked as achieved, so it was left as it is. Edit the goal to change its status.`,
            );
          }
        });
      } else
        setRefused({
          goal: g,
          problems: goalProblemItems(saved.errors, goalToDraft(g, asOf)),
        });
    } catch (error) {
      setFailure(saveFailureText(error));
    }
  }

  const focusId = rest[0] !== 'new' ? rest[0] : undefined;
  return (
    <div ref={page}>
      <header className="page-header">
        <h1
          ref={(el) => {
            listRef.current = el;
          }}
          tabIndex={-1}
        >
          Goals
        </h1>
        <p className="muted">{goalsIntroText}</p>
      </header>
      {failure && (
        <p className="form-summary" role="alert">
          {failure}
        </p>
      )}
      {refusedNow && (
        <div className="form-summary" role="alert">
          <p>{achievedRefusedText(refusedNow.goal.title, refusedNow.problems.length)}</p>
          <ul>
            {refusedNow.problems.map((p) => (
              <li key={p.field}>
                {p.label}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {editing ? (
        <GoalForm
          key={editing === 'new' ? 'new' : editing.id}
          initial={
            editing === 'new'
              ? emptyGoalDraft(asOf)
              : (back.initialFor(editing) ?? goalToDraft(editing, asOf))
          }
          plan={plan}
          {...(opened ? { opened, stored } : {})}
          {...(opened && back.isBack(opened) ? { saved: goalToDraft(opened, asOf) } : {})}
          onDraft={back.onDraft}
          onDone={() => (rest[0] === 'new' ? navigateTo('goals') : form.close())}
        />
      ) : (
        <div className="actions page-actions">
          <WriteButton id="add-goal" type="button" onClick={() => openForm('new')}>
            Add a goal
          </WriteButton>
        </div>
      )}
      {goals.length === 0 && <p>No goals yet.</p>}
      {goals.map((g) => (
        <GoalCard
          key={g.id}
          goal={g}
          input={input}
          plan={plan}
          onEdit={() => openForm(g)}
          onDelete={() => void remove(g)}
          // While its form is open, the form's own status field says what is saved.
          {...(opened?.id === g.id ? {} : { onMarkAchieved: () => void markAchieved(g) })}
          focused={g.id === focusId}
        />
      ))}
    </div>
  );
}
