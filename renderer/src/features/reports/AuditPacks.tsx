import { useMemo } from 'react';
import type { HeldWithRule } from '../../../../shared/domain/credentials';
import { evaluateCycles, type Activity } from '../../../../shared/domain/credits';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate } from '../../components/format';
import { AuditPackButton } from './AuditPackButton';

/** Every started cycle of every held credential, each with its audit pack. */
export function AuditPacks({
  held,
  activities,
  asOf,
}: {
  held: readonly HeldWithRule[];
  activities: readonly Activity[];
  asOf: LocalDate;
}) {
  const cycles = useMemo(
    () =>
      held.flatMap((h) =>
        evaluateCycles(h.rule, h.credential, activities, asOf, { alsoHeld: held })
          .filter((e) => e.start <= asOf)
          .map((evaluation) => ({ h, evaluation })),
      ),
    [held, activities, asOf],
  );
  return (
    <section className="card" aria-labelledby="audit-packs-title">
      <h2 id="audit-packs-title">Audit packs</h2>
      <p className="muted">
        One zip per credential cycle: the claim CSV, every evidence file, an index of which file
        proves which activity, and the date until which to keep them.
      </p>
      {cycles.length === 0 && <p>No credential cycle has started yet.</p>}
      <ul className="plain-list">
        {cycles.map(({ h, evaluation }) => (
          <li key={`${h.credential.id}-${evaluation.cycleIndex}`}>
            <strong>{h.rule.acronym}</strong>, cycle {formatDate(evaluation.start)} to{' '}
            {formatDate(evaluation.end)}
            <AuditPackButton held={h} evaluation={evaluation} activities={activities} />
          </li>
        ))}
      </ul>
    </section>
  );
}
