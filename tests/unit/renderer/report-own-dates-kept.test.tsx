/**
 * The own dates typed on Reports are kept while another period is looked at: coming back to
 * "Your own dates" finds them as they were left, and the report follows them again. (A review
 * found them emptied each time.)
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { reportSections, type PeriodChoice } from '../../../shared/domain/report';
import {
  ReportControls,
  type ReportOptions,
} from '../../../renderer/src/features/reports/ReportControls';

afterEach(cleanup);

/** The controls as the screen holds them; `seen` records every period they choose. */
function Harness({ seen }: { seen: PeriodChoice[] }) {
  const [options, setOptions] = useState<ReportOptions>({
    sections: new Set(reportSections),
    period: { kind: 'last-12-months' },
    pageSize: 'A4',
  });
  return (
    <ReportControls
      options={options}
      onChange={(next) => {
        seen.push(next.period);
        setOptions(next);
      }}
      cycles={[]}
      asOf="2026-12-07"
    />
  );
}

const input = (label: 'From' | 'To') => screen.getByLabelText<HTMLInputElement>(label);
const choose = (name: string | RegExp) => fireEvent.click(screen.getByRole('radio', { name }));
const type = (label: 'From' | 'To', value: string) =>
  fireEvent.change(input(label), { target: { value } });

describe('Reports: own dates', () => {
  it.each([
    ['Last 12 months', 'Last 12 months'],
    ['Current credential cycle', /^Current credential cycle/],
  ] as const)('are kept on looking at “%s” and coming back', (_name, other) => {
    const seen: PeriodChoice[] = [];
    render(<Harness seen={seen} />);
    choose('Your own dates');
    type('From', '2025-04-01');
    type('To', '2026-03-31');
    choose(other);
    expect(screen.queryByLabelText('From')).toBeNull();

    choose('Your own dates');
    expect(input('From').value).toBe('2025-04-01');
    expect(input('To').value).toBe('2026-03-31');
    // The report is made from them again at once, not from empty dates.
    expect(seen.at(-1)).toEqual({ kind: 'custom', from: '2025-04-01', to: '2026-03-31' });
  });

  it('keeps one date typed, and a date changed or cleared last', () => {
    const seen: PeriodChoice[] = [];
    render(<Harness seen={seen} />);
    choose('Your own dates');
    // Empty the first time.
    expect(input('From').value).toBe('');
    expect(input('To').value).toBe('');
    type('From', '2025-04-01');
    choose('Last 12 months');
    choose('Your own dates');
    expect(input('From').value).toBe('2025-04-01');
    expect(input('To').value).toBe('');

    type('To', '2025-12-31');
    type('From', '');
    choose('Last 12 months');
    choose('Your own dates');
    expect(input('From').value).toBe('');
    expect(input('To').value).toBe('2025-12-31');
    expect(seen.at(-1)).toEqual({ kind: 'custom', from: '', to: '2025-12-31' });
  });
});
