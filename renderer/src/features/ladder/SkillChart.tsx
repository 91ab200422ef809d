import { skillAreas } from '../../../../shared/catalog/skills';
import type { SkillGap } from '../../../../shared/domain/skills';

const ROW = 22;
const SCALE = 40; // px per level

/**
 * Now vs target per skill area: a filled bar for the current level, an outlined bar for the
 * target. The same numbers are in the table beside it (the text alternative).
 */
export function SkillChart({ gaps, rungName }: { gaps: SkillGap[]; rungName: string }) {
  const height = gaps.length * ROW + 4;
  const summary = gaps
    .map((g) => `${nameOf(g.skill)} ${g.level ?? 'not rated'} of ${g.target ?? 'no target'}`)
    .join('; ');
  return (
    <figure>
      <svg
        className="skill-chart"
        viewBox={`0 0 ${SCALE * 5 + 4} ${height}`}
        role="img"
        aria-label={`Skills now against the target for ${rungName}: ${summary}.`}
      >
        {gaps.map((g, i) => (
          <g key={g.skill} transform={`translate(0, ${i * ROW + 2})`}>
            <rect x="0" y="2" width={SCALE * 5} height="14" className="track" />
            <rect x="0" y="2" width={SCALE * (g.level ?? 0)} height="14" className="fill" />
            {g.target !== null && (
              <rect
                x="0"
                y="0"
                width={SCALE * g.target}
                height="18"
                fill="none"
                stroke="currentColor"
                strokeDasharray="4 2"
              />
            )}
          </g>
        ))}
      </svg>
      <figcaption className="hint">
        Filled bars: your level now. Dashed outlines: the level {rungName} asks for.
      </figcaption>
    </figure>
  );
}

export function nameOf(skill: string): string {
  return skillAreas.find((a) => a.id === skill)?.name ?? skill;
}
