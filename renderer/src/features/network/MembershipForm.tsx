import { useRef, useState, type FormEvent } from 'react';
import { useToday } from '../../app/use-today';
import { useUndo } from '../../components/undo';
import { useEditConflict } from '../../components/use-edit-conflict';
import { useTypedDraft } from '../../components/form-back-after-undo';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { useStore } from '../../db/store-context';
import { saveMembership, type MembershipRow } from '../../db/repositories/journal-network';
import { saveFailureText } from '../experience/messages';
import { costOf, FormEnd, FormSummary, TextArea, TextInput, textOf } from '../learning/inputs';
import { placeErrors } from '../learning/form-summary';
import { useFocusFirstField } from '../learning/use-editing';
import {
  membershipConflictText,
  membershipLabels as labels,
  membershipSavedText,
  networkErrorMap,
} from './messages';
import { EditForm } from '../../components/read-only';

const fieldLabels = Object.entries(labels);

/** The form's fields for a membership as stored (none: a new membership). */
function draftOf(m: MembershipRow | null) {
  return {
    organisation: m?.organisation ?? '',
    since: m?.since ?? '',
    renewal: m?.renewal ?? '',
    endedOn: m?.endedOn ?? '',
    cost: textOf(m?.cost?.amount),
    currency: m?.cost?.currency ?? 'EUR',
    notes: m?.notes ?? '',
  };
}
/** What the membership form holds: its fields as typed. */
export type MembershipTyped = ReturnType<typeof draftOf>;

/**
 * Add or edit an association membership with its renewal day (issue 6 part 4). An edit never
 * overwrites a change made in another window unseen, nor brings back a membership deleted there
 * (useEditConflict, as the contact form): `stored` is the membership as stored now, null once
 * deleted.
 */
export function MembershipForm(props: {
  membership: MembershipRow | null;
  stored?: MembershipRow | null | undefined;
  /**
   * What was typed in the form when its membership was deleted, brought back by Undo: the
   * form opens with it, holding changes from the start (form-back-after-undo.ts).
   */
  typed?: MembershipTyped | undefined;
  /** Hears what the form holds and whether it is changed: what a delete keeps for its Undo. */
  onDraft?: (typed: MembershipTyped, changed: boolean) => void;
  onDone: () => void;
}) {
  const store = useStore();
  const offerUndo = useUndo();
  const formRef = useFocusFirstField<HTMLFormElement>();
  const asOf = useToday();
  const m = props.membership;
  const [d, setD] = useState(() => props.typed ?? draftOf(m));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const edit = useEditConflict(m ?? undefined, props.stored);
  // A save in flight: a second press of Save (a double click) is ignored until it answers, so
  // one membership is never added twice. Kept set once saved: the form closes.
  const saving = useRef(false);
  const unchanged = useTypedDraft(d, draftOf(m), props.onDraft);
  const escape = useCloseOnEscape(d, props.onDone, unchanged);
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving.current) return;
    saving.current = true;
    const input = {
      organisation: d.organisation,
      since: d.since,
      renewal: d.renewal || null,
      endedOn: d.endedOn || null,
      cost: costOf(d.cost, d.currency, m?.cost?.amount),
      notes: d.notes,
      // Deleted elsewhere, and saved again after the form said so: a new membership.
      ...(m && edit.conflict !== 'DELETED' ? { id: m.id } : {}),
    };
    setFailure(null);
    // While saving, the form's own write is not taken for a change made elsewhere.
    edit.setBusy(true);
    try {
      const result = await saveMembership(store, input, asOf, edit.ifStill);
      if (result.ok) {
        const row = result.value;
        offerUndo(membershipSavedText({ ...row, edited: m !== null && row.id === m.id }));
        return props.onDone();
      }
      saving.current = false;
      if (result.conflict) return edit.setFound(result.conflict);
      setErrors(networkErrorMap(result.errors));
      requestAnimationFrame(() => summaryRef.current?.focus());
    } catch (error) {
      saving.current = false;
      setFailure(saveFailureText(error));
    } finally {
      edit.setBusy(false);
    }
  }

  const { shown: e, items } = placeErrors(errors, fieldLabels);
  const title = m ? 'Edit membership' : 'Add a membership';
  return (
    <>
      <EditForm
        ref={formRef}
        className="card"
        aria-label={title}
        noValidate
        onSubmit={submit}
        onKeyDown={escape.onKeyDown}
        actions={<FormEnd saveLabel="Save membership" onCancel={props.onDone} />}
      >
        <h2 id="membership-form-title">{title}</h2>
        <FormSummary items={items} failure={failure} ref={summaryRef} />
        {edit.conflict && (
          <p className="form-summary" role="alert">
            {membershipConflictText[edit.conflict]}
          </p>
        )}
        <div className="form-grid">
          <TextInput
            label={labels.organisation}
            value={d.organisation}
            onChange={(organisation) => set({ organisation })}
            error={e.organisation}
          />
          <TextInput
            label={labels.since}
            type="date"
            value={d.since}
            onChange={(since) => set({ since })}
            error={e.since}
            hint="For a membership that starts later, enter its first day."
          />
          <TextInput
            label={labels.renewal}
            type="date"
            value={d.renewal}
            onChange={(renewal) => set({ renewal })}
            error={e.renewal}
            hint="Move it on when you renew."
          />
          <TextInput
            label={labels.endedOn}
            type="date"
            value={d.endedOn}
            onChange={(endedOn) => set({ endedOn })}
            error={e.endedOn}
          />
          <TextInput
            label={labels['cost.amount']}
            inputMode="decimal"
            value={d.cost}
            onChange={(cost) => set({ cost })}
            error={e['cost.amount']}
          />
          <TextInput
            label={labels['cost.currency']}
            value={d.currency}
            onChange={(currency) => set({ currency })}
            error={e['cost.currency']}
          />
        </div>
        <TextArea
          label={labels.notes}
          value={d.notes}
          onChange={(notes) => set({ notes })}
          error={e.notes}
        />
      </EditForm>
      {escape.question}
    </>
  );
}
