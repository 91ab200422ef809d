import type { ClimbProblem } from '../../../../shared/domain/ladder/path';
import { hrefFor } from '../../app/routes';
import { climbProblemText } from './messages';

/**
 * Says plainly that the profile's rung is gone from the user's ladder (or the target is now
 * below the current rung) and links to the profile, where a new one is chosen.
 */
export function ClimbProblemNotice(props: { problems: readonly ClimbProblem[]; detail?: string }) {
  const { what, action } = climbProblemText(props.problems);
  return (
    <p>
      <strong>{what}</strong>
      {props.detail ? ` ${props.detail}` : ''} <a href={hrefFor('settings')}>{action}</a>.
    </p>
  );
}
