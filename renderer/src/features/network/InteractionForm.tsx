import { useRef, useState } from 'react';
import { areas } from '../../../../shared/catalog/credentials';
import type { CreditHolder } from '../../../../shared/domain/journal';
import {
  interactionCredits,
  type Interaction,
  type InteractionKind,
  type LinkAction,
} from '../../../../shared/domain/journal';
import { useToday } from '../../app/use-today';
import { useTypedDraft } from '../../components/form-back-after-undo';
import { keptDate, shownDate } from '../../components/follows-today';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { Field } from '../../components/Field';
import { useStore } from '../../db/store-context';
import {
  saveInteraction,
  type ContactRow,
  type InteractionRow,
} from '../../db/repositories/journal-network';
import { areaLabels } from '../credentials/messages';
import {
  emptyReflection,
  FormEnd,
  FormSummary,
  hoursOf,
  hoursWorded,
  ReflectionFields,
  reflectionOf,
  Select,
  TextArea,
  TextInput,
  textOf,
} from '../learning/inputs';
import { interactionKindLabels } from '../learning/messages';
import { creditPartOf, placeErrors } from '../learning/form-summary';
import { useSaveFlow } from '../learning/use-save-flow';
import { useFocusFirstField } from '../learning/use-editing';
import { EditForm } from '../../components/read-only';
import { interactionLabels as labels, networkErrorMap, noContactLeftText } from './messages';

const areaOptions = Object.fromEntries(areas.map((a) => [a, areaLabels[a]])) as Record<
  Interaction['area'],
  string
>;

const fieldLabels = Object.entries(labels);

/** Where the form shows a credit entry's error: at the date or the hours it came from. */
function shownAt(field: string): string {
  const part = creditPartOf(field);
  return part === 'date' ? 'date' : part === 'hours' ? 'hours' : field;
}

/**
 * The form's fields for an interaction as stored; a new one is with the first contact listed,
 * and its date is `null`, today: it follows the day past midnight until one is typed (a form
 * left open overnight logged it on the day before).
 */
function draftOf(i: InteractionRow | null, contacts: readonly ContactRow[]) {
  return {
    contactId: i?.contactId ?? contacts[0]?.id ?? '',
    date: i?.date ?? null,
    kind: i?.kind ?? ('meeting' as InteractionKind),
    hours: textOf(i?.hours ?? 0),
    area: i?.area ?? ('powerSkills' as Interaction['area']),
    followUp: i?.followUp ?? '',
    notes: i?.notes ?? '',
    reflection: i?.reflection ?? emptyReflection(),
  };
}
/** What the interaction form holds: its fields as typed. */
export type InteractionTyped = ReturnType<typeof draftOf>;

/**
 * Log an interaction with a contact, its hours and the next follow-up (issue 6 part 4). An
 * edit never overwrites a change made in another window unseen, nor brings back an interaction
 * deleted there (useSaveFlow's `edited`, as the Learning forms): `stored` is the interaction as
 * stored now, null once deleted.
 */
