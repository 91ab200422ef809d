import { useRef, useState, type FormEvent } from 'react';
import { roleTypes, validateRole, type RoleType } from '../../../../shared/domain/experience';
import { ErrorSummary, focusLabelled } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { useToday } from '../../app/use-today';
import { useStore } from '../../db/store-context';
import { saveRole } from '../../db/repositories/career';
import { roleLabels as labels, roleErrorKey, summaryItems } from './form-summary';
import { budgetHint, roleErrorText, roleTypeLabels, saveFailureText } from './messages';
import { draftToRole, emptyRoleDraft, roleDraftErrors, type RoleDraft } from './role-draft';
import { useDraftGuard } from '../../components/unsaved-changes';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { EditForm, WriteButton } from '../../components/read-only';

interface Props {
  initial?: RoleDraft;
  onDone: () => void;
}

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
  errors,
}: {
  d: RoleDraft;
  set: (p: Partial<RoleDraft>) => void;
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
          <input type="month" {...text('start')} />
        </Field>
        <Field label={labels.end} hint="The last month you worked" error={errors.end}>
          <input type="month" {...text('end')} disabled={d.ongoing} />
        </Field>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={d.ongoing}
            onChange={(e) => set({ ongoing: e.target.checked })}
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

/** Moves focus to a field the error summary names; the kinds of experience: the first box. */
function goTo(form: HTMLFormElement | null, field: string) {
  if (!form) return;
  if (field === 'roleTypes')
    form.querySelector<HTMLElement>('fieldset[name="roleTypes"] input')?.focus();
  else focusLabelled(form, labels[field as keyof typeof labels]);
}

/**
 * Add or edit one role of the work history; bad input is listed at the top (each entry goes
 * to its field) and explained beside each field.
 */
export function RoleForm({ initial, onDone }: Props) {
  const store = useStore();
  const asOf = useToday();
  const [d, setD] = useState<RoleDraft>(initial ?? emptyRoleDraft);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useDraftGuard(d);
  const escape = useCloseOnEscape(d, onDone);
  const set = (patch: Partial<RoleDraft>) => setD((x) => ({ ...x, ...patch }));
  const text = (k: keyof RoleDraft) => ({
    value: d[k] as string,
    onChange: (e: { target: { value: string } }) => set({ [k]: e.target.value }),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    try {
      const role = draftToRole(d);
      // A currency with no amount is refused with the role's other problems, all at once.
      const early = roleDraftErrors(d);
      const result =
        early.length > 0
          ? { ok: false as const, errors: [...early, ...validateRole({ ...role, id: '' }, asOf)] }
          : await saveRole(store, role, asOf);
      if (result.ok) return onDone();
      const next: Errors = {};
      for (const x of result.errors)
        next[roleErrorKey(x.field)] ??= roleErrorText(x.field, x.code, x);
      setErrors(next);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } catch (error) {
      setFailure(saveFailureText(error));
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
            <WriteButton type="submit">Save role</WriteButton>
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
        <RoleFields d={d} set={set} errors={errors} />
        <Field label={labels.description} error={errors.description}>
          <textarea rows={3} {...text('description')} />
        </Field>
      </EditForm>
      {escape.question}
    </>
  );
}
