import type { WeekProgress } from '../../../../shared/domain/study';
import { formatDate } from '../../components/format';
import { minutesText } from './messages';

const W = 640;
const H = 180;
const PAD = 28;

/** Planned against studied hours per week as SVG bars; the table below says the same in text. */
export function ProgressChart({ weeks, title }: { weeks: WeekProgress[]; title: string }) {
  const max = Math.max(60, ...weeks.flatMap((w) => [w.plannedMinutes, w.actualMinutes]));
  const slot = (W - PAD) / Math.max(1, weeks.length);
  const bar = Math.max(2, slot / 2 - 2);
  const y = (m: number) => H - PAD - ((H - 2 * PAD) * m) / max;
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
