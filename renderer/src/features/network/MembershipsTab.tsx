import { membershipState } from '../../../../shared/domain/journal';
import { formatDate } from '../../components/format';
import type { JournalData } from '../../db/journal-hooks';
import { deleteMembership, type MembershipRow } from '../../db/repositories/journal-network';
import { useStore } from '../../db/store-context';
import { EntryTable, matches } from '../learning/EntryTable';
import { useEntryDelete } from '../learning/use-entry-actions';
import { useEditing } from '../learning/use-editing';
import { useTabFormBack } from '../learning/use-form-back';
import { noMatchWords } from '../learning/tab-words';
import { MembershipForm, type MembershipTyped } from './MembershipForm';
import { membershipStateText } from './messages';
import { membershipWords } from './tab-words';
import { WriteButton } from '../../components/read-only';

/**
 * Association memberships with their renewal days and their state today: starting later,
 * current, lapsed or left (membershipState, the rule readiness counts with).
 */
export function MembershipsTab(props: {
  journal: JournalData;
  asOf: string;
  query: string;
  /** Empties the search box and puts focus in it (an empty list's "Clear the search"). */
  clearSearch: () => void;
  /** `#/network/memberships/new`: the form for a new membership opens (command palette). */
  startNew: boolean;
}) {
  const store = useStore();
  const { editing, open, close, drop, listRef } = useEditing<MembershipRow>(
    'network',
    'memberships',
    props.startNew,
  );
  // A membership deleted with changes in its form: Undo opens the form again with them.
  const back = useTabFormBack<MembershipRow, MembershipTyped>({
    screen: 'network/memberships',
    noun: 'membership',
    rows: props.journal.memberships,
    editing,
    open,
    drop,
    section: listRef,
  });
  const del = useEntryDelete(back.onDeleted);
  // The rule the ladder counts with: "Current" here exactly when a rung counts it.
  const stateOf = (m: MembershipRow) => membershipStateText(membershipState(m, props.asOf));
  const rows = props.journal.memberships.filter((m) =>
    matches(props.query, m.organisation, m.notes),
  );
  // No "Show" choice here: only the search can hide them.
  const noMatch = noMatchWords(membershipWords, props.query, null);
  return (
    <section aria-label="Memberships" ref={listRef} tabIndex={-1}>
      {del.failure && (
        <p className="form-summary" role="alert">
          {del.failure}
        </p>
      )}
      {editing ? (
        <MembershipForm
          key={editing === 'new' ? 'new' : editing.id}
          membership={editing === 'new' ? null : editing}
          stored={back.stored}
          typed={back.typed}
          onDraft={back.onDraft}
          onDone={close}
        />
      ) : (
        <div className="actions">
          <WriteButton id="add-membership" type="button" onClick={() => open('new')}>
            Add a membership
          </WriteButton>
        </div>
      )}
      <EntryTable
        noun={membershipWords.noun}
        total={props.journal.memberships.length}
        emptyText={membershipWords.empty}
        noMatchText={noMatch.noMatchText}
        clear={{ label: noMatch.clearLabel, onClick: props.clearSearch }}
        caption="Your memberships"
        headers={['Association', 'Member since', 'Renewal', 'State']}
        lines={rows.map((m) => ({
          id: m.id,
          title: m.organisation,
          cells: [formatDate(m.since), formatDate(m.renewal), stateOf(m)],
          linked: 0,
          canPropose: false,
          onEdit: () => open(m),
          onDelete: () => del.ask(m.organisation, 0, () => deleteMembership(store, m.id)),
          onPropose: () => undefined,
        }))}
      />
      {del.dialog}
    </section>
  );
}
