import { useMemo } from 'react';
import { credentialStatus } from '../../../../shared/domain/credentials';
import { nextDeadline } from '../../../../shared/domain/dashboard/next-deadline';
import { hrefFor } from '../../app/routes';
import { useToday } from '../../app/use-today';
import { formatDate, formatNumber } from '../../components/format';
import { useCreditSummary } from '../../db/credit-summary';
import { credentialStatusLabels, cycleStatusLabels, inDaysText } from '../credentials/messages';

/** Every credential's status and the next deadline, on the dashboard. */
export function CredentialsSummary() {
  const today = useToday();
  const data = useCreditSummary(today);
  const next = useMemo(
    () => (data ? nextDeadline([...data.evaluations.values()], today) : null),
    [data, today],
  );
  if (!data) return null;
  const nextHeld = next && data.withRules.find((h) => h.credential.id === next.heldId);

  return (
    <section className="card" aria-labelledby="dash-credentials">
      <h2 id="dash-credentials">
        <a href={hrefFor('credentials')}>Credentials</a>
      </h2>
      {data.withRules.length === 0 ? (
        <p>
          No credentials yet. <a href={hrefFor('credentials')}>Add the ones you hold or aim for</a>{' '}
          to see their cycles and deadlines here.
        </p>
      ) : (
        <>
          {next && nextHeld && (
            <p className="next-deadline">
              Next deadline: <strong>{nextHeld.rule.acronym}</strong> cycle ends{' '}
              {formatDate(next.date)} — {inDaysText(next.daysLeft)}
              {next.met ? ' (requirements met)' : ''}.
            </p>
          )}
          <ul className="dash-credentials">
            {data.withRules.map((h) => {
              const ev = data.evaluations.get(h.credential.id);
              const status = credentialStatus(h.credential, h.rule, today, {
                alsoHeld: data.withRules,
              });
              return (
                <li key={h.credential.id}>
                  <a href={hrefFor('credentials', h.credential.id)}>{h.rule.acronym}</a>{' '}
                  <span className={`pill status-${status}`}>{credentialStatusLabels[status]}</span>
                  {ev && (
                    <span>
                      {' '}
                      {cycleStatusLabels[ev.status]} · {formatNumber(ev.counted.total)}
                      {ev.requirement.total !== null &&
                        ` of ${formatNumber(ev.requirement.total)}`}{' '}
                      counted
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
