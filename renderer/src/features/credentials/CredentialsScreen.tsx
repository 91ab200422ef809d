import { useEffect, useMemo, useRef, useState } from 'react';
import {
  byStanding,
  type ExpiredHeld,
  type HeldWithStatus,
} from '../../../../shared/domain/credentials';
import { hrefFor } from '../../app/routes';
import { listText } from '../../components/format';
import { useToday } from '../../app/use-today';
import { moveWithoutAsking } from '../../components/unsaved-changes';
import { firstField, focusSoon } from '../../components/focus-soon';
import { useCreditSummary } from '../../db/credit-summary';
import { AddCredentialForm, type FormCloser } from './AddCredentialForm';
import { CredentialCard, credentialCardLink } from './CredentialCard';
import { CustomCredentialForm } from './CustomCredentialForm';
import { OwnDefinitions } from './OwnDefinitions';
import { WriteButton } from '../../components/read-only';
import './credentials.css';

/**
 * Focus nobody chose, or the Undo button just pressed (the toast, which then goes): the page,
 * <main>, the page's heading (where the move here put it), or the toast region.
 */
function focusIsFree(active: Element | null): boolean {
  if (!active || active === document.body || active.id === 'main') return true;
  return active.matches('main h1') || active.closest('.toast-region') !== null;
}

/**
 * A credential card's link (credentialCardLink), its "No longer held" group opened first when
 * it is in there and closed: a link in a closed <details> cannot take focus, so focus meant for
 * the card (after adding an expired credential, after Undo) would be lost.
 */
function shownCardLink(heldId: string): HTMLAnchorElement | null {
  const link = credentialCardLink(heldId);
  const group = link?.closest('details');
  if (group && !group.open) {
    // Opened for the focus, not by the person: not remembered as left open (onToggle).
    group.dataset.auto = '1';
    group.open = true;
  }
  return link;
}

/**
 * A credential that comes back while the list is shown (Undo of its delete, from the toast or
 * Ctrl/⌘+Z) takes focus on its card, so the person goes on from the credential they put back
 * rather than from the top. Focus the person has put elsewhere stays where it is.
 */
function useFocusOnReturn(ids: readonly string[] | undefined) {
  const shown = useRef<ReadonlySet<string> | null>(null);
  // Compared by content: the same credentials in a new array are no change.
  const key = ids?.join(' ');
  useEffect(() => {
    if (key === undefined) return;
    const ids = key === '' ? [] : key.split(' ');
    const before = shown.current;
    shown.current = new Set(ids);
    const back = before ? ids.filter((id) => !before.has(id)) : [];
    const active = document.activeElement;
    if (back.length !== 1 || !focusIsFree(active)) return;
    focusSoon(() => shownCardLink(back[0]!), undefined, active);
  }, [key]);
}

/**
 * Every credential held or aimed for, each with its current cycle. `#/credentials/new` opens
 * it with the "Add a credential" form (`adding`, e.g. from the command palette); closing the
 * form then goes back to the plain address, so a reload does not open it again.
 */
