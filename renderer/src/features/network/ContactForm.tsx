import { useRef, useState, type FormEvent } from 'react';
import { validateContact, type ContactRelation } from '../../../../shared/domain/journal';
import { useToday } from '../../app/use-today';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { useUndo } from '../../components/undo';
import { useEditConflict } from '../../components/use-edit-conflict';
import { useTypedDraft } from '../../components/form-back-after-undo';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { useStore } from '../../db/store-context';
import { saveContact, type ContactRow } from '../../db/repositories/journal-network';
import { saveFailureText } from '../experience/messages';
import { FormEnd, Select, TextArea, TextInput } from '../learning/inputs';
import { relationLabels } from '../learning/messages';
import { useFocusFirstField } from '../learning/use-editing';
import { contactConflictText, contactSavedText, networkErrorMap } from './messages';
import { EditForm } from '../../components/read-only';

/** The contact form's labels, in the order the fields are shown (for the error summary). */
const labels: Record<string, string> = {
  name: 'Name',
  organisation: 'Organisation',
  role: 'Their role',
  howMet: 'How we met',
  tags: 'Tags',
  relation: 'Relationship',
  since: 'Mentoring since',
  until: 'Mentoring ended (optional)',
  notes: 'Notes',
};

/** Each problem under its field's label, in the form's order. */
function summaryItems(errors: Record<string, string>): SummaryItem[] {
  return Object.entries(labels).flatMap(([field, label]) => {
    const message = errors[field];
    return message ? [{ field, label, message }] : [];
  });
}

/** The form's fields for a contact as stored (none: a new contact). */
function draftOf(c: ContactRow | null) {
  return {
    name: c?.name ?? '',
    organisation: c?.organisation ?? '',
    role: c?.role ?? '',
    howMet: c?.howMet ?? '',
    tags: c?.tags.join(', ') ?? '',
    relation: c?.relation ?? ('contact' as ContactRelation),
    since: c?.since ?? '',
    until: c?.until ?? '',
    notes: c?.notes ?? '',
  };
}
/** What the contact form holds: its fields as typed. */
export type ContactTyped = ReturnType<typeof draftOf>;

/**
 * Add or edit a contact, a mentor or a mentee (issue 6 part 4). An edit never overwrites a
 * change made in another window unseen, nor brings back a contact deleted there (whose
 * interactions went with it), as the interaction form does (useEditConflict): `stored` is the
 * contact as stored now, null once deleted; the form says so and keeps what was typed, and
 * only a save after that replaces the change, or adds the contact again as a new one.
 */
export function ContactForm(props: {
  contact: ContactRow | null;
  stored?: ContactRow | null | undefined;
  /**
   * What was typed in the form when its contact was deleted, brought back by Undo: the form
   * opens with it, holding changes from the start (form-back-after-undo.ts).
   */
  typed?: ContactTyped | undefined;
  /** Hears what the form holds and whether it is changed: what a delete keeps for its Undo. */
  onDraft?: (typed: ContactTyped, changed: boolean) => void;
  onDone: () => void;
}) {
  const store = useStore();
  const offerUndo = useUndo();
  const formRef = useFocusFirstField<HTMLFormElement>();
  const asOf = useToday();
  const c = props.contact;
  const [d, setD] = useState(() => props.typed ?? draftOf(c));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const edit = useEditConflict(c ?? undefined, props.stored);
  // A save in flight: a second press of Save (a double click) is ignored until it answers, so
  // one contact is never added twice. Kept set once saved: the form closes.
  const saving = useRef(false);
  const unchanged = useTypedDraft(d, draftOf(c), props.onDraft);
  const escape = useCloseOnEscape(d, props.onDone, unchanged);
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving.current) return;
    const tags = d.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    // The mentoring days are asked only of a mentor or mentee: a plain contact keeps none, so a
    // day typed before the relationship was changed to "Contact" (now hidden) cannot stop the
    // save, or stay stored unseen.
    const mentors = d.relation !== 'contact';
    const input = {
      ...d,
      tags,
      since: (mentors && d.since) || null,
      until: (mentors && d.until) || null,
      // Deleted elsewhere, and saved again after the form said so: a new contact.
      ...(c && edit.conflict !== 'DELETED' ? { id: c.id } : {}),
    };
    setFailure(null);
    const refuse = (problems: Parameters<typeof networkErrorMap>[0]) => {
      setErrors(networkErrorMap(problems));
      requestAnimationFrame(() => summaryRef.current?.focus());
    };
    // Today's checks too (mentoring that has begun by today; a day already held is kept).
    const problems = validateContact({ ...input, id: c?.id ?? '' }, asOf, c?.since);
    if (problems.length > 0) return refuse(problems);
    saving.current = true;
    // While saving, the form's own write is not taken for a change made elsewhere.
    edit.setBusy(true);
    try {
      const result = await saveContact(store, input, asOf, edit.ifStill);
      if (result.ok) {
        const row = result.value;
        offerUndo(contactSavedText({ ...row, edited: c !== null && row.id === c.id }, asOf));
        return props.onDone();
      }
      saving.current = false;
      if (result.conflict) return edit.setFound(result.conflict);
      refuse(result.errors);
    } catch (error) {
      saving.current = false;
      setFailure(saveFailureText(error));
    } finally {
      edit.setBusy(false);
    }
  }

  const title = c ? 'Edit contact' : 'Add a contact';
  const mentoring = d.relation !== 'contact';
  return (
    <>
      <EditForm
        ref={formRef}
        className="card"
        aria-label={title}
        noValidate
        onSubmit={submit}
        onKeyDown={escape.onKeyDown}
        actions={<FormEnd saveLabel="Save contact" onCancel={props.onDone} />}
      >
        <h2 id="contact-form-title">{title}</h2>
        <ErrorSummary ref={summaryRef} items={summaryItems(errors)} />
        {failure && (
          <p className="form-summary" role="alert">
            {failure}
          </p>
        )}
        {edit.conflict && (
          <p className="form-summary" role="alert">
            {contactConflictText[edit.conflict]}
          </p>
        )}
        <div className="form-grid">
          <TextInput
            label="Name"
            value={d.name}
            onChange={(name) => set({ name })}
            error={errors.name}
          />
          <TextInput
            label="Organisation"
            value={d.organisation}
            onChange={(organisation) => set({ organisation })}
            error={errors.organisation}
          />
          <TextInput
            label="Their role"
            value={d.role}
            onChange={(role) => set({ role })}
            error={errors.role}
          />
          <TextInput
            label="How we met"
            value={d.howMet}
            onChange={(howMet) => set({ howMet })}
            error={errors.howMet}
          />
          <TextInput
            label="Tags"
            value={d.tags}
            onChange={(tags) => set({ tags })}
            hint="Separate tags with commas."
            error={errors.tags}
          />
          <Select
            label="Relationship"
            value={d.relation}
            options={relationLabels}
            onChange={(relation) => set({ relation })}
            error={errors.relation}
          />
          {mentoring && (
            <TextInput
              label="Mentoring since"
              type="date"
              value={d.since}
              onChange={(since) => set({ since })}
              error={errors.since}
            />
          )}
          {mentoring && (
            <TextInput
              label="Mentoring ended (optional)"
              type="date"
              value={d.until}
              onChange={(until) => set({ until })}
              error={errors.until}
            />
          )}
        </div>
        <TextArea
          label="Notes"
          value={d.notes}
          onChange={(notes) => set({ notes })}
          error={errors.notes}
        />
      </EditForm>
      {escape.question}
    </>
  );
}
