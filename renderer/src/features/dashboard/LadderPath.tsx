import type { LadderRungPlan } from '../../../../shared/catalog/ladder-requirements';
import {
  rungRole,
  type LadderPath as Path,
  type RungRole,
} from '../../../../shared/domain/ladder/path';

const roleText: Record<RungRole, string> = {
  'current-and-target': 'You are here — your target',
  current: 'You are here',
  target: 'Your target',
  between: 'On the way',
  'off-path': '',
};

/** A rung's typical titles; a rung of the user's own has none, so it says whose it is. */
function titlesText(r: LadderRungPlan): string {
  if (r.typicalTitles.length > 0) return r.typicalTitles.join(', ');
  return r.origin === 'user' ? 'Added by you' : '';
}

/**
 * The user's ladder, top rung first, with their current, in-between and target rungs
 * marked. Levels are the ladder's own order, so added, moved and removed rungs show.
 */
export function LadderPath({
  rungs,
  path,
}: {
  rungs: readonly LadderRungPlan[];
  path: Path<LadderRungPlan>;
}) {
  const top = [...rungs].sort((a, b) => b.level - a.level);
  return (
    <ol className="ladder" aria-label="Your ladder, top rung first">
      {top.map((r) => {
        const role = rungRole(path, r.id);
        return (
          <li key={r.id} className={`rung ${role}`}>
            <span className="rung-level" aria-hidden="true">
              {r.level}
            </span>
            <span className="rung-name">{r.name}</span>
            <span className="rung-titles">{titlesText(r)}</span>
            {role !== 'off-path' && <span className="rung-tag">{roleText[role]}</span>}
          </li>
        );
      })}
    </ol>
  );
}
