import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { LadderPlan } from '../../../../shared/catalog/ladder-requirements';
import {
  goalKinds,
  goalStatuses,
  validateGoal,
  type GoalKind,
  type GoalStatus,
} from '../../../../shared/domain/goals';
import type { FieldError } from '../../../../shared/catalog/credentials/validation';
import { ErrorSummary } from '../../components/ErrorSummary';
import { withoutRow } from '../../components/row-errors';
import { errorsWithUnreadable, unreadableDates } from '../../components/unreadable-dates';
import { Field } from '../../components/Field';
import { useToday } from '../../app/use-today';
import { useStore } from '../../db/store-context';
import { saveGoal, type GoalRow } from '../../db/repositories/career';
import { saveFailureText } from '../experience/messages';
import { useEditConflict } from '../../components/use-edit-conflict';
import { hoursWorded } from '../learning/inputs';
import { draftToGoal, withKind, type GoalDraft } from './goal-draft';
import { goalErrorKey, goalFieldErrorText, goalSummaryItems } from './goal-summary';
import { goalConflictText, kindLabels, statusLabels } from './messages';
import { MilestoneFields } from './MilestoneFields';
import { TargetFields } from './TargetFields';
import { sameDraft, useUnsavedChanges } from '../../components/unsaved-changes';
import { keptDate, shownDate, type KeptDate } from '../../components/follows-today';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { EditForm, WriteButton } from '../../components/read-only';

/**
 * The numbers typed in the form, by the key their errors show at: read as the credit log reads
 * hours (goal-draft.ts), so "1.500" is said as the credit log says it (hoursWorded).
 */
const typedNumbers = (d: GoalDraft): Record<string, string> =>
  d.targetType !== 'number'
    ? {}
    : { 'target.value': d.value, ...(d.source === 'manual' ? { 'target.param': d.param } : {}) };

interface Props {
  initial: GoalDraft;
  plan: LadderPlan;
  onDone: () => void;
  /** Editing: the stored goal the edit started from. */
  opened?: GoalRow;
  /** Editing: the goal as stored now; null once it was deleted elsewhere. */
  stored?: GoalRow | null;
  /**
   * The form as saved, when `initial` holds changes already (an edit brought back by Undo after
   * its goal was deleted): leaving the form asks first from the start.
   */
  saved?: GoalDraft;
  /** Hears what the form holds and whether it is changed: what a delete keeps for its Undo. */
  onDraft?: (draft: GoalDraft, changed: boolean) => void;
}

/**
 * Add or edit a goal; a goal without a measurable target is refused with a message. An edit
 * never overwrites a change made elsewhere unseen: when the goal was changed or deleted since
 * the form was opened (compared by content: two saves can share a timestamp), the form says so
 * and only a save after that replaces it (or puts it back); the repository checks the same in
 * the save's own transaction, for a change not yet seen here.
 */
