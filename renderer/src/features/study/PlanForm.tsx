import { useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { weekdays, type WeeklyAvailability } from '../../../../shared/domain/profile/profile';
import {
  previewStudyPlan,
  validatePlan,
  type PlanDraft,
  type PlanErrors,
  type RemovedBlock,
} from '../../../../shared/domain/study';
import { hrefFor } from '../../app/routes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { useDraftGuard } from '../../components/unsaved-changes';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { useToday } from '../../app/use-today';
import { useStore } from '../../db/store-context';
import {
  savePlan,
  unarchivePlan,
  type PlanConflict,
  type StudyPlanRow,
} from '../../db/repositories/study-plans';
import { focusSoon } from '../../components/focus-soon';
import { useEditConflict } from '../../components/use-edit-conflict';
import { saveFailureText } from '../experience/messages';
import { placeErrors } from '../learning/form-summary';
import { hoursWorded } from '../learning/inputs';
import {
  deadlineKindOf,
  planConflictText,
  planErrorMessages,
  planLabels,
  profileWeekText,
} from './messages';
import { PlanPreview } from './PlanPreview';
import { targetGoneText, usePlanTarget } from './plan-target';
import type { TargetOption } from './plan-targets';
import { EditForm, WriteButton } from '../../components/read-only';

interface Props {
  initial: PlanDraft;
  planId?: string;
  targets: TargetOption[];
  week: WeeklyAvailability;
  /** Closed: with the plan's id when it was saved, with null when cancelled. */
  onDone: (savedId: string | null) => void;
  /** The page's heading, drawn above the form and inside its region (Escape there is Cancel). */
  heading?: ReactNode;
  /** Editing: the stored plan the edit started from. */
  opened?: StudyPlanRow;
  /** Editing: the plan as stored now; null once it was deleted elsewhere. */
  stored?: StudyPlanRow | null;
  /**
   * The blocks the user removed (any plan's, listRemoved): an edit's preview keeps their time
   * free, as the re-plan its save makes does (previewStudyPlan).
   */
  removed?: readonly RemovedBlock[];
}

/** The same plan but for its stamp: made active again here, nothing else changed meanwhile. */
const sameButStamp = (a: StudyPlanRow, b: StudyPlanRow) =>
  JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });

/**
 * Create or edit a study plan, with a live "does it fit?" line (issue 7 part 1). Fields are
 * checked when the plan is first saved, and from then on as they change, so an error goes as
 * soon as it is fixed.
 *
 * An edit never overwrites unseen what another window did to the plan after the form opened,
 * as the goal and role forms do (useEditConflict), and keeps what was typed: changed there,
 * the form says so and only a save after that replaces the change; deleted there, it says so
 * and offers "Save as a new plan" instead (never the old plan back unseen); archived there, it
 * says so and saves nothing until the plan is made active again (its button is in the form).
 * The repository checks the same in the save's own transaction.
 */
