/**
 * Small SVG charts. Each has a text alternative (aria-label) and its numbers are also printed
 * beside it, so nothing is said by colour alone; patterns survive black-and-white printing.
 */

const pct = (part: number, whole: number) =>
  whole > 0 ? Math.max(0, Math.min(1, part / whole)) : 0;

/** Time elapsed in the cycle against credits counted of the total. */
export function CycleBar(props: {
  elapsed: number;
  days: number;
  counted: number;
  total: number;
  label: string;
}) {
  const time = pct(props.elapsed, props.days);
  const done = pct(props.counted, props.total);
  return (
    <svg
      className="cycle-bar"
      viewBox="0 0 200 26"
      role="img"
      aria-label={props.label}
      preserveAspectRatio="none"
    >
      <rect x="0" y="2" width="200" height="10" rx="3" className="track" />
      <rect x="0" y="2" width={200 * done} height="10" rx="3" className="fill" />
      <rect x="0" y="16" width="200" height="6" rx="2" className="track" />
      <rect x="0" y="16" width={200 * time} height="6" rx="2" className="time" />
    </svg>
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
