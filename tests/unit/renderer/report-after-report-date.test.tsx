/**
 * The printed report as a review of the sample data found it on 6 Dec 2026, with the current
 * credential cycle (to 5 Oct 2028) chosen:
 * - "In this period: 1 course, 2 events, …" counted the PMO Forum of 27 Dec 2026 as attended;
 * - "A further 58 h 45 min is planned from 7 Dec 2026 to 5 Oct 2028 for PMI-PMOCP exam
 *   preparation." gave the cycle's end for a plan whose last sitting is in April 2027;
 * - a PRINCE2 Practitioner read "Behind: a yearly minimum was missed. Counted 622 CPDs (60
 *   required), 40 still needed.", saying neither which year nor what the 40 were.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/domain/credits';
import {
  credentialRows,
  creditLogSection,
  journalEntries,
  journalSection,
  studySection,
  type JournalRecords,
  type StudyTime,
} from '../../../shared/domain/report';
import { formatDate as day } from '../../../renderer/src/components/format';
import { CredentialsPart } from '../../../renderer/src/features/reports/CareerSections';
import {
  CreditLogPart,
  JournalPart,
  StudyPart,
} from '../../../renderer/src/features/reports/RecordSections';
import { earned } from '../domain/eligibility/fixtures';
import { activity } from '../domain/readiness/fixtures';

afterEach(cleanup);

const asOf = '2026-12-06';
const cycle = { from: '2025-10-06', to: '2028-10-05' };
const text = (el: HTMLElement) => el.textContent!.replace(/\s+/g, ' ').trim();

/** The sample's journal on 6 Dec 2026 (renderer/src/features/sample/seed-journal.ts). */
const sampleJournal: JournalRecords = {
  courses: [
    {
      id: 'course',
      title: 'PMO set-up and operations',
      start: '2026-09-06',
      end: '2026-09-10',
      notes: '',
      reflection: {
        learned: 'How to size a PMO to the portfolio it serves.',
        apply: 'Propose a lighter reporting cycle for the small projects.',
      },
    },
  ],
  events: [
    {
      id: 'past',
      name: 'Regional PMO conference',
      start: '2026-11-20',
      notes: 'Good ideas for a lighter portfolio report.',
    },
    { id: 'forum', name: 'PMO Forum', start: '2026-12-27', notes: 'Two sessions chosen.' },
  ],
  media: [{ id: 'book', title: 'The Lean PMO', date: '2026-11-16', notes: '' }],
  interactions: [
    {
      id: 'mentor',
      contactId: 'morgan',
      date: '2026-11-27',
      kind: 'mentoring-received',
      notes: 'Talked through the PMI-PMOCP study plan.',
    },
  ],
  contacts: [{ id: 'morgan', name: 'Morgan Ellis' }],
};

function showJournal(records: JournalRecords, period: { from: string; to: string }) {
  const j = journalSection(journalEntries(records), period, asOf);
  render(<JournalPart j={j} asOf={asOf} periodTo={period.to} />);
  return screen.getByRole('region', { name: 'Journal highlights and reflections' });
}

