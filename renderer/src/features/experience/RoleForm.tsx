import { useRef, useState, type FormEvent } from 'react';
import { roleTypes, validateRole, type RoleType } from '../../../../shared/domain/experience';
import { ErrorSummary, focusLabelled } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import {
  errorsWithUnreadable,
  unreadableMonths,
  unreadableMonthText,
} from '../../components/unreadable-dates';
import { useToday } from '../../app/use-today';
import { useStore } from '../../db/store-context';
import { saveRole, type RoleRow } from '../../db/repositories/career';
import { roleLabels as labels, roleErrorKey, summaryItems } from './form-summary';
import {
  budgetHint,
  editConflictText,
  roleErrorText,
  roleTypeLabels,
  saveFailureText,
} from './messages';
import { useEditConflict } from '../../components/use-edit-conflict';
import { draftToRole, emptyRoleDraft, roleDraftErrors, type RoleDraft } from './role-draft';
import { useTypedDraft } from '../../components/form-back-after-undo';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { EditForm, WriteButton } from '../../components/read-only';

interface Props {
  initial?: RoleDraft;
  onDone: () => void;
  /** Editing: the stored role the edit started from. */
  opened?: RoleRow;
  /** Editing: the role as stored now; null once it was deleted elsewhere. */
  stored?: RoleRow | null;
  /**
   * The form as saved, when `initial` holds changes already (an edit brought back by Undo after
   * its role was deleted): leaving the form asks first from the start.
   */
  saved?: RoleDraft;
  /** Hears what the form holds and whether it is changed: what a delete keeps for its Undo. */
  onDraft?: (draft: RoleDraft, changed: boolean) => void;
}

const roleConflictText = editConflictText('role');

type Errors = Record<string, string>;

