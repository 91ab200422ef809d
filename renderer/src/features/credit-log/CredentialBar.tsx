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
}

/** When the log is filtered by a credential: its current cycle at a glance, and the export. */
export function CredentialBar({ held, evaluation: ev, activities, noRenewBy }: Props) {
  const { acronym, unit } = held.rule;
  return (
    <section className="cl-credential-bar" aria-label={`${acronym} current cycle`}>
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
          <CycleCsvButton held={held} evaluation={ev} activities={activities} />
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
