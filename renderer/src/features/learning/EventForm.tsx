import { useRef, useState } from 'react';
import type { Area } from '../../../../shared/catalog/credentials';
import type { CreditHolder } from '../../../../shared/domain/journal';
import type { EventSession } from '../../../../shared/domain/journal';
import {
  eventCredits,
  TALK_AREA,
  type EventKind,
  type JournalEvent,
} from '../../../../shared/domain/journal';
import { useToday } from '../../app/use-today';
import { withoutRow } from '../../components/row-errors';
import { useTypedDraft } from '../../components/form-back-after-undo';
import { useStore } from '../../db/store-context';
import { saveEvent, type EventRow, type SessionRow } from '../../db/repositories/journal';
import type { ContactRow } from '../../db/repositories/journal-network';
import {
  FormEnd,
  FormSummary,
  costOf,
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
import { eventFieldLabels, eventKindLabels, eventEndLabels, eventLabels } from './messages';
import { creditPartOf, creditsAtSessions, placeErrors, type SavedEvent } from './form-summary';
import { SessionFields, type SessionDraft } from './SessionFields';
import { useSaveFlow } from './use-save-flow';
import { useFocusFirstField } from './use-editing';
import { useCloseOnEscape } from '../../components/use-close-on-escape';
import { EditForm } from '../../components/read-only';

function draftOf(ev: EventRow | null, sessions: readonly SessionRow[]) {
  return {
    name: ev?.name ?? '',
    kind: ev?.kind ?? ('conference' as EventKind),
    organiser: ev?.organiser ?? '',
    start: ev?.start ?? '',
    end: ev?.end ?? '',
    place: ev?.place ?? '',
    virtual: ev?.virtual ?? false,
    cost: textOf(ev?.cost?.amount),
    currency: ev?.cost?.currency ?? 'EUR',
    link: ev?.link ?? '',
    notes: ev?.notes ?? '',
    contactIds: ev?.contactIds ?? [],
    reflection: ev?.reflection ?? emptyReflection(),
    sessions: sessions.map((s): SessionDraft => ({
      id: s.id,
      title: s.title,
      speaker: s.speaker,
      hours: textOf(s.hours),
      area: s.area,
      givenByMe: s.givenByMe,
    })),
  };
}
type Draft = ReturnType<typeof draftOf>;
/** What the event form holds: its fields with its sessions. */
export type EventTyped = Draft;

function eventOf(d: Draft, id: string, base: EventRow | null): JournalEvent {
  return {
    id,
    name: d.name,
    kind: d.kind,
    organiser: d.organiser.trim(),
    start: d.start,
    end: d.end || d.start,
    place: d.place.trim(),
    virtual: d.virtual,
    cost: costOf(d.cost, d.currency, base?.cost?.amount),
    link: d.link.trim(),
    notes: d.notes,
    contactIds: d.contactIds,
    reflection: reflectionOf(d.reflection),
  };
}

// A talk I gave shows no area (its credit has no split): it is saved with TALK_AREA, so an area
// picked before it was marked as given can neither stop the save nor stay stored unseen. The
// draft keeps the pick, for a talk unmarked again before saving.
const sessionsOf = (d: Draft, eventId: string) =>
  d.sessions.map((s) => ({
    ...s,
    id: s.id || crypto.randomUUID(),
    eventId,
    hours: hoursOf(s.hours),
    area: s.givenByMe ? TALK_AREA : (s.area as Area),
  }));

/** The event as the save read it: what a refused save's credit-entry errors are about. */
const savedOf = (d: Draft): SavedEvent => ({
  name: d.name,
  sessions: d.sessions.map((s) => ({ title: s.title, hours: hoursOf(s.hours) })),
});

/**
 * Where the event form shows an error. A last day left empty is the first day, so its errors
 * are the first day's; a credit entry's date is the event's (its title and hours are its
 * session's: creditsAtSessions).
 */
function shownAt(d: Draft) {
  const lastDay = d.end.trim() === '' ? 'start' : 'end';
  return (field: string) => {
    const session = /^sessions\.(\d+)\./.exec(field)?.[1];
    if (session !== undefined && Number(session) >= d.sessions.length) return null;
    return field === 'end' || creditPartOf(field) === 'date' ? lastDay : field;
  };
}

/** Add or edit an event with its sessions, talks given and contacts met (issue 6 part 2). */
export function EventForm(props: {
  event: EventRow | null;
  /**
   * The event as stored now, null once deleted: an edit never overwrites a change made in
   * another window unseen (a change of its sessions there saves the event row too).
   */
  stored?: EventRow | null | undefined;
  sessions: readonly SessionRow[];
  contacts: readonly ContactRow[];
  held: readonly CreditHolder[];
  /**
   * What was typed in the form when its event was deleted, brought back by Undo: the form
   * opens with it, holding changes from the start (form-back-after-undo.ts).
   */
  typed?: EventTyped | undefined;
  /** Hears what the form holds and whether it is changed: what a delete keeps for its Undo. */
  onDraft?: (typed: EventTyped, changed: boolean) => void;
  onSaved: (row: EventRow, answered: boolean, sessions: EventSession[]) => void;
  onCancel: () => void;
}) {
  const store = useStore();
  const formRef = useFocusFirstField<HTMLFormElement>();
  const asOf = useToday();
  const [d, setD] = useState(() => props.typed ?? draftOf(props.event, props.sessions));
  const unchanged = useTypedDraft(d, draftOf(props.event, props.sessions), props.onDraft);
  const escape = useCloseOnEscape(d, props.onCancel, unchanged);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const written = useRef<EventSession[]>([]);
  const [saved, setSaved] = useState<SavedEvent>(() => savedOf(d));
  // The sessions removed since the last refused save, in turn: their errors go with them.
  const [removed, setRemoved] = useState<{ of: object | null; rows: number[] }>({
    of: null,
    rows: [],
  });
  const { summaryRef, ...flow } = useSaveFlow(
    (action, edit) => {
      // Deleted elsewhere, and saved again after the form said so: a new event, with new
      // sessions (the deleted ones' ids stay theirs, for the other window's Undo).
      const id = props.event && !edit.asNew ? props.event.id : crypto.randomUUID();
      const sessions = edit.asNew
        ? sessionsOf({ ...d, sessions: d.sessions.map((s) => ({ ...s, id: '' })) }, id)
        : sessionsOf(d, id);
      written.current = sessions;
      setSaved(savedOf(d));
      const credits = (e: JournalEvent, s: readonly EventSession[]) =>
        eventCredits(e, s, props.held, asOf).suggestions;
      const link = action && {
        action,
        fresh: credits(eventOf(d, id, props.event), sessions),
        previous: props.event ? credits(props.event, props.sessions) : [],
      };
      return saveEvent(store, eventOf(d, id, props.event), sessions, {
        asOf,
        creditsOf: credits,
        ifStill: edit.ifStill,
        ...(link ? { link } : {}),
      });
    },
    (row, answered) => props.onSaved(row, answered, written.current),
    (row) => row.name,
    { opened: props.event ?? undefined, stored: props.stored, noun: 'event' },
  );
  const rows = removed.of === flow.errors ? removed.rows : [];
  const errors = rows.reduce(
    (all, i) => withoutRow(all, 'sessions', i),
    creditsAtSessions(flow.errors, saved),
  );
  const typedHours = Object.fromEntries(d.sessions.map((s, i) => [`sessions.${i}.hours`, s.hours]));
  const { shown: e, items } = placeErrors(
    hoursWorded(errors, typedHours),
    eventFieldLabels(d.sessions.length),
    shownAt(d),
  );
  const removeSession = (i: number) => {
    set({ sessions: d.sessions.filter((_, j) => j !== i) });
    setRemoved({ of: flow.errors, rows: [...rows, i] });
  };
  const title = props.event ? 'Edit event' : 'Add an event';
  const toggleContact = (id: string, on: boolean) =>
    set({ contactIds: on ? [...d.contactIds, id] : d.contactIds.filter((x) => x !== id) });

  return (
    <>
      <EditForm
        ref={formRef}
        className="card"
        aria-label={title}
        noValidate
        onSubmit={flow.onSubmit}
        onKeyDown={escape.onKeyDown}
        actions={<FormEnd saveLabel="Save event" onCancel={props.onCancel} />}
      >
        <h2 id="event-form-title">{title}</h2>
        <FormSummary items={items} failure={flow.failure} ref={summaryRef} />
        {flow.conflictNote}
        <div className="form-grid">
          <TextInput
            label={eventLabels.name}
            value={d.name}
            onChange={(name) => set({ name })}
            error={e.name}
          />
          <Select
            label={eventLabels.kind}
            value={d.kind}
            options={eventKindLabels}
            onChange={(kind) => set({ kind })}
            error={e.kind}
          />
          <TextInput
            label={eventLabels.organiser}
            value={d.organiser}
            onChange={(organiser) => set({ organiser })}
            error={e.organiser}
          />
          <TextInput
            label={eventLabels.start}
            type="date"
            value={d.start}
            onChange={(start) => set({ start })}
            error={e.start}
          />
          <TextInput
            label={eventLabels.end}
            type="date"
            value={d.end}
            onChange={(end) => set({ end })}
            error={e.end}
            hint="Leave empty for a one-day event."
          />
          <TextInput
            label={eventLabels.place}
            value={d.place}
            onChange={(place) => set({ place })}
            error={e.place}
          />
          <TextInput
            label={eventLabels['cost.amount']}
            inputMode="decimal"
            value={d.cost}
            onChange={(cost) => set({ cost })}
            error={e['cost.amount']}
          />
          <TextInput
            label={eventLabels['cost.currency']}
            value={d.currency}
            onChange={(currency) => set({ currency })}
            error={e['cost.currency']}
          />
          <TextInput
            label={eventLabels.link}
            type="url"
            value={d.link}
            onChange={(link) => set({ link })}
            error={e.link}
            hint="Starts with https://"
          />
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={d.virtual}
            onChange={(ev) => set({ virtual: ev.target.checked })}
          />{' '}
          Virtual event
        </label>
        <SessionFields
          sessions={d.sessions}
          errors={e}
          onChange={(sessions) => set({ sessions })}
          onRemove={removeSession}
        />
        {props.contacts.length > 0 && (
          <fieldset>
            <legend>Contacts I met there</legend>
            {props.contacts.map((c) => (
              <label key={c.id} className="check">
                <input
                  type="checkbox"
                  checked={d.contactIds.includes(c.id)}
                  onChange={(ev) => toggleContact(c.id, ev.target.checked)}
                />{' '}
                {c.name}
              </label>
            ))}
          </fieldset>
        )}
        <TextArea
          label={eventEndLabels.notes}
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
