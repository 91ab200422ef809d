import { useState } from 'react';
import { formatDate } from '../../components/format';
import type { JournalData } from '../../db/journal-hooks';
import { deleteMembership, type MembershipRow } from '../../db/repositories/journal-network';
import { useStore } from '../../db/store-context';
import { EntryTable, matches } from '../learning/EntryTable';
import { useEntryDelete } from '../learning/use-entry-actions';
import { MembershipForm } from './MembershipForm';

/** Association memberships with their renewal days; a lapsed one is shown as such. */
export function MembershipsTab(props: { journal: JournalData; asOf: string; query: string }) {
  const store = useStore();
  const [editing, setEditing] = useState<MembershipRow | 'new' | null>(null);
  const del = useEntryDelete();
  const stateOf = (m: MembershipRow) =>
    m.endedOn && m.endedOn < props.asOf
      ? 'Left'
      : m.renewal && m.renewal < props.asOf
        ? 'Lapsed: renewal date passed'
        : 'Current';
  const rows = props.journal.memberships.filter((m) =>
    matches(props.query, m.organisation, m.notes),
  );
  return (
    <section aria-label="Memberships">
      {del.failure && (
        <p className="form-summary" role="alert">
          {del.failure}
        </p>
      )}
      {editing ? (
        <MembershipForm
          key={editing === 'new' ? 'new' : editing.id}
          membership={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setEditing('new')}>
            Add a membership
          </button>
        </div>
      )}
      <EntryTable
        caption="Your memberships"
        headers={['Association', 'Member since', 'Renewal', 'State']}
        lines={rows.map((m) => ({
          id: m.id,
          title: m.organisation,
          cells: [formatDate(m.since), formatDate(m.renewal), stateOf(m)],
          linked: 0,
          canPropose: false,
          onEdit: () => setEditing(m),
          onDelete: () => del.ask(m.organisation, 0, () => deleteMembership(store, m.id)),
          onPropose: () => undefined,
        }))}
      />
      {del.dialog}
    </section>
  );
}
