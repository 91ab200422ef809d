import { useState } from 'react';
import { areas } from '../../../../shared/catalog/credentials';
import type { HeldCredential } from '../../../../shared/domain/credentials';
import { mediaCredits, type MediaEntry, type MediaKind } from '../../../../shared/domain/journal';
import { useToday } from '../../app/use-today';
import { useDraftGuard } from '../../components/unsaved-changes';
import { useStore } from '../../db/store-context';
import { saveMedia, type MediaRow } from '../../db/repositories/journal';
import { areaLabels } from '../credentials/messages';
import {
  FormEnd,
  FormProblems,
  numberOf,
  ReflectionFields,
  reflectionOf,
  Select,
  TextArea,
  TextInput,
  textOf,
  emptyReflection,
} from './inputs';
import { mediaKindLabels } from './messages';
import { useSaveFlow } from './use-save-flow';
import { useFocusFirstField } from './use-editing';
import { EditForm } from '../../components/read-only';

const areaOptions = Object.fromEntries(areas.map((a) => [a, areaLabels[a]])) as Record<
  MediaEntry['area'],
  string
>;

function draftOf(m: MediaRow | null, asOf: string) {
  return {
    kind: m?.kind ?? ('reading' as MediaKind),
    title: m?.title ?? '',
    author: m?.author ?? '',
    date: m?.date ?? asOf,
    hours: textOf(m?.hours),
    area: m?.area ?? ('waysOfWorking' as MediaEntry['area']),
    link: m?.link ?? '',
    notes: m?.notes ?? '',
    reflection: m?.reflection ?? emptyReflection(),
  };
}
type Draft = ReturnType<typeof draftOf>;

const entryOf = (d: Draft, id: string): MediaEntry => ({
  ...d,
  id,
  author: d.author.trim(),
  link: d.link.trim(),
  hours: numberOf(d.hours),
  reflection: reflectionOf(d.reflection),
});

/** Add or edit a book, article, webinar or podcast (issue 6 part 3). */
export function MediaForm(props: {
  entry: MediaRow | null;
  held: readonly HeldCredential[];
  onSaved: (row: MediaRow, answered: boolean) => void;
  onCancel: () => void;
}) {
  const store = useStore();
  const formRef = useFocusFirstField<HTMLFormElement>();
  const asOf = useToday();
  const [d, setD] = useState(() => draftOf(props.entry, asOf));
  useDraftGuard(d);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const flow = useSaveFlow(
    (action) => {
      const entry = entryOf(d, props.entry?.id ?? crypto.randomUUID());
      const creditsOf = (m: MediaEntry) => mediaCredits(m, props.held).suggestions;
      const link = action && {
        action,
        fresh: creditsOf(entry),
        previous: props.entry ? creditsOf(props.entry) : [],
      };
      return saveMedia(store, entry, { asOf, creditsOf, ...(link ? { link } : {}) });
    },
    props.onSaved,
    (row) => row.title,
  );
  const e = flow.errors;
  const title = props.entry ? 'Edit reading or listening' : 'Add reading or listening';
  return (
    <EditForm
      ref={formRef}
      className="card"
      aria-label={title}
      noValidate
      onSubmit={flow.onSubmit}
      actions={<FormEnd saveLabel="Save entry" onCancel={props.onCancel} />}
    >
      <h2 id="media-form-title">{title}</h2>
      <FormProblems errors={e} failure={flow.failure} />
      <div className="form-grid">
        <Select
          label="Kind"
          value={d.kind}
          options={mediaKindLabels}
          onChange={(kind) => set({ kind })}
        />
        <TextInput
          label="Title"
          value={d.title}
          onChange={(title) => set({ title })}
          error={e.title}
        />
        <TextInput label="Author or host" value={d.author} onChange={(author) => set({ author })} />
        <TextInput
          label="Finished on"
          type="date"
          value={d.date}
          onChange={(date) => set({ date })}
          error={e.date}
        />
        <TextInput
          label="Hours"
          inputMode="decimal"
          value={d.hours}
          onChange={(hours) => set({ hours })}
          error={e.hours}
        />
        <Select
          label="Area"
          value={d.area}
          options={areaOptions}
          onChange={(area) => set({ area })}
        />
        <TextInput
          label="Link (optional)"
          type="url"
          value={d.link}
          onChange={(link) => set({ link })}
          error={e.link}
          hint="Starts with https://"
        />
      </div>
      <TextArea
        label="Notes"
        value={d.notes}
        onChange={(notes) => set({ notes })}
        error={e.notes}
      />
      <ReflectionFields value={d.reflection} onChange={(reflection) => set({ reflection })} />
      {flow.dialog}
    </EditForm>
  );
}
