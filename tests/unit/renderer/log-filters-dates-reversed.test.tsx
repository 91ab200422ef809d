// The credit log's date range with From after To: it can never match, so the filters say so
// under To and offer to swap the dates (datesReversed, swapDates in log-view.ts).
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { noLogFilter, type LogFilter } from '../../../shared/domain/claims';
import { LogFilters } from '../../../renderer/src/features/credit-log/LogFilters';
import { formatDate } from '../../../renderer/src/components/format';

afterEach(cleanup);

function Filters({ start }: { start: LogFilter }) {
  const [filter, setFilter] = useState(start);
  return <LogFilters filter={filter} onChange={setFilter} earned={[]} />;
}

const reversed: LogFilter = { ...noLogFilter, from: '2026-12-01', to: '2026-01-01' };

describe('LogFilters: From after To', () => {
  it('says under To that From is after it, naming both dates', () => {
    render(<Filters start={reversed} />);
    const to = screen.getByLabelText('To');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    const said = document.getElementById(to.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(said).toBe(
      `From (${formatDate('2026-12-01')}) is after To (${formatDate('2026-01-01')}), so no activity can match. Swap the dates, or change one of them.`,
    );
  });

  it('"Swap the dates" exchanges From and To, and the message goes', () => {
    render(<Filters start={reversed} />);
    const swap = screen.getByRole('button', { name: 'Swap the dates' });
    swap.focus();
    expect(document.activeElement?.textContent).toBe('Swap the dates');
    fireEvent.click(swap);
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-01-01');
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('2026-12-01');
    expect(screen.getByLabelText('To').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Swap the dates' })).toBeNull();
  });

  it.each([
    ['the same day', '2026-03-01', '2026-03-01'],
    ['From before To', '2026-01-01', '2026-12-01'],
    ['only From', '2026-12-01', null],
  ] as const)('%s: nothing said, no swap offered', (_name, from, to) => {
    render(<Filters start={{ ...noLogFilter, from, to }} />);
    expect(screen.getByLabelText('To').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Swap the dates' })).toBeNull();
  });
});
