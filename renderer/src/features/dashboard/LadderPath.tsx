import type { Ladder } from '../../../../shared/catalog/ladder';
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

/** The ladder, top rung first, with the user's current, in-between and target rungs marked. */
export function LadderPath({ ladder, path }: { ladder: Ladder; path: Path }) {
  const rungs = [...ladder.rungs].sort((a, b) => b.level - a.level);
  return (
    <ol className="ladder" aria-label="PMO career ladder, top rung first">
      {rungs.map((r) => {
        const role = rungRole(path, r.id);
        return (
          <li key={r.id} className={`rung ${role}`}>
            <span className="rung-level" aria-hidden="true">
              {r.level}
            </span>
            <span className="rung-name">{r.name}</span>
            <span className="rung-titles">{r.typicalTitles.join(', ')}</span>
            {role !== 'off-path' && <span className="rung-tag">{roleText[role]}</span>}
          </li>
        );
      })}
    </ol>
  );
}
