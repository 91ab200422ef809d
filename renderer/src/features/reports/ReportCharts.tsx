/**
 * The report's charts: SVG, so they print crisply; every bar carries its number as text and a
 * pattern (not colour alone), so they read in black and white; each has a text alternative.
 */
import { useId } from 'react';
import type { CreditUnit } from '../../../../shared/catalog/credentials';
import { amount } from '../credentials/amount-words';
import { countedText } from '../credentials/counted-words';
import { hoursText } from './messages';

export interface Bar {
  label: string;
  value: number;
  /** A minimum or a plan to compare with; drawn as a line across the bar. */
  mark: number | null;
}

const W = 520;
const LABEL_W = 150;
/** Room after the bars for a figure at least, "86.25 PDUs counted — 60 required". */
const VALUE_W = 200;
/**
 * A figure's character at 11px, generously (0.6em): DejaVu Sans, where the app's font list
 * falls back to it, averages 0.54em over these figures. An SVG text past the edge is cut off.
 */
const CHAR_W = 6.6;
/** The bars' least length, however long a figure is. */
const BARS_MIN = 80;
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

/**
 * Horizontal bars with their figures written beside them, in the credential page's words
 * ("10 PDUs counted of 60", past the mark "86 PDUs counted — 60 required": countedText), and
 * the mark as a heavy line.
 */
export function BarChart({
  bars,
  summary,
  unit,
}: {
  bars: Bar[];
  summary: string;
  unit: CreditUnit;
}) {
  const id = useId().replace(/:/g, '');
  const max = Math.max(1, ...bars.flatMap((b) => [b.value, b.mark ?? 0]));
  const figures = bars.map((b) =>
    b.mark === null ? amount(b.value, unit) : countedText(b.value, b.mark, unit),
  );
  // The bars give way to the longest figure ("1,339.25 PDUs counted — 60 required").
  const longest = Math.max(...figures.map((f) => f.length));
  const valueW = Math.min(W - LABEL_W - BARS_MIN, Math.max(VALUE_W, 6 + CHAR_W * longest));
  const scale = (v: number) => ((W - LABEL_W - valueW) * v) / max;
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
              {figures[i]}
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

/** The height of one plan's two bars. */
const PAIR_H = 34;

/**
 * Planned (hatched) against actual (dotted) per line, numbers written beside each bar. Each
 * plan's name is HTML above its bars, so a long name wraps on paper instead of being cut at the
 * chart's edge (an SVG text never wraps); the text alternative names every plan in full.
 */
export function PlanActualChart({ rows, summary }: { rows: PairBar[]; summary: string }) {
  const id = useId().replace(/:/g, '');
  const max = Math.max(1, ...rows.flatMap((r) => [r.planned, r.actual]));
  const scale = (v: number) => ((W - 150) * v) / max;
  return (
    <div className="report-chart-pairs" role="img" aria-label={summary}>
      {rows.map((r, i) => (
        <div className="report-chart-pair" key={`${r.label}-${i}`}>
          <p className="chart-plan-name">{r.label}</p>
          <svg className="report-chart" viewBox={`0 0 ${W} ${PAIR_H}`} aria-hidden="true">
            <Patterns id={`${id}-${i}`} />
            <rect
              x="0"
              y="2"
              width={scale(r.planned)}
              height="13"
              fill={`url(#${id}-${i}-hatch)`}
              className="chart-bar"
            />
            <text x={scale(r.planned) + 6} y="13" className="chart-value">
              planned {hoursText(r.planned)}
            </text>
            <rect
              x="0"
              y="18"
              width={scale(r.actual)}
              height="13"
              fill={`url(#${id}-${i}-dots)`}
              className="chart-bar"
            />
            <text x={scale(r.actual) + 6} y="29" className="chart-value">
              done {hoursText(r.actual)}
            </text>
          </svg>
        </div>
      ))}
    </div>
  );
}
