/** Samples to figures: median, min and max, and a budget's verdict. */
export interface Figure {
  id: string;
  label: string;
  unit: 'ms' | 'MB' | 'KB' | 'x';
  runs: number;
  median: number | null;
  min: number | null;
  max: number | null;
  /** The budget in `unit`, when the issue sets one. */
  budget: number | null;
  pass: boolean | null;
  /** Why there is no figure (a screen that does not exist yet), or what was measured. */
  note?: string;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function figure(
  id: string,
  label: string,
  unit: Figure['unit'],
  samples: readonly number[],
  budget: number | null = null,
  note?: string,
): Figure {
  if (samples.length === 0) {
    return {
      id,
      label,
      unit,
      runs: 0,
      median: null,
      min: null,
      max: null,
      budget,
      pass: null,
      note,
    };
  }
  const m = round(median(samples));
  return {
    id,
    label,
    unit,
    runs: samples.length,
    median: m,
    min: round(Math.min(...samples)),
    max: round(Math.max(...samples)),
    budget,
    pass: budget === null ? null : m <= budget,
    ...(note ? { note } : {}),
  };
}

/** A figure the benchmark could not take, said plainly rather than faked. */
export const notMeasured = (
  id: string,
  label: string,
  unit: Figure['unit'],
  budget: number | null,
  note: string,
) => figure(id, label, unit, [], budget, note);

/** Runs `fn` `runs` times (after `warm` unmeasured runs) and returns milliseconds per run. */
export async function timeRuns(runs: number, fn: () => unknown, warm = 1): Promise<number[]> {
  for (let i = 0; i < warm; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}