export function PlanForm(props: Props) {
  const { initial, targets, week, onDone, heading, stored } = props;
  const planId = props.planId ?? props.opened?.id;
  const store = useStore();
  const asOf = useToday();
  // The version the edit goes on from: the plan as opened, or as made active again here.
  const [opened, setOpened] = useState(props.opened);
  const { conflict, setFound, setBusy, ifStill } = useEditConflict(opened, stored);
  // Pressed "Make active again" here, till the plan is read back no longer archived.
  const [activating, setActivating] = useState(false);
  if (activating && stored !== undefined && stored?.status !== 'archived') {
    setActivating(false);
    // Only the archive and its undoing came in between: nothing to say.
    if (opened && stored && sameButStamp(stored, opened)) setOpened(stored);
  }
  const archivedNow = !!opened && stored?.status === 'archived';
  const shownConflict: PlanConflict | null = archivedNow ? 'ARCHIVED' : conflict;
  const deleted = shownConflict === 'DELETED';
  const [d, setD] = useState(initial);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // What the store refused of the last save (its checks read the stored plan, which another
  // window may have changed): shown as the form's own errors until the next change.
  const [refused, setRefused] = useState<PlanErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  // A save in flight: a second press of Create plan (a double click) waits for it rather than
  // writing the plan and its blocks twice. Kept set once saved, as the form is closing.
  const saving = useRef(false);
  const markSaved = useDraftGuard(d);
  // Escape is Cancel, as in every other form that closes (asking first once something changed).
  const escape = useCloseOnEscape(d, () => onDone(null));
  const set = (patch: Partial<PlanDraft>) => {
    setD((x) => ({ ...x, ...patch }));
    setRefused(null);
  };
  // A target no longer offered: still there (an exam since passed, a goal achieved), it stays
  // a choice; deleted, nothing is chosen and the form asks for a choice, keeping the rest.
  const offered = targets.some((t) => t.value === d.target);
  const lookup = usePlanTarget(offered ? '' : d.target);
  const gone = lookup.state === 'gone' ? lookup.kind : null;
  const options = lookup.state === 'found' ? [...targets, lookup.option] : targets;
  const plan = useMemo(() => (gone ? { ...d, target: '' } : d), [d, gone]);
  // An edit is laid around the plan's removed blocks, as its save re-lays it; a plan saved as
  // a new one (deleted elsewhere) has none.
  const removed = props.removed;
  const edit = useMemo(
    () => (planId && !deleted && removed ? { planId, removed } : undefined),
    [planId, deleted, removed],
  );
  const preview = useMemo(() => previewStudyPlan(plan, week, asOf, edit), [plan, week, asOf, edit]);
  // Today's date and, for an edit, the date the plan has: an exam already gone is refused (a
  // plan deleted elsewhere is saved as a new one: checked as new).
  const savedDeadline = planId && !deleted ? initial.deadline : undefined;
  const checked = useMemo(
    () => validatePlan(plan, { today: asOf, savedDeadline }),
    [plan, asOf, savedDeadline],
  );
  const errors: PlanErrors = refused ?? (tried && !checked.ok ? checked.errors : {});
  const kind = deadlineKindOf(d.target);

  function chooseTarget(value: string) {
    const t = options.find((x) => x.value === value);
    set({
      target: value,
      ...(t?.deadline ? { deadline: t.deadline } : {}),
      ...(t && d.title.trim() === '' ? { title: t.title } : {}),
    });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    setTried(true);
    if (!checked.ok) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    // Archived elsewhere: nothing is saved till it is made active again (the form says so).
    if (archivedNow) {
      requestAnimationFrame(() => conflictRef.current?.focus());
      return;
    }
    if (saving.current) return;
    saving.current = true;
    setBusy(true);
    let saved = false;
    try {
      // Deleted elsewhere: "Save as a new plan" creates a new one; otherwise an edit that the
      // store refuses over a change not yet seen here (ifStill), or once the plan is gone.
      const result = deleted
        ? await savePlan(store, plan, week, asOf)
        : await savePlan(store, plan, week, asOf, planId, ifStill);
      if (!result.ok) {
        if (result.conflict) {
          if (result.conflict !== 'ARCHIVED') setFound(result.conflict);
          requestAnimationFrame(() => conflictRef.current?.focus());
          return;
        }
        setRefused(result.errors);
        requestAnimationFrame(() => summaryRef.current?.focus());
        return;
      }
      saved = true;
      markSaved();
      onDone(result.plan.id);
    } catch (error) {
      setFailure(saveFailureText(error));
    } finally {
      // Saved, the form is closing: its own save is no change made elsewhere to say.
      if (!saved) {
        saving.current = false;
        setBusy(false);
      }
    }
  }

  /** Archived elsewhere while open: back to active from here; the save button takes focus. */
  async function makeActive() {
    if (!planId || !stored) return;
    const pressed = document.activeElement;
    setFailure(null);
    setActivating(true);
    try {
      if (!(await unarchivePlan(store, planId, asOf))) return;
    } catch (e) {
      setActivating(false);
      setFailure(saveFailureText(e));
      return;
    }
    focusSoon(() => (pressed?.isConnected ? null : submitRef.current), undefined, pressed);
  }

  const labels = planLabels(kind);
  // Checked as they change once tried: the summary shrinks as each field is put right. The
  // hours needed and each day's own hours are said as the credit log says hours: "1,000"
  // names the two numbers it could be (hoursWorded).
  const typedHours = {
    hoursNeeded: d.hoursNeeded,
    ...Object.fromEntries(weekdays.map((day) => [`override.${day}`, d.override[day] ?? ''])),
  };
  const { shown: err, items } = placeErrors(
    hoursWorded(planErrorMessages(errors, d.blackouts), typedHours),
    Object.entries(labels),
  );
  const title = planId ? 'Edit study plan' : 'New study plan';
  return (
    <>
      {/* Escape anywhere in the form's region is Cancel, the page heading included: opening the
          form puts focus on that heading (as on every new page), and Escape must work before
          the first Tab too. The question (escape.question) stays outside, so Escape there is
          its own "Keep editing". */}
      <div className="study-plan-region" onKeyDown={escape.onKeyDown}>
        {heading}
        <EditForm
          className="card study-plan-form"
          onSubmit={submit}
          noValidate
          aria-label={title}
          actions={
            <div className="actions">
              <WriteButton type="submit" ref={submitRef}>
                {deleted ? 'Save as a new plan' : planId ? 'Save and re-plan' : 'Create plan'}
              </WriteButton>
              <button type="button" className="secondary" onClick={() => onDone(null)}>
                Cancel
              </button>
            </div>
          }
        >
          <h2>{title}</h2>
          <ErrorSummary ref={summaryRef} items={items} />
          {failure && (
            <p className="form-summary" role="alert">
              {failure}
            </p>
          )}
          {shownConflict && (
            <div className="form-summary" tabIndex={-1} ref={conflictRef}>
              <p role="alert">{planConflictText[shownConflict]}</p>
              {archivedNow && (
                <WriteButton type="button" className="secondary" onClick={makeActive}>
                  Make active again
                </WriteButton>
              )}
            </div>
          )}
          {targets.length === 0 && (
            <p className="muted">
              A plan prepares for an exam or a goal. First{' '}
              <a href={hrefFor('credentials')}>add an exam date to a credential</a> or{' '}
              <a href={hrefFor('goals')}>add a goal</a>.
            </p>
          )}
          <div className="form-grid">
            <Field
              label={labels.target}
              error={err.target}
              {...(gone ? { hint: targetGoneText[gone].form } : {})}
            >
              <select value={plan.target} onChange={(e) => chooseTarget(e.target.value)}>
                <option value="">Choose an exam or a goal</option>
                {options.map((t) => (
                  <option key={t.value} value={t.value}>
                    {t.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={labels.title} error={err.title}>
              <input value={d.title} onChange={(e) => set({ title: e.target.value })} />
            </Field>
            <Field label={labels.hoursNeeded} error={err.hoursNeeded}>
              <input
                inputMode="decimal"
                value={d.hoursNeeded}
                onChange={(e) => set({ hoursNeeded: e.target.value })}
              />
            </Field>
            <Field label={labels.start} error={err.start}>
              <input type="date" value={d.start} onChange={(e) => set({ start: e.target.value })} />
            </Field>
            <Field
              label={labels.deadline}
              hint="No study is planned on or after this day."
              error={err.deadline}
            >
              <input
                type="date"
                value={d.deadline}
                onChange={(e) => set({ deadline: e.target.value })}
              />
            </Field>
            <Field label={labels.bufferDays} error={err.bufferDays}>
              <input
                inputMode="numeric"
                value={d.bufferDays}
                onChange={(e) => set({ bufferDays: e.target.value })}
              />
            </Field>
            <Field
              label={labels.sessionMinutes}
              hint="30 to 240, in 15-minute steps."
              error={err.sessionMinutes}
            >
              <input
                inputMode="numeric"
                value={d.sessionMinutes}
                onChange={(e) => set({ sessionMinutes: e.target.value })}
              />
            </Field>
            <Field label={labels.dayStart} error={err.dayStart}>
              <input
                type="time"
                value={d.dayStart}
                onChange={(e) => set({ dayStart: e.target.value })}
              />
            </Field>
          </div>
          <fieldset className="study-override">
            <legend>Hours a day for this plan</legend>
            <p className="hint">Leave a day empty to use your profile: {profileWeekText(week)}.</p>
            <div className="study-override-grid">
              {weekdays.map((day) => (
                <Field key={day} label={labels[`override.${day}`]} error={err[`override.${day}`]}>
                  <input
                    inputMode="decimal"
                    placeholder={String(week[day])}
                    value={d.override[day]}
                    onChange={(e) => set({ override: { ...d.override, [day]: e.target.value } })}
                  />
                </Field>
              ))}
            </div>
          </fieldset>
          <Field
            label={labels.blackouts}
            hint="One date per line, for example 2026-12-25."
            error={err.blackouts}
          >
            <textarea
              rows={3}
              value={d.blackouts}
              onChange={(e) => set({ blackouts: e.target.value })}
            />
          </Field>
          <PlanPreview result={preview} today={asOf} kind={kind} />
        </EditForm>
      </div>
      {escape.question}
    </>
  );
}
