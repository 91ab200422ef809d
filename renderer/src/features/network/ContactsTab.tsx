import { useState } from 'react';
import { compareEvents } from '../../../../shared/domain/journal/list-order';
import { useToday } from '../../app/use-today';
import type { JournalData } from '../../db/journal-hooks';
import type { ContactRow } from '../../db/repositories/journal-network';
import { EntryTable, matches, showEverything } from '../learning/EntryTable';
import { noMatchWords } from '../learning/tab-words';
import { useEditing } from '../learning/use-editing';
import { useTabFormBack } from '../learning/use-form-back';
import { ContactForm, type ContactTyped } from './ContactForm';
import { useContactDelete } from './use-contact-delete';
import { contactWords } from './tab-words';
import { contactShownAs, contactShownLabels, relationText, type ContactShown } from './messages';
import { WriteButton } from '../../components/read-only';

/**
 * Contacts, mentors and mentees, with the events you met them at (or how, in your words); deleting one takes their
 * interactions too, after asking (useContactDelete). A mentoring that has ended reads as such,
 * with its days, and "Show" lists it apart from the current ones (contactShownAs).
 */
export function ContactsTab(props: {
  journal: JournalData;
  linked: Map<string, number>;
  query: string;
  /** Empties the search box and puts focus in it (an empty list's "Clear the search"). */
  clearSearch: () => void;
  /** `#/network/contacts/new`: the form for a new contact opens (command palette). */
  startNew: boolean;
}) {
  const { editing, open, close, drop, listRef } = useEditing<ContactRow>(
    'network',
    'contacts',
    props.startNew,
  );
  const asOf = useToday();
  const [relation, setRelation] = useState<ContactShown | ''>('');
  const { journal, linked } = props;
  // A contact deleted with changes in its form: Undo opens the form again with them.
  const back = useTabFormBack<ContactRow, ContactTyped>({
    screen: 'network/contacts',
    noun: 'contact',
    rows: journal.contacts,
    editing,
    open,
    drop,
    section: listRef,
  });
  const del = useContactDelete(back.onDeleted);
  // Their interactions, newest first (as the list holds them), with their credit entries.
  const interactionsOf = (id: string) =>
    journal.interactions
      .filter((i) => i.contactId === id)
      .map((row) => ({ row, linked: linked.get(row.id) ?? 0 }));
  const linkedOf = (id: string) => interactionsOf(id).reduce((n, i) => n + i.linked, 0);
  // The events you met each contact at, latest first as the Events table lists them
  // (compareEvents; an event's "contacts I met there").
  const metAt = (id: string) =>
    journal.events
      .filter((e) => e.contactIds.includes(id))
      .sort(compareEvents)
      .map((e) => e.name)
      .join(', ');
  // The column shows the events when there are any, else the words of "How we met".
  const howMetOf = (c: ContactRow) => metAt(c.id) || c.howMet.trim() || '—';
  // Shows everyone again: no search, no "Show" choice; focus goes where the change was.
  const showAll = () =>
    showEverything(
      () => setRelation(''),
      props.query,
      props.clearSearch,
      'contact-show',
      listRef.current,
    );
  const noMatch = noMatchWords(
    contactWords,
    props.query,
    relation === '' ? null : contactShownLabels[relation],
  );
  const rows = journal.contacts.filter(
    (c) =>
      (relation === '' || contactShownAs(c, asOf) === relation) &&
      matches(props.query, c.name, c.organisation, c.role, c.howMet, c.tags.join(' ')),
  );
  return (
    <section aria-label="Contacts" ref={listRef} tabIndex={-1}>
      {del.failure && (
        <p className="form-summary" role="alert">
          {del.failure}
        </p>
      )}
      {editing ? (
        <ContactForm
          key={editing === 'new' ? 'new' : editing.id}
          contact={editing === 'new' ? null : editing}
          stored={back.stored}
          typed={back.typed}
          onDraft={back.onDraft}
          onDone={close}
        />
      ) : (
        <div className="actions">
          <WriteButton id="add-contact" type="button" onClick={() => open('new')}>
            Add a contact
          </WriteButton>
          <label>
            Show{' '}
            <select
              id="contact-show"
              value={relation}
              onChange={(e) => setRelation(e.target.value as ContactShown | '')}
            >
              <option value="">Everyone</option>
              {Object.entries(contactShownLabels).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <EntryTable
        noun={contactWords.noun}
        total={journal.contacts.length}
        emptyText={contactWords.empty}
        noMatchText={noMatch.noMatchText}
        clear={{ label: noMatch.clearLabel, onClick: showAll }}
        caption="Your contacts"
        headers={['Name', 'Organisation', 'Role', 'Relationship', 'Tags', 'How we met']}
        lines={rows.map((c) => ({
          id: c.id,
          title: c.name,
          cells: [
            c.organisation || '—',
            c.role || '—',
            relationText(c, asOf),
            c.tags.join(', ') || '—',
            howMetOf(c),
          ],
          linked: linkedOf(c.id),
          canPropose: false,
          onEdit: () => open(c),
          onDelete: () => del.ask(c, interactionsOf(c.id), metAt(c.id)),
          onPropose: () => undefined,
        }))}
      />
      {del.dialog}
    </section>
  );
}
