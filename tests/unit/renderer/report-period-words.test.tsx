/**
 * The report's period and the words around it: a cycle named for the reader, study planned
 * to date against studied to date, one sentence for an empty section, and the period's
 * problems said as a hint first, then as an error tied to the date it is about.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  resolvePeriod,
  type CreditLogSection,
  type JournalSection,
  type ReportModel,
  type StudySection,
} from '../../../shared/domain/report';
import { formatDate } from '../../../renderer/src/components/format';
import { CreditLogPart, JournalPart } from '../../../renderer/src/features/reports/RecordSections';
import {
  ReportControls,
  type CycleOption,
  type ReportOptions,
} from '../../../renderer/src/features/reports/ReportControls';
import { ReportDocument } from '../../../renderer/src/features/reports/ReportDocument';

afterEach(cleanup);

const asOf = '2026-11-22';
const OWNER = /\byou\b|\byour\b/i;

const empty: ReportModel = {
  asOf,
  name: 'Sam Rivera',
  period: { kind: 'last-12-months', from: '2025-11-23', to: asOf, heldId: null },
  summary: null,
  credentials: null,
  eligibility: null,
  goals: null,
  study: null,
  journal: null,
  creditLog: null,
  judgedOnReportDate: [],
};

const headerText = () =>
  document.querySelector('.report-header p')!.textContent!.replace(/\s+/g, ' ');

describe('the report’s heading names the cycle it covers', () => {
  it('says which credential’s cycle, and its number', () => {
    const period = {
      kind: 'cycle' as const,
      from: '2025-09-22',
      to: '2028-09-21',
      heldId: 'held-pmp',
      cycle: { acronym: 'PMP', index: 1 },
    };
    render(<ReportDocument model={{ ...empty, period }} pageSize="A4" sample={false} />);
    expect(headerText()).toBe(
      `Current credential cycle: PMP cycle 2, ${formatDate('2025-09-22')} to ` +
        `${formatDate('2028-09-21')}. Report date ${formatDate(asOf)}.`,
    );
  });
});

const study = (s: Partial<StudySection>): StudySection => ({
  lines: [
    {
      planId: 'p',
      title: 'PMP renewal',
      status: 'active',
      hoursNeeded: 80,
      plannedMinutes: 1275,
      actualMinutes: 1275,
      laterMinutes: 3525,
    },
  ],
  totals: { plannedMinutes: 1275, actualMinutes: 1275, sessions: 30, laterMinutes: 3525 },
  later: { from: '2026-11-23', to: '2028-09-21' },
  ...s,
});

describe('study: planned to date against studied to date', () => {
  it('a cycle running past the report date says what is still to come apart; a year to date does not', () => {
    const period = { kind: 'cycle' as const, from: '2025-09-22', to: '2028-09-21', heldId: 'h' };
    render(
      <ReportDocument
        model={{ ...empty, period, study: study({}) }}
        pageSize="A4"
        sample={false}
      />,
    );
    const part = screen.getByRole('region', { name: 'Study plan and actual' });
    const text = part.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain(
      `Up to the report date, ${formatDate(asOf)}: planned 21 h 15 min, studied 21 h 15 min in 30 sessions.`,
    );
    expect(text).toContain(
      `A further 58 h 45 min is planned from ${formatDate('2026-11-23')} to ${formatDate('2028-09-21')} for PMP renewal.`,
    );
    expect(text).not.toContain('Planned 80 h');
    const chart = within(part).getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      `Study planned against done up to ${formatDate(asOf)}: PMP renewal planned 21 h 15 min, ` +
        `done 21 h 15 min. A further 58 h 45 min is planned from ${formatDate('2026-11-23')} ` +
        `to ${formatDate('2028-09-21')} for PMP renewal.`,
    );
    expect(text).not.toMatch(OWNER);

    // The last 12 months end on the report date: nothing to set apart, the words as before.
    cleanup();
    render(
      <ReportDocument
        model={{
          ...empty,
          study: study({
            lines: [{ ...study({}).lines[0]!, laterMinutes: 0 }],
            totals: { plannedMinutes: 1275, actualMinutes: 1200, sessions: 1, laterMinutes: 0 },
            later: null,
          }),
        }}
        pageSize="A4"
        sample={false}
      />,
    );
    const year = screen.getByRole('region', { name: 'Study plan and actual' });
    expect(year.textContent).toContain('Planned 21 h 15 min, studied 20 h in 1 session.');
    expect(year.textContent).not.toContain('A further');
  });
});

describe('an empty section says so in one sentence', () => {
  const noLog: CreditLogSection = {
    rows: [],
    totals: {
      activities: 0,
      plannedActivities: 0,
      invalidActivities: 0,
      earnedHours: 0,
      plannedHours: 0,
      byArea: { waysOfWorking: 0, powerSkills: 0, businessAcumen: 0 },
      givingBack: 0,
      noArea: 0,
      evidenceFiles: 0,
    },
  };
  const noJournal: JournalSection = {
    highlights: [],
    counts: { course: 0, event: 0, media: 0, interaction: 0 },
    reflections: 0,
    upcoming: [],
  };

  it('credit log: no zero totals, no empty table', () => {
    render(<CreditLogPart log={noLog} />);
    const part = screen.getByRole('region', { name: 'Credit log' });
    expect(part.textContent).toBe('Credit logNo activities were logged in this period.');
    expect(within(part).queryByRole('table')).toBeNull();
  });

  it('journal: no list of zero counts', () => {
    render(<JournalPart j={noJournal} asOf={asOf} periodTo={asOf} />);
    const part = screen.getByRole('region', { name: 'Journal highlights and reflections' });
    expect(part.textContent).toBe(
      'Journal highlights and reflectionsNo journal entries in this period.',
    );
  });
});

/** The controls as the Reports screen holds them: the problem comes from resolvePeriod. */
function Controls({ cycles = [] }: { cycles?: CycleOption[] }) {
  const [options, setOptions] = useState<ReportOptions>({
    sections: new Set(['summary']),
    period: { kind: 'last-12-months' },
    pageSize: 'A4',
  });
  const windows = cycles.map((c) => ({ heldId: c.heldId, start: '2025-01-01', end: '2027-12-31' }));
  const r = resolvePeriod(options.period, asOf, windows);
  return (
    <ReportControls
      options={options}
      onChange={setOptions}
      cycles={cycles}
      problem={r.ok ? null : r.problem}
      asOf={asOf}
    />
  );
}

