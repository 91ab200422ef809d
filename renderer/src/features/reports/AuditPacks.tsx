import { useMemo } from 'react';
import { cyclesFor, type HeldWithRule } from '../../../../shared/domain/credentials';
import { evaluateCycle, type Activity } from '../../../../shared/domain/credits';
import type { LocalDate } from '../../../../shared/dates';
import { formatDate } from '../../components/format';
import { AuditPackButton } from './AuditPackButton';

/**
 * Every started cycle of every held credential, each with its audit pack. A cycle is judged
 * only when its pack is saved: listing them needs their days alone, and a long career has
 * dozens of cycles over thousands of activities (issue 9).
 */
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
        cyclesFor(h.credential, h.rule, asOf, { alsoHeld: held })
          .filter((c) => c.start <= asOf)
          .map((cycle) => ({ h, cycle })),
      ),
    [held, asOf],
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
        {cycles.map(({ h, cycle }) => (
          <li key={`${h.credential.id}-${cycle.index}`}>
            <strong>{h.rule.acronym}</strong>, cycle {formatDate(cycle.start)} to{' '}
            {formatDate(cycle.end)}
            <AuditPackButton
              held={h}
              cycle={cycle}
              evaluation={() =>
                evaluateCycle(h.rule, h.credential, cycle, activities, asOf, { alsoHeld: held })
              }
              activities={activities}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