export function CredentialsScreen({ adding: openWith }: { adding?: 'catalogue' } = {}) {
  const today = useToday();
  // The start-up summary: the current cycles' figures without reading the whole credit log.
  const data = useCreditSummary(today);
  const evaluations = data?.evaluations;
  const [adding, setAddingState] = useState<'none' | 'catalogue' | 'custom'>(openWith ?? 'none');
  const setAdding = (next: 'none' | 'catalogue' | 'custom') => {
    setAddingState(next);
    if (openWith && next === 'none') moveWithoutAsking(hrefFor('credentials'));
  };
  // Focus: into the form when it opens; after Add credential, to the new credential's card
  // (its name, a link); after Cancel or Escape, back to the button that opened the form.
  // The button pressed again closes the form as Escape does (asking first when changed), as
  // "Edit stage and dates" does on a credential's page.
  const addForm = useRef<FormCloser>(null);
  const openAdding = (e: React.MouseEvent<HTMLButtonElement>) => {
    if (adding === 'catalogue') return addForm.current?.requestClose(e.currentTarget);
    setAdding('catalogue');
    focusSoon(() => firstField(document.getElementById('add-credential-title')?.closest('form')));
  };
  const closeAdding = (saved: { id: string } | null) => {
    setAdding('none');
    focusSoon(
      () => (saved ? shownCardLink(saved.id) : document.getElementById('add-credential')),
      () => document.getElementById('add-credential'),
    );
  };
  useFocusOnReturn(data?.withRules.map((h) => h.credential.id));
  // Expired credentials apart, after the others (byStanding): a long career's lapsed ones do
  // not crowd those being worked on.
  const standing = useMemo(
    () => data && byStanding(data.withRules, today, { alsoHeld: data.withRules }),
    [data, today],
  );
  if (!data || !standing) return <p role="status">Loading credentials…</p>;
  const card = ({ held: h, status }: HeldWithStatus) => (
    <CredentialCard
      key={h.credential.id}
      held={h}
      status={status}
      evaluation={evaluations?.get(h.credential.id) ?? null}
      alsoHeld={data.withRules}
    />
  );

  return (
    <div className="credentials">
      <div className="page-header">
        <h1>Credentials</h1>
        <div className="actions">
          <WriteButton
            id="add-credential"
            type="button"
            onClick={openAdding}
            aria-expanded={adding === 'catalogue'}
          >
            Add a credential
          </WriteButton>
          <WriteButton
            type="button"
            className="secondary"
            onClick={() => setAdding('custom')}
            aria-expanded={adding === 'custom'}
          >
            Define your own credential
          </WriteButton>
        </div>
      </div>
      {adding === 'catalogue' && (
        <AddCredentialForm
          custom={data.custom}
          closeOnEscape
          closeRef={addForm}
          onDone={closeAdding}
        />
      )}
      {adding === 'custom' && <CustomCredentialForm onDone={() => setAdding('none')} />}
      {data.withRules.length === 0 && adding === 'none' && (
        <section className="card empty">
          <h2>No credentials yet</h2>
          <p>
            Add the credentials you hold, with the date you earned each, and Ascent works out their
            cycles, what you have counted and what is still missing. Add the ones you are aiming for
            too.
          </p>
        </section>
      )}
      <div className="card-grid">{standing.held.map(card)}</div>
      <NoLongerHeld expired={standing.noLongerHeld} card={card} />
      <OwnDefinitions custom={data.custom} />
    </div>
  );
}

/** Whether "No longer held" was left open, for this session (sessionStorage). */
const GROUP_OPEN_KEY = 'ascent.credentials.noLongerHeldOpen';

/**
 * Expired credentials, after the others under their own heading, closed until opened (a native
 * <details>: Enter or Space on its summary), whose summary says how many and which. Opened,
 * each is the same card as above, its link going to its page and history.
 */
function NoLongerHeld({
  expired,
  card,
}: {
  expired: readonly ExpiredHeld[];
  card: (entry: HeldWithStatus) => React.ReactNode;
}) {
  if (expired.length === 0) return null;
  const count = expired.length;
  const names = listText(expired.map((e) => e.held.rule.acronym));
  return (
    <section className="no-longer-held" aria-labelledby="no-longer-held-title">
      <h2 id="no-longer-held-title">No longer held ({count})</h2>
      {/* Opened, it stays open for the rest of the session: coming back from a credential's
          page finds it as it was left. */}
      <details
        open={sessionStorage.getItem(GROUP_OPEN_KEY) === '1'}
        onToggle={(e) => {
          const group = e.currentTarget;
          if (group.dataset.auto === '1') delete group.dataset.auto;
          else sessionStorage.setItem(GROUP_OPEN_KEY, group.open ? '1' : '0');
        }}
      >
        <summary>
          {count === 1 ? '1 expired credential' : `${count} expired credentials`}: {names}
        </summary>
        <p className="muted">
          Most recently expired first. Each keeps its cycle history: open one to see it, or delete
          it on its page if you no longer want it listed.
        </p>
        <div className="card-grid">{expired.map(card)}</div>
      </details>
    </section>
  );
}
