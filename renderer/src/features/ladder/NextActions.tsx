import type { NextAction } from '../../../../shared/domain/readiness';
import { formatDate } from '../../components/format';
import { actionText, type ActionWords } from './action-messages';
import { useOwnCredentials } from './use-own-credentials';

/** Ranked next best actions as a numbered list of plain sentences. */
export function NextActions({
  actions,
  label,
  words,
  none,
}: {
  actions: NextAction[];
  label: string;
  /** Other words for some actions (the printed report's, reports/report-words.ts). */
  words?: ActionWords;
  /** Said when there are no actions, in place of "every requirement is met" (a rung with no
   * essential requirements has nothing met either). */
  none?: string | undefined;
}) {
  // The user's own credentials, to name them in "Earn the …".
  const own = useOwnCredentials();
  if (actions.length === 0)
    return <p>{none ?? 'Nothing left to do for this rung: every requirement is met.'}</p>;
  return (
    <ol aria-label={label} className="next-actions">
      {actions.map((a, i) => (
        <li key={i}>
          {actionText(a, own, words)}
          {a.priority === 'recommended' && <span className="muted"> Recommended.</span>}
          {a.deadline && <span className="muted"> By {formatDate(a.deadline)}.</span>}
        </li>
      ))}
    </ol>
  );
}
