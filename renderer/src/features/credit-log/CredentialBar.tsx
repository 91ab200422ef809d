import type { HeldWithRule } from '../../../../shared/domain/credentials';
import type { Activity, CycleEvaluation } from '../../../../shared/domain/credits';
import { hrefFor } from '../../app/routes';
import { formatDate } from '../../components/format';
import { amount, renewByExamText } from '../credentials/messages';
import { noRenewByText } from '../credentials/no-renew-by-words';
import type { LocalDate } from '../../../../shared/dates';
import { CycleCsvButton } from './CycleCsvButton';

interface Props {
  held: HeldWithRule;
  evaluation: CycleEvaluation | null;
  activities: readonly Activity[];
  /** Set when the certificate has no renew-by date (noRenewByBefore): the day they began. */
  noRenewBy?: LocalDate | null;
  /** The cycle shown is the one in force (not a past one the log is limited to). */
  current?: boolean;
}

/**
 * When the log is filtered by a credential: its cycle at a glance, and the export — the cycle
 * in force, or the past cycle the log is limited to (cycleOfRange). The export is drawn anew
 * for each credential and cycle, so what it said about one file is not left beside another.
 */
export function CredentialBar({
  held,
  evaluation: ev,
  activities,
  noRenewBy,
  current = true,
}: Props) {
  const { acronym, unit } = held.rule;
  const label =
    current || !ev ? `${acronym} current cycle` : `${acronym} cycle ${ev.cycleIndex + 1}`;
  return (
    <section className="cl-credential-bar" aria-label={label}>
      {ev ? (
        <>
          <p>
            <a href={hrefFor('credentials', held.credential.id)}>{acronym}</a>, cycle{' '}
            {ev.cycleIndex + 1} ({formatDate(ev.start)} – {formatDate(ev.end)}):{' '}
            <strong>{amount(ev.counted.total, unit)}</strong> counted
            {ev.requirement.total !== null ? ` of ${amount(ev.requirement.total, unit)}` : ''}.
            {/* PeopleCert's exam route asks for no CPD (domain-facts §3): say what it asks. */}
            {ev.status === 'renew-by-exam' &&
              ev.deadline &&
              ` ${renewByExamText(ev.deadline)}: no CPD points are needed.`}
          </p>
          <CycleCsvButton
            key={`${held.credential.id} ${ev.cycleIndex}`}
            held={held}
            evaluation={ev}
            activities={activities}
          />
        </>
      ) : (
        <p>
          {acronym} has no cycle in progress.
          {noRenewBy && ` ${noRenewByText(acronym, noRenewBy)}`}
        </p>
      )}
    </section>
  );
}