describe('the journal counts only what happened up to the report date', () => {
  it('a cycle running past the report date: the conference later this month is planned', () => {
    const part = showJournal(sampleJournal, cycle);
    expect(text(screen.getByTestId('journal-counts'))).toBe(
      `Up to the report date, ${day(asOf)}: 1 course, 1 event, 1 reading or media entry, ` +
        '1 network interaction; 1 reflection.',
    );
    expect(text(screen.getByTestId('journal-upcoming'))).toBe(
      `Planned after the report date: 1 event (PMO Forum, ${day('2026-12-27')}).`,
    );
    // Its notes are not a highlight of what was done.
    expect(part.textContent).not.toContain('Two sessions chosen.');
    expect(part.textContent).toContain('Good ideas for a lighter portfolio report.');
    expect(part.textContent).not.toMatch(/\d+ events?,.*In this period/);
  });

  it('names every kind planned, an interaction with its kind', () => {
    showJournal(
      {
        ...sampleJournal,
        courses: [
          ...sampleJournal.courses,
          { id: 'later', title: 'Agile PMO', start: '2027-01-11', end: '2027-01-15', notes: '' },
        ],
        interactions: [
          ...sampleJournal.interactions,
          { id: 'call', contactId: 'morgan', date: '2026-12-11', kind: 'call', notes: '' },
        ],
      },
      cycle,
    );
    expect(text(screen.getByTestId('journal-upcoming'))).toBe(
      `Planned after the report date: 1 course (Agile PMO, ${day('2027-01-15')}), ` +
        `1 event (PMO Forum, ${day('2026-12-27')}) and ` +
        `1 network interaction (Morgan Ellis, call, ${day('2026-12-11')}).`,
    );
  });

  it('only planned entries: none counted, and said so', () => {
    showJournal(
      {
        courses: [],
        events: [sampleJournal.events[1]!],
        media: [],
        interactions: [],
        contacts: [],
      },
      cycle,
    );
    expect(text(screen.getByTestId('journal-counts'))).toBe(
      `No journal entries up to the report date, ${day(asOf)}.`,
    );
    expect(text(screen.getByTestId('journal-upcoming'))).toBe(
      `Planned after the report date: 1 event (PMO Forum, ${day('2026-12-27')}).`,
    );
  });

  it('the last 12 months end on the report date: the words as before', () => {
    showJournal(sampleJournal, { from: '2025-12-07', to: asOf });
    expect(text(screen.getByTestId('journal-counts'))).toBe(
      'In this period: 1 course, 1 event, 1 reading or media entry, 1 network interaction; ' +
        '1 reflection.',
    );
    expect(screen.queryByTestId('journal-upcoming')).toBeNull();
  });
});

describe('planned study is said to run to its last sitting', () => {
  it('not to the end of the credential cycle', () => {
    const plans = [
      { id: 'p', title: 'PMI-PMOCP exam preparation', status: 'active' as const, hoursNeeded: 80 },
    ];
    const t = (date: string, minutes: number): StudyTime => ({ planId: 'p', date, minutes });
    // Sittings from 25 Oct 2026; after the report date, 58 h 45 min up to 2 Apr 2027.
    const blocks = [
      t('2026-10-25', 60),
      t('2026-12-05', 60),
      t('2026-12-08', 3480),
      t('2027-04-02', 45),
    ];
    const s = studySection(plans, blocks, [], cycle, asOf);
    render(<StudyPart s={s} asOf={asOf} periodTo={cycle.to} />);
    expect(text(screen.getByTestId('study-later'))).toBe(
      `A further 58 h 45 min is planned from ${day('2026-12-07')} to ${day('2027-04-02')} ` +
        'for PMI-PMOCP exam preparation.',
    );
    expect(screen.getByRole('region', { name: 'Study plan and actual' }).textContent).not.toContain(
      day(cycle.to),
    );
  });
});

describe('the credit log says how many of its activities are only planned', () => {
  it.each<[string, Activity[], string]>([
    [
      'one planned after the report date',
      [
        activity('done', '2026-11-02', { powerSkills: 4 }),
        activity('booked', '2026-12-27', { powerSkills: 2.5 }, { status: 'planned' }),
      ],
      '2 activities, 1 of them planned. Earned: 4 hours. Planned: 2.5 hours. Evidence files: 0.',
    ],
    [
      'none planned',
      [activity('done', '2026-11-02', { powerSkills: 4 })],
      '1 activity. Earned: 4 hours. Planned: 0 hours. Evidence files: 0.',
    ],
    [
      'all planned',
      [
        activity('a', '2026-12-27', { powerSkills: 1 }, { status: 'planned' }),
        activity('b', '2027-01-27', { powerSkills: 1 }, { status: 'planned' }),
      ],
      '2 activities, all planned. Earned: 0 hours. Planned: 2 hours. Evidence files: 0.',
    ],
  ])('%s', (_name, log, words) => {
    render(<CreditLogPart log={creditLogSection(log, cycle, new Map())} />);
    expect(text(screen.getByTestId('credit-log-totals'))).toBe(words);
  });
});