export function InteractionForm(props: {
  interaction: InteractionRow | null;
  stored?: InteractionRow | null | undefined;
  contacts: readonly ContactRow[];
  held: readonly CreditHolder[];
  /**
   * What was typed in the form when its interaction was deleted, brought back by Undo: the
   * form opens with it, holding changes from the start (form-back-after-undo.ts).
   */
  typed?: InteractionTyped | undefined;
  /** Hears what the form holds and whether it is changed: what a delete keeps for its Undo. */
  onDraft?: (typed: InteractionTyped, changed: boolean) => void;
  /**
   * `answered`: its credit entries need nothing more (the person chose what happens to them,
   * or the edit left them as they were: nothing they come from changed), as the Learning
   * forms say it; `action`: what the person chose, when they were asked.
   */
  onSaved: (row: InteractionRow, answered: boolean, action?: LinkAction) => void;
  onCancel: () => void;
}) {
  const store = useStore();
  const formRef = useFocusFirstField<HTMLFormElement>();
  const asOf = useToday();
  const i = props.interaction;
  const [d, setD] = useState(() => props.typed ?? draftOf(i, props.contacts));
  const unchanged = useTypedDraft(d, draftOf(i, props.contacts), props.onDraft);
  const escape = useCloseOnEscape(d, props.onCancel, unchanged);
  const set = (patch: Partial<typeof d>) => setD((x) => ({ ...x, ...patch }));
  // The answer given for the credit entries, for the notice after the save.
  const answer = useRef<LinkAction | undefined>(undefined);
  // A refused save's problems, with the interaction's day they were checked against: the
  // follow-up's message names that day.
  const [refused, setRefused] = useState<{
    errors: Parameters<typeof networkErrorMap>[0];
    date: string;
  } | null>(null);
  const { summaryRef, ...flow } = useSaveFlow(
    async (action, edit) => {
      answer.current = action;
      const entry: Interaction = {
        ...d,
        // Deleted elsewhere, and saved again after the form said so: a new interaction.
        id: i && !edit.asNew ? i.id : crypto.randomUUID(),
        date: shownDate(d.date, asOf),
        hours: d.hours.trim() === '' ? 0 : hoursOf(d.hours),
        followUp: d.followUp || null,
        reflection: reflectionOf(d.reflection),
      };
      const nameOf = (id: string) => props.contacts.find((c) => c.id === id)?.name ?? '';
      const creditsOf = (x: Interaction) =>
        interactionCredits(x, nameOf(x.contactId), props.held).suggestions;
      const link = action && {
        action,
        fresh: creditsOf(entry),
        previous: i ? creditsOf(i) : [],
      };
      const result = await saveInteraction(store, entry, {
        asOf,
        creditsOf,
        ifStill: edit.ifStill,
        ...(link ? { link } : {}),
      });
      setRefused(result.ok ? null : { errors: result.errors, date: entry.date });
      return result;
    },
    (row, answered) => props.onSaved(row, answered, answered ? answer.current : undefined),
    undefined,
    { opened: i ?? undefined, stored: props.stored, noun: 'interaction' },
  );
  // The fields the save flow names, in this form's words (a follow-up before the interaction).
  const worded = refused ? networkErrorMap(refused.errors, refused.date) : {};
  const errors = Object.fromEntries(
    Object.entries(flow.errors).map(([field, message]) => [field, worded[field] ?? message]),
  );
  const { shown: e, items } = placeErrors(
    hoursWorded(errors, { hours: d.hours }),
    fieldLabels,
    shownAt,
  );
  // The area counts only for mentoring (its credit entries' area); a meeting, call or message
  // keeps the value it has, unseen, so the stored interaction stays valid.
  const mentoring = d.kind === 'mentoring-received' || d.kind === 'mentoring-given';
  // What the select shows is what is saved: a contact deleted elsewhere since it was chosen is
  // no longer listed, and the select says a contact is to be chosen (the save is refused,
  // UNKNOWN_CONTACT) rather than show the first one left, another person than the one saved.
  const listed = props.contacts.some((c) => c.id === d.contactId);
  const title = i ? 'Edit interaction' : 'Log an interaction';
  return (
    <>
      <EditForm
        ref={formRef}
        className="card"
        aria-label={title}
        noValidate
        onSubmit={flow.onSubmit}
        onKeyDown={escape.onKeyDown}
        actions={<FormEnd saveLabel="Save interaction" onCancel={props.onCancel} />}
      >
        <h2 id="interaction-form-title">{title}</h2>
        <FormSummary items={items} failure={flow.failure} ref={summaryRef} />
        {flow.conflictNote}
        <div className="form-grid">
          <Field
            label={labels.contactId}
            error={e.contactId}
            {...(props.contacts.length === 0 ? { hint: noContactLeftText } : {})}
          >
            <select
              value={listed ? d.contactId : ''}
              onChange={(ev) => set({ contactId: ev.target.value })}
            >
              {!listed && (
                <option value="" disabled>
                  Choose a contact
                </option>
              )}
              {props.contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <TextInput
            label={labels.date}
            type="date"
            value={shownDate(d.date, asOf)}
            onChange={(date) => set({ date: keptDate(date, asOf, !i) })}
            error={e.date}
          />
          <Select
            label={labels.kind}
            value={d.kind}
            options={interactionKindLabels}
            onChange={(kind) => set({ kind })}
            error={e.kind}
          />
          <TextInput
            label={labels.hours}
            inputMode="decimal"
            value={d.hours}
            onChange={(hours) => set({ hours })}
            error={e.hours}
          />
          {(mentoring || e.area) && (
            <Select
              label={labels.area}
              value={d.area}
              options={areaOptions}
              onChange={(area) => set({ area })}
              error={e.area}
            />
          )}
          <TextInput
            label={labels.followUp}
            type="date"
            value={d.followUp}
            onChange={(followUp) => set({ followUp })}
            error={e.followUp}
          />
        </div>
        <TextArea
          label={labels.notes}
          value={d.notes}
          onChange={(notes) => set({ notes })}
          error={e.notes}
        />
        <ReflectionFields
          value={d.reflection}
          onChange={(reflection) => set({ reflection })}
          errors={e}
        />
        {flow.dialog}
      </EditForm>
      {escape.question}
    </>
  );
}
