import { useState, type FormEvent } from 'react';
import { useToday } from '../../app/use-today';
import { useUndo } from '../../components/undo';
import { useDraftGuard } from '../../components/unsaved-changes';
import { useStore } from '../../db/store-context';
import { saveMembership, type MembershipRow } from '../../db/repositories/journal-network';
import { saveFailureText } from '../experience/messages';
import { FormEnd, FormProblems, numberOf, TextArea, TextInput, textOf } from '../learning/inputs';
import { errorMap } from '../learning/messages';
import { useFocusFirstField } from '../learning/use-editing';
import { membershipSavedText } from './messages';
import { EditForm } from '../../components/read-only';

/** Add or edit an association membership with its renewal day (issue 6 part 4). */
export function MembershipForm(props: { membership: MembershipRow | null; onDone: () => void }) {
  const store = useStore();
  const offerUndo = useUndo();
  const formRef = useFocusFirstField<HTMLFormElement>();
  const asOf = useToday();
  const m = props.membership;
  const [d, setD] = useState({
    organisation: m?.organisation ?? '',
    since: m?.since ?? '',
    renewal: m?.renewal ?? '',
    endedOn: m?.endedOn ?? '',
    cost: textOf(m?.cost?.amount),
    currency: m?.cost?.currency ?? 'EUR',
    notes: m?.notes ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  useDraftGuard(d);
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = {
      organisation: d.organisation,
      since: d.since,
      renewal: d.renewal || null,
      endedOn: d.endedOn || null,
      cost:
        d.cost.trim() === ''
          ? null
          : { amount: numberOf(d.cost), currency: d.currency.trim().toUpperCase() },
      notes: d.notes,
      ...(m ? { id: m.id } : {}),
    };
    setFailure(null);
    try {
      const result = await saveMembership(store, input, asOf);
      if (result.ok) {
        const row = result.value;
        offerUndo(membershipSavedText({ ...row, edited: m !== null }));
        return props.onDone();
      }
      setErrors(errorMap(result.errors));
    } catch (error) {
      setFailure(saveFailureText(error));
    }
  }

  const title = m ? 'Edit membership' : 'Add a membership';
  return (
    <EditForm
      ref={formRef}
      className="card"
      aria-label={title}
      noValidate
      onSubmit={submit}
      actions={<FormEnd saveLabel="Save membership" onCancel={props.onDone} />}
    >
      <h2 id="membership-form-title">{title}</h2>
      <FormProblems errors={errors} failure={failure} />
      <div className="form-grid">
        <TextInput
          label="Association or chapter"
          value={d.organisation}
          onChange={(organisation) => set({ organisation })}
          error={errors.organisation}
        />
        <TextInput
          label="Member since"
          type="date"
          value={d.since}
          onChange={(since) => set({ since })}
          error={errors.since}
        />
        <TextInput
          label="Renewal date"
          type="date"
          value={d.renewal}
          onChange={(renewal) => set({ renewal })}
          error={errors.renewal}
          hint="Move it on when you renew."
        />
        <TextInput
          label="Left on (optional)"
          type="date"
          value={d.endedOn}
          onChange={(endedOn) => set({ endedOn })}
          error={errors.endedOn}
        />
        <TextInput
          label="Yearly cost (optional)"
          inputMode="decimal"
          value={d.cost}
          onChange={(cost) => set({ cost })}
          error={errors['cost.amount']}
        />
        <TextInput
          label="Currency"
          value={d.currency}
          onChange={(currency) => set({ currency })}
          error={errors['cost.currency']}
        />
      </div>
      <TextArea label="Notes" value={d.notes} onChange={(notes) => set({ notes })} />
    </EditForm>
  );
}
