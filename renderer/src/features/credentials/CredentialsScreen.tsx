import { useEffect, useMemo, useRef, useState } from 'react';
import { credentialStatus } from '../../../../shared/domain/credentials';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { moveWithoutAsking } from '../../components/unsaved-changes';
import { firstField, focusSoon } from '../../components/focus-soon';
import { useCreditSummary } from '../../db/credit-summary';
import { AddCredentialForm } from './AddCredentialForm';
import { CredentialCard, credentialCardLink } from './CredentialCard';
import { CustomCredentialForm } from './CustomCredentialForm';
import { OwnDefinitions } from './OwnDefinitions';
import { WriteButton } from '../../components/read-only';

/**
 * Focus nobody chose, or the Undo button just pressed (the toast, which then goes): the page,
 * <main>, the page's heading (where the move here put it), or the toast region.
 */
function focusIsFree(active: Element | null): boolean {
  if (!active || active === document.body || active.id === 'main') return true;
  return active.matches('main h1') || active.closest('.toast-region') !== null;
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
    focusSoon(() => credentialCardLink(back[0]!), undefined, active);
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
  // (its name, a link); after Cancel, back to the button that opened the form.
  const openAdding = () => {
    setAdding('catalogue');
    focusSoon(() => firstField(document.getElementById('add-credential-title')?.closest('form')));
  };
  const closeAdding = (saved: { id: string } | null) => {
    setAdding('none');
    focusSoon(
      () => (saved ? credentialCardLink(saved.id) : document.getElementById('add-credential')),
      () => document.getElementById('add-credential'),
    );
  };
  useFocusOnReturn(data?.withRules.map((h) => h.credential.id));
  const statuses = useMemo(
    () =>
      new Map(
        (data?.withRules ?? []).map((h) => [
          h.credential.id,
          credentialStatus(h.credential, h.rule, today, { alsoHeld: data?.withRules }),
        ]),
      ),
    [data, today],
  );
  if (!data) return <p role="status">Loading credentials…</p>;

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
      {adding === 'catalogue' && <AddCredentialForm custom={data.custom} onDone={closeAdding} />}
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
      <div className="card-grid">
        {data.withRules.map((h) => (
          <CredentialCard
            key={h.credential.id}
            held={h}
            status={statuses.get(h.credential.id) ?? h.credential.stage}
            evaluation={evaluations?.get(h.credential.id) ?? null}
          />
        ))}
      </div>
      <OwnDefinitions custom={data.custom} />
    </div>
  );
}