const describedBy = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('the period’s problems', () => {
  it('own dates: a hint before anything is typed, then an error on the date missing', () => {
    render(<Controls />);
    fireEvent.click(screen.getByRole('radio', { name: 'Your own dates' }));
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    // Nothing typed yet: what to do, not a red error, and nothing announced as one.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(describedBy(from)).toBe('Enter the From and To dates of the period to report on.');
    expect(from.getAttribute('aria-invalid')).toBeNull();
    expect(to.getAttribute('aria-invalid')).toBeNull();

    fireEvent.change(from, { target: { value: '2026-06-01' } });
    expect(screen.getByRole('alert').textContent).toBe('Enter the To date as well.');
    expect(describedBy(to)).toBe('Enter the To date as well.');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(from.getAttribute('aria-invalid')).toBeNull();

    fireEvent.change(to, { target: { value: '2026-01-01' } });
    const after = 'The first date of the range must not be after the last.';
    expect(screen.getByRole('alert').textContent).toBe(after);
    expect(describedBy(from)).toBe(after);
    expect(to.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(to, { target: { value: '2026-12-31' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(from.getAttribute('aria-describedby')).toBeNull();
    expect(to.getAttribute('aria-invalid')).toBeNull();
  });

  it('no cycle running: said as an error, tied to the option', () => {
    render(<Controls />);
    const cycle = screen.getByRole('radio', { name: 'Current credential cycle' });
    fireEvent.click(cycle);
    expect(screen.getByRole('alert').textContent).toBe(
      'No credential has a cycle running today. Choose the last 12 months or your own dates.',
    );
    expect(describedBy(cycle)).toContain('No credential has a cycle running today.');
  });

  it('one cycle to choose: its name stands beside the option', () => {
    const pmp = { heldId: 'h', label: 'PMP', name: 'Project Management Professional', index: 1 };
    render(<Controls cycles={[{ ...pmp, start: '2025-09-22', end: '2028-09-21' }]} />);
    const option = screen.getByRole('radio', { name: /^Current credential cycle/ });
    expect(option.closest('label')!.textContent).toBe('Current credential cycle (PMP cycle 2)');
  });
});
