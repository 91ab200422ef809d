import { useState } from 'react';
import { areas } from '../../../../shared/catalog/credentials';
import type { CreditHolder } from '../../../../shared/domain/journal';
import { mediaCredits, type MediaEntry, type MediaKind } from '../../../../shared/domain/journal';
import { useToday } from '../../app/use-today';
import { useTypedDraft } from '../../components/form-back-after-undo';
import { keptDate, shownDate } from '../../components/follows-today';
import { useStore } from '../../db/store-context';
import { saveMedia, type MediaRow } from '../../db/repositories/journal';
import { areaLabels } from '../credentials/messages';
import {
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
  emptyReflection,
} from './inputs';
import { mediaKindLabels, mediaLabels as labels } from './messages';
import { creditPartOf, placeErrors } from './form-summary';
import { useSaveFlow } from './use-save-flow';
import { useFocusFirstField } from './use-editing';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { EditForm } from '../../components/read-only';

const areaOptions = Object.fromEntries(areas.map((a) => [a, areaLabels[a]])) as Record<
  MediaEntry['area'],
  string
>;

/** A new entry's date is `null`, today: it follows the day past midnight until one is typed. */
function draftOf(m: MediaRow | null) {
  return {
    kind: m?.kind ?? ('reading' as MediaKind),
    title: m?.title ?? '',
    author: m?.author ?? '',
    date: m?.date ?? null,
    hours: textOf(m?.hours),
    area: m?.area ?? ('waysOfWorking' as MediaEntry['area']),
    link: m?.link ?? '',
    notes: m?.notes ?? '',
    reflection: m?.reflection ?? emptyReflection(),
  };
}
type Draft = ReturnType<typeof draftOf>;
/** What the reading form holds: its fields. */
export type MediaTyped = Draft;

const entryOf = (d: Draft, id: string, asOf: string): MediaEntry => ({
  ...d,
  id,
  date: shownDate(d.date, asOf),
  author: d.author.trim(),
  link: d.link.trim(),
  hours: hoursOf(d.hours),
  reflection: reflectionOf(d.reflection),
});

const fieldLabels = Object.entries(labels);

/** Where the media form shows a credit entry's error: at the date or hours it came from. */
function shownAt(field: string): string {
  const part = creditPartOf(field);
  return part === 'date' ? 'date' : part === 'hours' ? 'hours' : field;
}

/** Add or edit a book, article, webinar or podcast (issue 6 part 3). */
export function MediaForm(props: {
  entry: MediaRow | null;
  /** The entry as stored now, null once deleted: an edit never overwrites a change unseen. */
  stored?: MediaRow | null | undefined;
  held: readonly CreditHolder[];
  /**
   * What was typed in the form when its entry was deleted, brought back by Undo: the form
   * opens with it, holding changes from the start (form-back-after-undo.ts).
   */
  typed?: MediaTyped | undefined;
  /** Hears what the form holds and whether it is changed: what a delete keeps for its Undo. */
  onDraft?: (typed: MediaTyped, changed: boolean) => void;
  onSaved: (row: MediaRow, answered: boolean) => void;
  onCancel: () => void;
}) {
  const store = useStore();
  const formRef = useFocusFirstField<HTMLFormElement>();
  const asOf = useToday();
  const [d, setD] = useState(() => props.typed ?? draftOf(props.entry));
  const unchanged = useTypedDraft(d, draftOf(props.entry), props.onDraft);
  const escape = useCloseOnEscape(d, props.onCancel, unchanged);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const { summaryRef, ...flow } = useSaveFlow(
    (action, edit) => {
      // Deleted elsewhere, and saved again after the form said so: a new entry.
      const id = props.entry && !edit.asNew ? props.entry.id : crypto.randomUUID();
      const entry = entryOf(d, id, asOf);
      const creditsOf = (m: MediaEntry) => mediaCredits(m, props.held).suggestions;
      const link = action && {
        action,
        fresh: creditsOf(entry),
        previous: props.entry ? creditsOf(props.entry) : [],
      };
      return saveMedia(store, entry, {
        asOf,
        creditsOf,
        ifStill: edit.ifStill,
        ...(link ? { link } : {}),
      });
    },
    props.onSaved,
    (row) => row.title,
    { opened: props.entry ?? undefined, stored: props.stored, noun: 'entry' },
  );
  const { shown: e, items } = placeErrors(
    hoursWorded(flow.errors, { hours: d.hours }),
    fieldLabels,
    shownAt,
  );
  const title = props.entry ? 'Edit reading or listening' : 'Add reading or listening';
  return (
    <>
      <EditForm
        ref={formRef}
        className="card"
        aria-label={title}
        noValidate
        onSubmit={flow.onSubmit}
        onKeyDown={escape.onKeyDown}
        actions={<FormEnd saveLabel="Save entry" onCancel={props.onCancel} />}
      >
        <h2 id="media-form-title">{title}</h2>
        <FormSummary items={items} failure={flow.failure} ref={summaryRef} />
        {flow.conflictNote}
        <div className="form-grid">
          <Select
            label={labels.kind}
            value={d.kind}
            options={mediaKindLabels}
            onChange={(kind) => set({ kind })}
            error={e.kind}
          />
          <TextInput
            label={labels.title}
            value={d.title}
            onChange={(title) => set({ title })}
            error={e.title}
          />
          <TextInput
            label={labels.author}
            value={d.author}
            onChange={(author) => set({ author })}
            error={e.author}
          />
          <TextInput
            label={labels.date}
            type="date"
            value={shownDate(d.date, asOf)}
            onChange={(date) => set({ date: keptDate(date, asOf, !props.entry) })}
            error={e.date}
          />
          <TextInput
            label={labels.hours}
            inputMode="decimal"
            value={d.hours}
            onChange={(hours) => set({ hours })}
            error={e.hours}
          />
          <Select
            label={labels.area}
            value={d.area}
            options={areaOptions}
            onChange={(area) => set({ area })}
            error={e.area}
          />
          <TextInput
            label={labels.link}
            type="url"
            value={d.link}
            onChange={(link) => set({ link })}
            error={e.link}
            hint="Starts with https://"
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