function RoleTypesField(props: {
  value: RoleType[];
  error?: string;
  onChange: (v: RoleType[]) => void;
}) {
  const toggle = (t: RoleType, on: boolean) =>
    props.onChange(on ? [...props.value, t] : props.value.filter((x) => x !== t));
  return (
    <fieldset
      name="roleTypes"
      className={props.error ? 'field has-error' : 'field'}
      aria-describedby={props.error ? 'role-types-error' : undefined}
    >
      <legend>{labels.roleTypes}</legend>
      {roleTypes.map((t) => (
        <label key={t} className="checkbox-field">
          <input
            type="checkbox"
            checked={props.value.includes(t)}
            onChange={(e) => toggle(t, e.target.checked)}
          />{' '}
          {roleTypeLabels[t]}
        </label>
      ))}
      {props.error && (
        <p className="error" id="role-types-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

/** The role's own fields: names, months, optional size and budget, kinds of experience. */
function RoleFields({
  d,
  set,
  setOngoing,
  errors,
}: {
  d: RoleDraft;
  set: (p: Partial<RoleDraft>) => void;
  setOngoing: (ongoing: boolean) => void;
  errors: Errors;
}) {
  const text = (k: keyof RoleDraft) => ({
    value: d[k] as string,
    onChange: (e: { target: { value: string } }) => set({ [k]: e.target.value }),
  });
  return (
    <>
      <div className="form-grid">
        <Field label={labels.title} error={errors.title}>
          <input {...text('title')} />
        </Field>
        <Field label={labels.organisation} error={errors.organisation}>
          <input {...text('organisation')} />
        </Field>
        <Field label={labels.industry} error={errors.industry}>
          <input {...text('industry')} />
        </Field>
        <Field label={labels.start} hint="Year and month, e.g. 2022-03" error={errors.start}>
          <input type="month" name="start" {...text('start')} />
        </Field>
        <Field label={labels.end} hint="The last month you worked" error={errors.end}>
          <input type="month" name="end" {...text('end')} disabled={d.ongoing} />
        </Field>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={d.ongoing}
            onChange={(e) => setOngoing(e.target.checked)}
          />{' '}
          Ongoing (I am still in this role)
        </label>
        <Field label={labels.teamSize} error={errors.teamSize}>
          <input inputMode="numeric" {...text('teamSize')} />
        </Field>
        <Field label={labels.budget} hint={budgetHint} error={errors.budget}>
          <input inputMode="decimal" {...text('budgetAmount')} />
        </Field>
        <Field
          label={labels.budgetCurrency}
          hint="Three letters, e.g. EUR"
          error={errors.budgetCurrency}
        >
          <input {...text('budgetCurrency')} maxLength={3} />
        </Field>
      </div>
      <RoleTypesField
        value={d.roleTypes}
        error={errors.roleTypes}
        onChange={(roleTypes) => set({ roleTypes })}
      />
    </>
  );
}

/** The errors shown, less the end month's (the same object when it has none). */
function withoutEnd(shown: Errors): Errors {
  if (!('end' in shown)) return shown;
  const { end: _answered, ...rest } = shown;
  return rest;
}

/** Moves focus to a field the error summary names; the kinds of experience: the first box. */
function goTo(form: HTMLFormElement | null, field: string) {
  if (!form) return;
  if (field === 'roleTypes')
    form.querySelector<HTMLElement>('fieldset[name="roleTypes"] input')?.focus();
  else focusLabelled(form, labels[field as keyof typeof labels]);
}

/**
 * Add or edit one role of the work history; bad input is listed at the top (each entry goes
 * to its field) and explained beside each field. An edit never overwrites a change made
 * elsewhere unseen, as the goal form does (useEditConflict): when the role was changed or
 * deleted in another window since the form was opened, the form says so and only a save after
 * that replaces the change (or puts the role back); the repository checks the same in the
 * save's own transaction, for a change not yet seen here.
 */
export function RoleForm({ initial, onDone, opened, stored, saved, onDraft }: Props) {
  const store = useStore();
  const asOf = useToday();
  const [d, setD] = useState<RoleDraft>(initial ?? emptyRoleDraft);
  // Leaving asks first while the form differs from the role as saved (useTypedDraft).
  const baseline = useTypedDraft(d, saved ?? d, onDraft);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const { conflict, setFound, busy, setBusy, ifStill } = useEditConflict(opened, stored);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const escape = useCloseOnEscape(d, onDone, baseline);
  const set = (patch: Partial<RoleDraft>) => setD((x) => ({ ...x, ...patch }));
  // Ticking Ongoing answers the end month (an ongoing role has none): its error goes at once,
  // under the field and from the summary, not at the next save.
  const setOngoing = (ongoing: boolean) => {
    set({ ongoing });
    if (ongoing) setErrors(withoutEnd);
  };
  const text = (k: keyof RoleDraft) => ({
    value: d[k] as string,
    onChange: (e: { target: { value: string } }) => set({ [k]: e.target.value }),
  });

  /** The save's problems at their fields; a month half typed said as such, not as left empty. */
  function showErrors(
    found: readonly { field: string; code: string; expected?: number }[],
    unreadable: readonly string[] = [],
  ) {
    const text = (x: (typeof found)[number]) => roleErrorText(x.field, x.code, x);
    setErrors(errorsWithUnreadable(unreadable, found, text, roleErrorKey, unreadableMonthText));
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFailure(null);
    const role = draftToRole(d);
    // A currency with no amount, or a month half typed (its field reads as empty), is refused
    // with the role's other problems, all at once.
    const early = roleDraftErrors(d);
    const unreadable = unreadableMonths(e.currentTarget);
    if (early.length > 0 || unreadable.length > 0)
      return showErrors([...early, ...validateRole({ ...role, id: '' }, asOf)], unreadable);
    setBusy(true);
    try {
      const result = await saveRole(store, role, asOf, ifStill);
      if (result.ok) return onDone();
      if ('conflict' in result) return setFound(result.conflict);
      showErrors(result.errors);
    } catch (error) {
      setFailure(saveFailureText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <EditForm
        ref={formRef}
        className="card"
        onSubmit={submit}
        onKeyDown={escape.onKeyDown}
        noValidate
        aria-label={d.id ? 'Edit role' : 'Add a role'}
        actions={
          <div className="actions">
            <WriteButton type="submit" disabled={busy}>
              Save role
            </WriteButton>
            <button type="button" className="secondary" onClick={onDone}>
              Cancel
            </button>
          </div>
        }
      >
        <h2>{d.id ? 'Edit role' : 'Add a role'}</h2>
        <ErrorSummary
          ref={summaryRef}
          items={summaryItems(errors, labels)}
          onGoTo={(field) => goTo(formRef.current, field)}
        />
        {failure && (
          <p className="form-summary" role="alert">
            {failure}
          </p>
        )}
        {conflict && (
          <p className="form-summary" role="alert">
            {roleConflictText[conflict]}
          </p>
        )}
        <RoleFields d={d} set={set} setOngoing={setOngoing} errors={errors} />
        <Field label={labels.description} error={errors.description}>
          <textarea rows={3} {...text('description')} />
        </Field>
      </EditForm>
      {escape.question}
    </>
  );
}
