import { useState, type FormEvent } from 'react';
import { roleTypes, type RoleType } from '../../../../shared/domain/experience';
import { Field } from '../../components/Field';
import { useToday } from '../../app/use-today';
import { useStore } from '../../db/store-context';
import { saveRole } from '../../db/repositories/career';
import { careerErrorText, roleTypeLabels, saveFailureText } from './messages';
import { draftToRole, emptyRoleDraft, type RoleDraft } from './role-draft';
import { useDraftGuard } from '../../components/unsaved-changes';
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
      className={props.error ? 'field has-error' : 'field'}
      aria-describedby={props.error ? 'role-types-error' : undefined}
    >
      <legend>Kinds of experience this role gave you</legend>
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
        <Field label="Job title" error={errors.title}>
          <input {...text('title')} />
        </Field>
        <Field label="Organisation" error={errors.organisation}>
          <input {...text('organisation')} />
        </Field>
        <Field label="Industry" error={errors.industry}>
          <input {...text('industry')} />
        </Field>
        <Field label="Start month" hint="Year and month, e.g. 2022-03" error={errors.start}>
          <input type="month" {...text('start')} />
        </Field>
        <Field label="End month" hint="The last month you worked" error={errors.end}>
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
        <Field label="Team size (optional)" error={errors.teamSize}>
          <input inputMode="numeric" {...text('teamSize')} />
        </Field>
        <Field label="Budget (optional)" error={errors.budget}>
          <input inputMode="decimal" {...text('budgetAmount')} />
        </Field>
        <Field label="Budget currency" hint="Three letters, e.g. EUR">
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

/** Add or edit one role of the work history; bad input is explained beside each field. */
export function RoleForm({ initial, onDone }: Props) {
  const store = useStore();
  const asOf = useToday();
  const [d, setD] = useState<RoleDraft>(initial ?? emptyRoleDraft);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  useDraftGuard(d);
  const set = (patch: Partial<RoleDraft>) => setD((x) => ({ ...x, ...patch }));
  const text = (k: keyof RoleDraft) => ({
    value: d[k] as string,
    onChange: (e: { target: { value: string } }) => set({ [k]: e.target.value }),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const result = await saveRole(store, draftToRole(d), asOf);
      if (result.ok) return onDone();
      const next: Errors = {};
      for (const x of result.errors) next[x.field.split('.')[0]!] ??= careerErrorText(x.code, x);
      setErrors(next);
    } catch (error) {
      setFailure(saveFailureText(error));
    }
  }

  const n = Object.keys(errors).length;
  return (
    <EditForm
      className="card"
      onSubmit={submit}
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
      {n > 0 && (
        <p className="form-summary" role="alert">
          {n === 1 ? 'One field needs' : `${n} fields need`} your attention; nothing was saved.
        </p>
      )}
      {failure && (
        <p className="form-summary" role="alert">
          {failure}
        </p>
      )}
      <RoleFields d={d} set={set} errors={errors} />
      <Field label="Description (optional)" error={errors.description}>
        <textarea rows={3} {...text('description')} />
      </Field>
    </EditForm>
  );
}
