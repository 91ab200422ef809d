/**
 * Small SVG charts. Each has a text alternative (aria-label) and its numbers are also printed
 * beside it, so nothing is said by colour alone; patterns survive black-and-white printing.
 */
import { formatPercent } from '../../components/format';

const pct = (part: number, whole: number) =>
  whole > 0 ? Math.max(0, Math.min(1, part / whole)) : 0;

/**
 * Credits counted of the total (the upper bar) against the time elapsed in the cycle (the
 * lower one). `label` says what was counted; the time is added to it and printed under the
 * bars. The printed line is hidden from screen readers, which hear it in the chart's label.
 */
export function CycleBar(props: {
  elapsed: number;
  days: number;
  counted: number;
  total: number;
  label: string;
}) {
  const time = pct(props.elapsed, props.days);
  const done = pct(props.counted, props.total);
  // Rounded down, so 100% is said only once the last day has come.
  const passed = `${formatPercent(Math.floor(100 * time))} of the cycle has passed`;
  return (
    <>
      <svg
        className="cycle-bar"
        viewBox="0 0 200 26"
        role="img"
        aria-label={`${props.label}; ${passed}`}
        preserveAspectRatio="none"
      >
        <rect x="0" y="2" width="200" height="10" rx="3" className="track" />
        <rect x="0" y="2" width={200 * done} height="10" rx="3" className="fill" />
        <rect x="0" y="16" width="200" height="6" rx="2" className="track" />
        <rect x="0" y="16" width={200 * time} height="6" rx="2" className="time" />
      </svg>
      <p className="hint cycle-time" aria-hidden="true">
        <svg className="cycle-time-key" viewBox="0 0 24 6" preserveAspectRatio="none">
          <rect x="0" y="0" width="24" height="6" rx="2" />
        </svg>{' '}
        {passed}
      </p>
    </>
  );
}

/** Counted against the minimum, one bar; a tick marks the minimum. */
export function ProgressBar(props: { value: number; target: number; label: string }) {
  const done = pct(props.value, props.target);
  return (
    <svg
      className="progress-bar"
      viewBox="0 0 100 10"
      role="img"
      aria-label={props.label}
      preserveAspectRatio="none"
    >
      <rect x="0" y="0" width="100" height="10" rx="2" className="track" />
      <rect
        x="0"
        y="0"
        width={100 * done}
        height="10"
        rx="2"
        className={done >= 1 ? 'fill met' : 'fill'}
      />
    </svg>
  );
}
