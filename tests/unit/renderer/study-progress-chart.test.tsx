// The study plan's chart names its weeks under the time axis ("23 Nov"), few enough that the
// names never overlap on a long plan; the chart's own name and its table are unchanged.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import type { WeekProgress } from '../../../shared/domain/study';
import { formatDate } from '../../../renderer/src/components/format';
import { ProgressChart } from '../../../renderer/src/features/study/ProgressChart';

afterEach(cleanup);

const weeksFrom = (first: string, count: number): WeekProgress[] =>
  Array.from({ length: count }, (_, i) => ({
    weekStart: addDays(first, 7 * i),
    plannedMinutes: 120,
    actualMinutes: i % 2 ? 90 : 150,
  }));

const title = 'PMP exam preparation';

function weekNames(): { text: string; x: number }[] {
  const chart = screen.getByRole('img', { name: /planned and studied hours per week/ });
  return [...chart.querySelectorAll('text.week-label')].map((t) => ({
    text: t.textContent ?? '',
    x: Number(t.getAttribute('x')),
  }));
}

describe('study plan chart: week names on the time axis', () => {
  it('names the first week by its first day', () => {
    render(<ProgressChart weeks={weeksFrom('2026-11-23', 4)} title={title} locale="en-GB" />);
    expect(weekNames().map((w) => w.text)).toEqual(['23 Nov', '30 Nov', '7 Dec', '14 Dec']);
  });

  it('writes the names the way the user’s locale writes dates', () => {
    render(<ProgressChart weeks={weeksFrom('2026-11-23', 2)} title={title} locale="en-US" />);
    expect(weekNames()[0]?.text).toBe('Nov 23');
  });

  it('names only some weeks of a long plan, spaced so that no two names overlap', () => {
    render(<ProgressChart weeks={weeksFrom('2026-11-23', 30)} title={title} locale="en-GB" />);
    const names = weekNames();
    expect(names[0]?.text).toBe('23 Nov');
    expect(names.length).toBeGreaterThan(4);
    expect(names.length).toBeLessThan(30);
    // A name takes up to 48 of the chart's 640 units: each starts that far past the one before
    // and ends inside the chart.
    for (const [i, name] of names.entries()) {
      if (i > 0) expect(name.x - names[i - 1]!.x).toBeGreaterThanOrEqual(48);
      expect(name.x + 48).toBeLessThanOrEqual(640);
    }
  });

  it('keeps the chart’s name for a screen reader; the week names are hidden from it', () => {
    render(<ProgressChart weeks={weeksFrom('2026-11-23', 4)} title={title} locale="en-GB" />);
    const chart = screen.getByRole('img', {
      name: 'PMP exam preparation: planned and studied hours per week. The table below lists the numbers.',
    });
    const first = chart.querySelector('text.week-label')!;
    expect(first.textContent).toBe('23 Nov');
    expect(first.closest('[aria-hidden="true"]')?.getAttribute('aria-hidden')).toBe('true');
    // The table under the chart still gives each week in full, with its year.
    const table = screen.getByRole('table', {
      name: `${title}: plan against actual per week`,
      hidden: true,
    });
    expect(table.querySelector('tbody td')?.textContent).toBe(formatDate('2026-11-23'));
  });
});
