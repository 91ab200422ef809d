import { hrefFor } from '../../app/routes';
import { useAddressSearch } from '../../app/use-address-search';
import { useToday } from '../../app/use-today';
import { useCreditData } from '../../db/credit-hooks';
import { useJournal } from '../../db/journal-hooks';
import { CreditConfirm, creditConfirmKey } from '../learning/CreditConfirm';
import { useConfirmPanel } from '../learning/use-confirm-panel';
import { linkedCounts } from '../learning/use-entry-actions';
import { ContactsTab } from './ContactsTab';
import { InteractionsTab } from './InteractionsTab';
import { liveInteractionPanel } from './live-pending';
import { MembershipsTab } from './MembershipsTab';
import '../learning/learning.css';

const tabs = [
  { id: 'contacts', label: 'Contacts and mentors' },
  { id: 'interactions', label: 'Interactions and follow-ups' },
  { id: 'memberships', label: 'Memberships' },
] as const;
type TabId = (typeof tabs)[number]['id'];

/**
 * Network (issue 6 part 4): contacts, mentors and mentees, interactions with follow-ups, and
 * association memberships; `#/network/contacts`, `/interactions`, `/memberships`, each with a
 * `/new` address that opens its form for a new entry (where the command palette goes).
 */
export function NetworkScreen({ rest }: { rest: string[] }) {
  const journal = useJournal();
  const credit = useCreditData();
  const asOf = useToday();
  // `?q=` (the command palette's search) fills the search box.
  const [query, setQuery] = useAddressSearch();
  // The panel as proposed and the hours typed in it, shown as its interaction is stored now
  // (as on the Learning screen).
  const { panel, live, onPending, typeSplit, close } = useConfirmPanel((pending, typed) =>
    journal && credit ? liveInteractionPanel(pending, typed, journal, credit, asOf) : null,
  );
  const tab: TabId = tabs.some((t) => t.id === rest[0]) ? (rest[0] as TabId) : 'contacts';
  const startNew = rest[0] === tab && rest[1] === 'new';
  if (!journal || !credit) return <p className="muted">Loading…</p>;
  const linked = linkedCounts(credit.activities);
  // An empty list's "Clear the search": empties the box and puts focus in it.
  const clearSearch = () => {
    setQuery('');
    document.getElementById('network-search')?.focus();
  };
  return (
    <div className="network">
      <header className="page-header">
        <h1>Network</h1>
        <p className="muted">The people you learn with, and the associations you belong to.</p>
      </header>
      <nav aria-label="Network sections" className="journal-tabs">
        {tabs.map((t) => (
          <a
            key={t.id}
            href={hrefFor('network', t.id)}
            aria-current={t.id === tab ? 'page' : undefined}
          >
            {t.label}
          </a>
        ))}
      </nav>
      {panel && live && (
        <CreditConfirm
          key={creditConfirmKey(panel.pending)}
          pending={live.pending}
          typed={{ values: live.splits, onChange: typeSplit }}
          notes={live.notes}
          onDone={close}
        />
      )}
      <div className="journal-search">
        <label htmlFor="network-search">Search</label>
        <input
          id="network-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {tab === 'contacts' && (
        <ContactsTab
          journal={journal}
          linked={linked}
          query={query}
          clearSearch={clearSearch}
          startNew={startNew}
        />
      )}
      {tab === 'interactions' && (
        <InteractionsTab
          journal={journal}
          credit={credit}
          asOf={asOf}
          linked={linked}
          query={query}
          clearSearch={clearSearch}
          onPending={onPending}
          startNew={startNew}
        />
      )}
      {tab === 'memberships' && (
        <MembershipsTab
          journal={journal}
          asOf={asOf}
          query={query}
          clearSearch={clearSearch}
          startNew={startNew}
        />
      )}
    </div>
  );
}
