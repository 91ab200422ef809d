import { useState } from 'react';
import { eventCredits, type EventKind, type EventSession } from '../../../../shared/domain/journal';
import { eventHours } from '../../../../shared/domain/journal/event-hours';
import { compareEvents } from '../../../../shared/domain/journal/list-order';
import { formatDate, formatNumber } from '../../components/format';
import { useStore } from '../../db/store-context';
import { deleteEvent, type EventRow } from '../../db/repositories/journal';
import { EventForm, type EventTyped } from './EventForm';
import { EntryTable, matches, showEverything } from './EntryTable';
import type { TabProps } from './LearningScreen';
import { eventKindLabels } from './messages';
import { useEditing } from './use-editing';
import { useTabFormBack } from './use-form-back';
import { pendingFor, useAfterSave, useEntryDelete } from './use-entry-actions';
import { eventWords, noMatchWords } from './tab-words';
import { WriteButton } from '../../components/read-only';

/** Events with their sessions: add, edit, delete, filter by kind, confirm session credits. */
export function EventTab({
  journal,
  credit,
  asOf,
  query,
  linked,
  onPending,
  clearSearch,
  startNew,
}: TabProps) {
  const store = useStore();
  const { editing, open, close, closeTo, drop, listRef } = useEditing<EventRow>(
    'learning',
    'events',
    startNew,
  );
  const [kind, setKind] = useState<EventKind | ''>('');
  // An event deleted with changes in its form: Undo opens the form again with them.
  const back = useTabFormBack<EventRow, EventTyped>({
    screen: 'learning/events',
    noun: 'event',
    rows: journal.events,
    editing,
    open,
    drop,
    section: listRef,
  });
  const del = useEntryDelete(back.onDeleted);
  const afterSave = useAfterSave({ close, closeTo }, onPending, 'other');
  const held = credit.withRules;
  const sessionsOf = (id: string) => journal.sessions.filter((s) => s.eventId === id);
  const proposalOf = (e: EventRow) => eventCredits(e, sessionsOf(e.id), held, asOf);

  function saved(row: EventRow, answered: boolean, sessions: EventSession[]) {
    const proposal = eventCredits(row, sessions, held, asOf);
    const pending = answered
      ? null
      : pendingFor('events', row.id, row.name, proposal, credit.withRules);
    afterSave(row.name, proposal, pending, answered, row.id);
  }

  // Shows every entry again: no search, no "Show" choice; focus goes where the change was.
  const showAll = () =>
    showEverything(() => setKind(''), query, clearSearch, 'event-show', listRef.current);

  const noMatch = noMatchWords(eventWords, query, kind === '' ? null : eventKindLabels[kind]);
  const rows = [...journal.events]
    .filter(
      (e) =>
        (kind === '' || e.kind === kind) && matches(query, e.name, e.organiser, e.place, e.notes),
    )
    .sort(compareEvents);
  return (
    <section aria-label="Events" ref={listRef} tabIndex={-1}>
      {del.failure && (
        <p className="form-summary" role="alert">
          {del.failure}
        </p>
      )}
      {editing ? (
        <EventForm
          key={editing === 'new' ? 'new' : editing.id}
          event={editing === 'new' ? null : editing}
          stored={back.stored}
          typed={back.typed}
          onDraft={back.onDraft}
          sessions={editing === 'new' ? [] : sessionsOf(editing.id)}
          contacts={journal.contacts}
          held={held}
          onSaved={saved}
          onCancel={close}
        />
      ) : (
        <div className="actions">
          <WriteButton id="add-event" type="button" onClick={() => open('new')}>
            Add an event
          </WriteButton>
          <label>
            Show{' '}
            <select
              id="event-show"
              value={kind}
              onChange={(e) => setKind(e.target.value as EventKind | '')}
            >
              <option value="">All events</option>
              {Object.entries(eventKindLabels).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <EntryTable
        noun={eventWords.noun}
        total={journal.events.length}
        emptyText={eventWords.empty}
        noMatchText={noMatch.noMatchText}
        clear={{ label: noMatch.clearLabel, onClick: showAll }}
        caption="Your events"
        headers={['Event', 'Kind', 'Dates', 'Sessions', 'Hours']}
        lines={rows.map((e) => {
          const sessions = sessionsOf(e.id);
          return {
            id: e.id,
            title: e.name,
            cells: [
              eventKindLabels[e.kind],
              e.start === e.end
                ? formatDate(e.start)
                : `${formatDate(e.start)} – ${formatDate(e.end)}`,
              String(sessions.length),
              formatNumber(eventHours(sessions)),
            ],
            linked: linked.get(e.id) ?? 0,
            canPropose: proposalOf(e).suggestions.length > 0,
            onEdit: () => open(e),
            onDelete: () =>
              del.ask(e.name, linked.get(e.id) ?? 0, (a) => deleteEvent(store, e.id, a)),
            onPropose: () =>
              onPending(pendingFor('events', e.id, e.name, proposalOf(e), credit.withRules)),
          };
        })}
      />
      {del.dialog}
    </section>
  );
}
