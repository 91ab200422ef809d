import { calendarDate, type LocalDate } from '../../../../shared/dates';
import type { WeekProgress } from '../../../../shared/domain/study';
import { formatDate } from '../../components/format';
import { minutesText } from './messages';

const W = 640;
const H = 180;
const PAD = 28;
/**
 * One week's name under the axis, in the chart's own units: "30 Sept" at 11px is about 42
 * wide, other locales a little more. The chart scales as a whole, so names that clear each
 * other here clear each other at any window width.
 */
const LABEL_WIDTH = 48;
const LABEL_GAP = 12;

/** A week's first day, short, in the user's locale ("23 Nov", "Nov 23"); the table has the year. */
function weekNamer(locale?: string): (day: LocalDate) => string {
  const f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  return (day) => f.format(calendarDate(day));
}

/**
 * The weeks named under the axis: the first, then every step-th, the step the fewest weeks
 * a name needs, so names never overlap however long the plan; one that would run past the
 * right edge is left out.
 */
function namedWeeks(count: number, slot: number): number[] {
  const step = Math.max(1, Math.ceil((LABEL_WIDTH + LABEL_GAP) / slot));
  const named: number[] = [];
  for (let i = 0; i < count; i += step) if (PAD + i * slot + LABEL_WIDTH <= W) named.push(i);
  return named;
}

/** Planned against studied hours per week as SVG bars; the table below says the same in text. */
export function ProgressChart({
  weeks,
  title,
  locale,
}: {
  weeks: WeekProgress[];
  title: string;
  /** For tests; screens leave it out and get the user's locale. */
  locale?: string;
}) {
  const max = Math.max(60, ...weeks.flatMap((w) => [w.plannedMinutes, w.actualMinutes]));
  const slot = (W - PAD) / Math.max(1, weeks.length);
  const bar = Math.max(2, slot / 2 - 2);
  const y = (m: number) => H - PAD - ((H - 2 * PAD) * m) / max;
  const weekName = weekNamer(locale);
  return (
    <figure className="study-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${title}: planned and studied hours per week. The table below lists the numbers.`}
      >
        <line x1={PAD} x2={W} y1={H - PAD} y2={H - PAD} className="axis" />
        {weeks.map((w, i) => (
          <g key={w.weekStart}>
            <rect
              className="planned"
              x={PAD + i * slot}
              y={y(w.plannedMinutes)}
              width={bar}
              height={H - PAD - y(w.plannedMinutes)}
            />
            <rect
              className="actual"
              x={PAD + i * slot + bar + 1}
              y={y(w.actualMinutes)}
              width={bar}
              height={H - PAD - y(w.actualMinutes)}
            />
          </g>
        ))}
        <text x={2} y={PAD} className="axis-label">
          {minutesText(max)}
        </text>
        {/* The image's name and the table below already say which weeks these are. */}
        <g aria-hidden="true">
          {namedWeeks(weeks.length, slot).map((i) => (
            <text key={i} x={PAD + i * slot} y={H - PAD + 16} className="axis-label week-label">
              {weekName(weeks[i]!.weekStart)}
            </text>
          ))}
        </g>
      </svg>
      <figcaption>
        <span className="key planned" aria-hidden="true" /> Planned{' '}
        <span className="key actual" aria-hidden="true" /> Studied
      </figcaption>
      <details>
        <summary>Plan against actual as a table</summary>
        <table>
          <caption>{title}: plan against actual per week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Planned</th>
              <th scope="col">Studied</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <td>{formatDate(w.weekStart)}</td>
                <td>{minutesText(w.plannedMinutes)}</td>
                <td>{minutesText(w.actualMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
