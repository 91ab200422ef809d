import { hrefFor } from '../../app/routes';
import { useAddressSearch } from '../../app/use-address-search';
import { useToday } from '../../app/use-today';
import { useCreditData } from '../../db/credit-hooks';
import { useJournal, type JournalData } from '../../db/journal-hooks';
import type { CreditData } from '../../db/credit-hooks';
import { focusSoon } from '../../components/focus-soon';
import {
  confirmHeading,
  CreditConfirm,
  creditConfirmKey,
  type PendingCredits,
} from './CreditConfirm';
import { livePanel } from './live-pending';
import { useConfirmPanel } from './use-confirm-panel';
import { CourseTab } from './CourseTab';
import { EventTab } from './EventTab';
import { MediaTab } from './MediaTab';
import './learning.css';

const tabs = [
  { id: 'courses', label: 'Courses' },
  { id: 'events', label: 'Events' },
  { id: 'reading', label: 'Reading and listening' },
] as const;
type TabId = (typeof tabs)[number]['id'];

/** The tab an entry's table belongs to: the credit entries to confirm show on their own tab. */
const tabOfTable: Record<string, TabId> = {
  courses: 'courses',
  events: 'events',
  media: 'reading',
};

export interface TabProps {
  journal: JournalData;
  credit: CreditData;
  asOf: string;
  query: string;
  linked: Map<string, number>;
  /**
   * Shows credit entries to confirm (focus goes to the panel), or takes them away; with
   * `savedId` (an entry saved, proposing nothing), only when the panel is that entry's.
   */
  onPending: (p: PendingCredits | null, savedId?: string) => void;
  /** Empties the search box and puts focus in it (an empty list's "Clear the search"). */
  clearSearch: () => void;
  /** The address ends in `/new`: the tab opens its form for a new entry. */
  startNew: boolean;
}

/**
 * Learning (issue 6 parts 1–3, 7): courses, events and reading, each a record in its own
 * right; `#/learning/courses`, `#/learning/events`, `#/learning/reading`, each with `/new`
 * for the form of a new entry.
 */
export function LearningScreen({ rest }: { rest: string[] }) {
  const journal = useJournal();
  const credit = useCreditData();
  const asOf = useToday();
  // `?q=` (the command palette's search for a course, event or reading) fills the search box.
  const [query, setQuery] = useAddressSearch();
  // The panel as proposed and the hours typed in it, shown as its entry is stored now.
  const confirm = useConfirmPanel((pending, typed) =>
    journal && credit ? livePanel(pending, typed, journal, credit, asOf) : null,
  );
  const { panel, live, typeSplit } = confirm;
  const tab: TabId = tabs.some((t) => t.id === rest[0]) ? (rest[0] as TabId) : 'courses';
  if (!journal || !credit) return <p className="muted">Loading…</p>;
  const linked = new Map<string, number>();
  for (const a of credit.activities)
    if (a.sourceId) linked.set(a.sourceId, (linked.get(a.sourceId) ?? 0) + 1);
  const startNew = rest[1] === 'new';
  // The panel opens above the search box, away from the control that opened it (Save, or a
  // row's "Propose credit entries"): focus goes to its heading so keyboard and screen-reader
  // users meet it. A form closing for it sends focus there itself (useEditing's closeTo).
  // A save proposing nothing closes only that entry's panel (useConfirmPanel).
  const onPending = (p: PendingCredits | null, savedId?: string) => {
    confirm.onPending(p, savedId);
    if (p) focusSoon(confirmHeading);
  };
  const clearSearch = () => {
    setQuery('');
    document.getElementById('learning-search')?.focus();
  };
  const props: TabProps = {
    journal,
    credit,
    asOf,
    query,
    linked,
    onPending,
    clearSearch,
    startNew,
  };
  return (
    <div className="learning">
      <header className="page-header">
        <h1>Learning</h1>
        <p className="muted">
          Courses, events and reading. Finished ones propose credit entries for you to confirm.
        </p>
      </header>
      <nav aria-label="Learning sections" className="journal-tabs">
        {tabs.map((t) => (
          <a
            key={t.id}
            href={hrefFor('learning', t.id)}
            aria-current={t.id === tab ? 'page' : undefined}
          >
            {t.label}
          </a>
        ))}
      </nav>
      {panel && live && tabOfTable[panel.pending.table] === tab && (
        <CreditConfirm
          key={creditConfirmKey(panel.pending)}
          pending={live.pending}
          typed={{ values: live.splits, onChange: typeSplit }}
          notes={live.notes}
          onDone={confirm.close}
        />
      )}
      <div className="journal-search">
        <label htmlFor="learning-search">Search</label>
        <input
          id="learning-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {tab === 'courses' && <CourseTab {...props} />}
      {tab === 'events' && <EventTab {...props} />}
      {tab === 'reading' && <MediaTab {...props} />}
    </div>
  );
}
