import type { NextAction } from '../../../../shared/domain/readiness';
import { formatDate } from '../../components/format';
import { actionText } from './messages';
import { useOwnCredentials } from './use-own-credentials';

/** Ranked next best actions as a numbered list of plain sentences. */
export function NextActions({ actions, label }: { actions: NextAction[]; label: string }) {
  // The user's own credentials, to name them in "Earn the …".
  const own = useOwnCredentials();
  if (actions.length === 0)
    return <p>Nothing left to do for this rung: every requirement is met.</p>;
  return (
    <ol aria-label={label} className="next-actions">
      {actions.map((a, i) => (
        <li key={i}>
          {actionText(a, own)}
          {a.priority === 'recommended' && <span className="muted"> Recommended.</span>}
          {a.deadline && <span className="muted"> By {formatDate(a.deadline)}.</span>}
        </li>
      ))}
    </ol>
  );
}
