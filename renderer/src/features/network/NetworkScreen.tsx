import { useState } from 'react';
import { hrefFor } from '../../app/routes';
import { useAddressSearch } from '../../app/use-address-search';
import { useToday } from '../../app/use-today';
import { useCreditData } from '../../db/credit-hooks';
import { useJournal } from '../../db/journal-hooks';
import {
  CreditConfirm,
  creditConfirmKey,
  type PendingCredits,
  type Split,
} from '../learning/CreditConfirm';
import type { TypedByKey } from '../learning/live-pending';
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
  // The panel as proposed, and the hours per area typed in it: kept here, as on the Learning
  // screen, so what was typed outlives the panel being drawn again.
  const [panel, setPanel] = useState<{ pending: PendingCredits; typed: TypedByKey } | null>(null);
  const tab: TabId = tabs.some((t) => t.id === rest[0]) ? (rest[0] as TabId) : 'contacts';
  const startNew = rest[0] === tab && rest[1] === 'new';
  if (!journal || !credit) return <p className="muted">Loading…</p>;
  const linked = linkedCounts(credit.activities);
  // A save proposing nothing closes the panel only when it is that interaction's (`savedId`):
  // another one's panel, and what was typed in it, stays. The same proposal again keeps what
  // was typed.
  const onPending = (p: PendingCredits | null, savedId?: string) =>
    setPanel((now) => {
      if (!p) return now && savedId !== undefined && now.pending.sourceId !== savedId ? now : null;
      const same = now && creditConfirmKey(now.pending) === creditConfirmKey(p);
      return { pending: p, typed: same ? now.typed : {} };
    });
  // The panel shows its interaction as stored now (changed in another window, say).
  const live = panel && liveInteractionPanel(panel.pending, panel.typed, journal, credit, asOf);
  const typeSplit = (index: number, split: Split) => {
    const s = live?.pending.suggestions[index];
    if (!s) return;
    setPanel(
      (now) =>
        now && { ...now, typed: { ...now.typed, [s.key]: { split, amount: s.activity.amount } } },
    );
  };
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
          onDone={() => setPanel(null)}
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