describe('a credential with yearly minimums says which year was missed and what is still needed', () => {
  // PRINCE2 Practitioner passed 20 Jan 2025: 20 CPD points in each of its three years, 5 of
  // them from professional experience (domain-facts §3).
  const prince2 = earned('prince2-practitioner', '2025-01-20');
  const cpd = (id: string, date: string, n: number, extra: Partial<Activity> = {}) =>
    activity(id, date, { powerSkills: n }, extra);

  it('the missed year in the past tense, then each gap still open with its dates', () => {
    const log = [
      cpd('y1', '2025-03-01', 8),
      cpd('y2', '2026-05-01', 600),
      cpd('y2-exp', '2026-06-01', 14, { type: 'work-as-practitioner', split: null }),
    ];
    render(<CredentialsPart rows={credentialRows([prince2], log, asOf)} />);
    const block = screen.getByRole('heading', { name: /^PRINCE2 Practitioner/ }).parentElement!;
    expect(text(within(block).getByText(/^Cycle 1,/))).toBe(
      `Cycle 1, ${day('2025-01-20')} to ${day('2028-01-20')}: Behind: a yearly minimum was ` +
        'missed. Counted 622 CPDs (60 required), 20 still needed, 410 days left.',
    );
    const needs = within(block).getByTestId(`cycle-needs-${prince2.credential.id}`);
    const year1 = `${day('2025-01-20')} – ${day('2026-01-19')}`;
    expect(within(needs).getAllByRole('paragraph').map(text)).toEqual([
      `The 20-CPD minimum for ${year1} was missed: 8 CPDs counted.`,
      `The 5-CPD minimum of Professional experience for ${year1} was missed: none counted.`,
      'Still needed:',
    ]);
    expect(
      within(within(needs).getByRole('list', { name: 'Still needed:' }))
        .getAllByRole('listitem')
        .map(text),
    ).toEqual([
      `20 CPDs more between ${day('2027-01-20')} and ${day('2028-01-20')}.`,
      `5 CPDs more of Professional experience between ${day('2027-01-20')} and ${day('2028-01-20')}.`,
    ]);
    // Nothing said to the report's owner: the paper may go to a manager.
    expect(block.textContent).not.toMatch(/\byou\b|\byour\b/i);
  });

  it('the current year short as well: the total and that year’s gap, with its dates', () => {
    const log = [cpd('y1', '2025-03-01', 8), cpd('y2', '2026-05-01', 2)];
    render(<CredentialsPart rows={credentialRows([prince2], log, asOf)} />);
    const needs = screen.getByTestId(`cycle-needs-${prince2.credential.id}`);
    const items = within(needs).getAllByRole('listitem').map(text);
    expect(items.slice(0, 2)).toEqual([
      '50 CPDs more in total.',
      `18 CPDs more between ${day('2026-01-20')} and ${day('2027-01-19')}.`,
    ]);
  });

  it('a PMP whose still needed is the total less what counted says nothing more', () => {
    render(<CredentialsPart rows={credentialRows([earned('pmp', '2025-10-06')], [], asOf)} />);
    expect(screen.queryByText('Still needed:')).toBeNull();
    expect(screen.queryByText(/was missed/)).toBeNull();
  });

  it('a PMP with the total met but an area short says which area', () => {
    const log = [activity('ways', '2026-03-01', { waysOfWorking: 70 })];
    const pmp = earned('pmp', '2025-10-06');
    render(<CredentialsPart rows={credentialRows([pmp], log, asOf)} />);
    expect(
      within(screen.getByRole('list', { name: 'Still needed:' }))
        .getAllByRole('listitem')
        .map(text),
    ).toEqual(['8 PDUs more in Power Skills.', '8 PDUs more in Business Acumen.']);
  });
});
