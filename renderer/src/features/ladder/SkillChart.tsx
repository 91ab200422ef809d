import { skillAreas } from '../../../../shared/catalog/skills';
import type { SkillGap } from '../../../../shared/domain/skills';

const W = 590;
/** Room for the longest skill name ("Leading organisational change") at the chart's type size. */
const LABEL_W = 200;
const ROW = 24;
const SCALE = 46; // px per level
const LEVELS = [0, 1, 2, 3, 4, 5];
const SCALE_H = 18;

/**
 * A skill's level against the rung's, in the words of the table under the chart: "3 of 4",
 * "Not rated, target 3", "2, no target".
 */
export function levelText({ level, target }: Pick<SkillGap, 'level' | 'target'>): string {
  if (level !== null && target !== null) return `${level} of ${target}`;
  const now = level === null ? 'Not rated' : String(level);
  return target === null ? `${now}, no target` : `${now}, target ${target}`;
}

/**
 * Now vs target per skill area: a filled bar for the current level, a dashed outline for the
 * target, the skill's name before its bar and its level against the target after it (as the
 * report's bar charts write their numbers), the levels 0 to 5 under the bars. The same numbers
 * are in the table beside it; the chart's own name says them all (the text alternative).
 */
export function SkillChart({ gaps, rungName }: { gaps: SkillGap[]; rungName: string }) {
  const bars = gaps.length * ROW;
  const height = bars + SCALE_H + 4;
  const summary = gaps
    .map((g) => `${nameOf(g.skill)} ${levelText(g).replace(/^Not rated/, 'not rated')}`)
    .join('; ');
  return (
    <figure>
      <svg
        className="skill-chart"
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-label={`Skills now against the target for ${rungName}: ${summary}.`}
      >
        {LEVELS.map((l) => (
          <line
            key={l}
            x1={LABEL_W + SCALE * l}
            x2={LABEL_W + SCALE * l}
            y1="0"
            y2={bars + 2}
            className="grid"
          />
        ))}
        {gaps.map((g, i) => (
          <g key={g.skill} transform={`translate(0, ${i * ROW + 2})`}>
            <text x="2" y="14" className="chart-label">
              {nameOf(g.skill)}
            </text>
            <rect x={LABEL_W} y="3" width={SCALE * 5} height="14" className="track" />
            <rect x={LABEL_W} y="3" width={SCALE * (g.level ?? 0)} height="14" className="fill" />
            {g.target !== null && (
              <rect
                x={LABEL_W}
                y="1"
                width={SCALE * g.target}
                height="18"
                fill="none"
                stroke="currentColor"
                strokeDasharray="4 2"
              />
            )}
            <text x={LABEL_W + SCALE * 5 + 8} y="14" className="chart-value">
              {levelText(g)}
            </text>
          </g>
        ))}
        <g className="skill-scale" transform={`translate(0, ${bars + 2})`}>
          {LEVELS.map((l) => (
            <text key={l} x={LABEL_W + SCALE * l} y="14" textAnchor="middle">
              {l}
            </text>
          ))}
        </g>
      </svg>
      <figcaption className="hint">
        Filled bars: your level now. Dashed outlines: the level {rungName} asks for. Levels run from
        1 to 5; 0 on the scale means not rated.
      </figcaption>
    </figure>
  );
}

export function nameOf(skill: string): string {
  return skillAreas.find((a) => a.id === skill)?.name ?? skill;
}