export function GoalForm(props: Props) {
  const { opened, stored } = props;
  const store = useStore();
  const asOf = useToday();
  const [draft, setD] = useState(props.initial);
  // A new goal's start date left on today is `null`, today: it follows the day past midnight
  // until one is typed (a form left open overnight started the goal on the day before).
  const isNew = !props.initial.id;
  const [start, setStart] = useState<KeptDate>(() =>
    keptDate(props.initial.startDate, asOf, isNew),
  );
  const d: GoalDraft = { ...draft, startDate: shownDate(start, asOf) };
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const { conflict, setFound, busy, setBusy, ifStill } = useEditConflict(opened, stored);
  const summaryRef = useRef<HTMLDivElement>(null);
  const kept = { ...draft, startDate: start };
  const [baseline] = useState(() =>
    props.saved
      ? { ...props.saved, startDate: keptDate(props.saved.startDate, asOf, isNew) }
      : kept,
  );
  const changed = !sameDraft(kept, baseline);
  useUnsavedChanges(changed);
  // The draft as the save takes it (the start date shown), for an Undo of a delete to bring back.
  const { onDraft } = props;
  useEffect(() => onDraft?.(d, changed));
  const escape = useCloseOnEscape(kept, props.onDone, baseline);
  const set = (patch: Partial<GoalDraft>) => setD((x) => ({ ...x, ...patch }));
  const setKind = (kind: GoalKind) => setD((x) => withKind(x, kind, props.plan));

  /** The save's problems at their fields; a date typed that is no day said as such. */
  function showErrors(found: readonly FieldError[], unreadable: readonly string[] = []) {
    const next = errorsWithUnreadable(
      unreadable,
      found,
      (x) => goalFieldErrorText(x, d),
      goalErrorKey,
    );
    setErrors(hoursWorded(next, typedNumbers(d)));
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const goal = draftToGoal(d);
    // Refused with the goal's other problems, all at once; nothing saved.
    const unreadable = unreadableDates(e.currentTarget);
    if (unreadable.length > 0)
      return showErrors(validateGoal({ ...goal, id: goal.id ?? '' }, asOf, props.plan), unreadable);
    setBusy(true);
    try {
      // After "changed" or "deleted in another window", this save replaces or puts back.
      const result = await saveGoal(store, goal, asOf, props.plan, ifStill);
      if (result.ok) return props.onDone();
      if ('conflict' in result) return setFound(result.conflict);
      showErrors(result.errors);
    } catch (error) {
      setFailure(saveFailureText(error));
    } finally {
      setBusy(false);
    }
  }

  const title = d.id ? 'Edit goal' : 'Add a goal';
  return (
    <>
      <EditForm
        className="card"
        onSubmit={submit}
        onKeyDown={escape.onKeyDown}
        noValidate
        aria-label={title}
        actions={
          <div className="actions">
            <WriteButton type="submit" disabled={busy}>
              Save goal
            </WriteButton>
            <button type="button" className="secondary" onClick={props.onDone}>
              Cancel
            </button>
          </div>
        }
      >
        <h2>{title}</h2>
        <ErrorSummary ref={summaryRef} items={goalSummaryItems(errors, d)} />
        {failure && (
          <p className="form-summary" role="alert">
            {failure}
          </p>
        )}
        {conflict && (
          <p className="form-summary" role="alert">
            {goalConflictText[conflict]}
          </p>
        )}
        <div className="form-grid">
          <Field label="Goal" error={errors.title}>
            <input value={d.title} onChange={(e) => set({ title: e.target.value })} />
          </Field>
          <Field label="Kind" error={errors.kind}>
            <select value={d.kind} onChange={(e) => setKind(e.target.value as GoalKind)}>
              {goalKinds.map((k) => (
                <option key={k} value={k}>
                  {kindLabels[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Status" error={errors.status}>
            <select
              value={d.status}
              onChange={(e) => set({ status: e.target.value as GoalStatus })}
            >
              {goalStatuses.map((s) => (
                <option key={s} value={s}>
                  {statusLabels[s]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Start date" error={errors.startDate}>
            <input
              type="date"
              name="startDate"
              value={d.startDate}
              onChange={(e) => setStart(keptDate(e.target.value, asOf, isNew))}
            />
          </Field>
          <Field label="Target date (optional)" error={errors.targetDate}>
            <input
              type="date"
              name="targetDate"
              value={d.targetDate}
              onChange={(e) => set({ targetDate: e.target.value })}
            />
          </Field>
        </div>
        <Field label="Why this matters (optional)" error={errors.why}>
          <textarea rows={2} value={d.why} onChange={(e) => set({ why: e.target.value })} />
        </Field>
        <TargetFields d={d} set={set} plan={props.plan} errors={errors} />
        <MilestoneFields
          milestones={d.milestones}
          errors={errors}
          asOf={asOf}
          onChange={(milestones) => set({ milestones })}
          // An error stays with the milestone it is about, never on the one that moves up.
          onRemove={(i) => setErrors((shown) => withoutRow(shown, 'milestones', i))}
        />
      </EditForm>
      {escape.question}
    </>
  );
}
