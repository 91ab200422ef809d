import { useId, useState } from 'react';
import type { CredentialRule } from '../../../../shared/catalog/credentials';
import { renewalRoutes, type RenewalRoute } from '../../../../shared/domain/credentials';
import { offersRenewalRoute, renewalRouteOf } from '../../../../shared/domain/credits';
import { renewalRouteSource } from '../../../../shared/domain/credits/renewal-route';
import { useToday } from '../../app/use-today';
import { storageErrorText } from '../../components/storage-messages';
import { StorageError } from '../../db/errors';
import { saveHeld, type HeldRow } from '../../db/repositories/credentials';
import { useStore } from '../../db/store-context';
import { rowRefusalText } from './credential-summary';
import { ruleSaveWords } from './rule-number-words';
import { confidenceWords, renewalRouteLabels, sourceText } from './messages';

const unexpectedText =
  'Nothing was saved because of an unexpected problem; the way you renew is unchanged. Try again.';

/**
 * "How you renew", for a certificate with a renew-by date (PeopleCert, domain-facts §3): CPD
 * points every year, or an exam by the renew-by date. The choice is stored on the held
 * credential (renewalRoute) and saved as soon as it is picked; on the exam route the cycle asks
 * for no CPD (renewal-route.ts). Nothing is shown for other credentials.
 */
export function RouteChoiceRow({
  held,
  rule,
  onSaved,
}: {
  held: HeldRow;
  rule: CredentialRule;
  /** Told the row as written (useWrittenHeld). */
  onSaved?: (saved: HeldRow) => void;
}) {
  const store = useStore();
  const today = useToday();
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  // The choice just picked, shown at once while it is saved (the stored row follows).
  const [picked, setPicked] = useState<RenewalRoute | null>(null);
  if (!offersRenewalRoute(rule)) return null;
  const stored = renewalRouteOf(rule, held);
  const chosen = picked ?? stored;
  const source = renewalRouteSource;

  async function save(route: RenewalRoute) {
    setPicked(route);
    try {
      // Onto the row as shown only: a change made in another window since is not overwritten.
      const result = await saveHeld(store, { ...held, renewalRoute: route }, today, held);
      if (result.ok) onSaved?.(result.value);
      setError(
        result.ok
          ? undefined
          : 'conflict' in result
            ? ruleSaveWords.conflict
            : rowRefusalText(result.errors, (f) => f === 'renewalRoute', held.renewals),
      );
    } catch (e) {
      // A storage failure (read-only data, a full disk) must not pass silently: the route in
      // use stays as it was, and the row says so.
      setError(e instanceof StorageError ? storageErrorText(e.code) : unexpectedText);
    } finally {
      setPicked(null);
    }
  }

  return (
    <li className="rule-row">
      <fieldset aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
        <legend className="rule-label">How you renew</legend>
        <p className="hint" id={`${id}-hint`}>
          With an exam, Ascent asks for no CPD points in this cycle; the ones you log still count
          and are listed. Past the renew-by date without a renewal, the certificate is not current
          either way.
        </p>
        {renewalRoutes.map((route) => (
          <div key={route} className="radio-field">
            <input
              id={`${id}-${route}`}
              type="radio"
              name={`${id}-route`}
              value={route}
              checked={chosen === route}
              onChange={() => void save(route)}
            />
            <label htmlFor={`${id}-${route}`}>{renewalRouteLabels[route]}</label>
          </div>
        ))}
      </fieldset>
      <dl className="facts">
        <dt>Source</dt>
        <dd>{sourceText(source.source)}</dd>
        <dt>How sure</dt>
        <dd>{confidenceWords(source).text}</dd>
        {source.note && (
          <>
            <dt>What it says</dt>
            <dd>{source.note}</dd>
          </>
        )}
      </dl>
      {error && (
        <p className="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
