/**
 * The report's charts: SVG, so they print crisply; every bar carries its number as text and a
 * pattern (not colour alone), so they read in black and white; each has a text alternative.
 */
import { useId } from 'react';
import { formatNumber } from '../../components/format';
import { hoursText } from './messages';

export interface Bar {
  label: string;
  value: number;
  /** A minimum or a plan to compare with; drawn as a line across the bar. */
  mark: number | null;
}

const W = 520;
const LABEL_W = 150;
const ROW_H = 22;

function Patterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="chart-hatch-bg" />
        <path d="M0,6 L6,0" className="chart-hatch-line" />
      </pattern>
      <pattern id={`${id}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" className="chart-hatch-bg" />
        <circle cx="2.5" cy="2.5" r="1.1" className="chart-dot" />
      </pattern>
    </defs>
  );
}

/** Horizontal bars with their numbers written beside them and the mark as a heavy line. */
export function BarChart({ bars, summary, unit }: { bars: Bar[]; summary: string; unit: string }) {
  const id = useId().replace(/:/g, '');
  const max = Math.max(1, ...bars.flatMap((b) => [b.value, b.mark ?? 0]));
  const scale = (v: number) => ((W - LABEL_W - 140) * v) / max;
  return (
    <svg
      className="report-chart"
      viewBox={`0 0 ${W} ${bars.length * ROW_H + 4}`}
      role="img"
      aria-label={summary}
    >
      <title>{summary}</title>
      <Patterns id={id} />
      {bars.map((b, i) => {
        const y = i * ROW_H + 4;
        const mark = b.mark === null ? '' : ` of ${formatNumber(b.mark)}`;
        return (
          <g key={b.label}>
            <text x="0" y={y + 12} className="chart-label">
              {b.label}
            </text>
            <rect x={LABEL_W} y={y} width={scale(max)} height="14" className="chart-track" />
            <rect
              x={LABEL_W}
              y={y}
              width={scale(b.value)}
              height="14"
              fill={`url(#${id}-hatch)`}
              className="chart-bar"
            />
            {b.mark !== null && (
              <line
                x1={LABEL_W + scale(b.mark)}
                x2={LABEL_W + scale(b.mark)}
                y1={y - 2}
                y2={y + 16}
                className="chart-mark"
              />
            )}
            <text x={LABEL_W + scale(max) + 6} y={y + 12} className="chart-value">
              {formatNumber(b.value)}
              {mark} {unit}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface PairBar {
  label: string;
  /** Minutes. */
  planned: number;
  actual: number;
}

/** The height of one plan's row: its name on a line of its own, then the two bars. */
const PAIR_H = 56;

/**
 * Planned (hatched) against actual (dotted) per line, numbers written beside each bar. The
 * plan's name has a line of its own above its bars, so a long name is never cut.
 */
export function PlanActualChart({ rows, summary }: { rows: PairBar[]; summary: string }) {
  const id = useId().replace(/:/g, '');
  const max = Math.max(1, ...rows.flatMap((r) => [r.planned, r.actual]));
  const scale = (v: number) => ((W - 150) * v) / max;
  const h = rows.length * PAIR_H + 4;
  return (
    <svg className="report-chart" viewBox={`0 0 ${W} ${h}`} role="img" aria-label={summary}>
      <title>{summary}</title>
      <Patterns id={id} />
      {rows.map((r, i) => {
        const y = i * PAIR_H + 4;
        return (
          <g key={`${r.label}-${i}`}>
            <text x="0" y={y + 11} className="chart-label">
              {r.label}
            </text>
            <rect
              x="0"
              y={y + 16}
              width={scale(r.planned)}
              height="13"
              fill={`url(#${id}-hatch)`}
              className="chart-bar"
            />
            <text x={scale(r.planned) + 6} y={y + 27} className="chart-value">
              planned {hoursText(r.planned)}
            </text>
            <rect
              x="0"
              y={y + 32}
              width={scale(r.actual)}
              height="13"
              fill={`url(#${id}-dots)`}
              className="chart-bar"
            />
            <text x={scale(r.actual) + 6} y={y + 43} className="chart-value">
              done {hoursText(r.actual)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
