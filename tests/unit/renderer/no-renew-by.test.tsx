/**
 * A PRINCE2 Foundation certificate from before 2023 has no renew-by date (domain-facts §3,
 * §5.4; README Decisions): the report, the credit log's credential bar and "Why this number?"
 * say so, instead of "No cycle is running" or "not current since 2018".
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import { credentialRows } from '../../../shared/domain/report';
import { formatDate } from '../../../renderer/src/components/format';
import { CredentialCard } from '../../../renderer/src/features/credentials/CredentialCard';
import { RenewByFromRow } from '../../../renderer/src/features/credentials/RenewByFromRow';
import { CredentialBar } from '../../../renderer/src/features/credit-log/CredentialBar';
import { CredentialsPart } from '../../../renderer/src/features/reports/CareerSections';
import { earned } from '../domain/eligibility/fixtures';

afterEach(cleanup);

const AS_OF = '2026-11-22';
const JAN_2023 = formatDate('2023-01-01');
const text = (el: HTMLElement) => el.textContent?.replace(/\s+/g, ' ').trim();

describe('a PRINCE2 Foundation certificate from before 2023', () => {
  it('the report says it has no renew-by date, and the card shows it held', () => {
    const rows = credentialRows([earned('prince2-foundation', '2015-06-01')], [], AS_OF);
    expect(rows[0]).toMatchObject({ status: 'active', cycle: null, noRenewByBefore: '2023-01-01' });
    render(<CredentialsPart rows={rows} />);
    expect(screen.getByRole('heading', { name: /PRINCE2 Foundation: Active/ })).toBeDefined();
    expect(screen.getByText(/^No renew-by date:/).textContent).toBe(
      `No renew-by date: this PRINCE2 Foundation certificate comes from an exam before ${JAN_2023}, ` +
        'when PeopleCert began giving certificates one. No continuing education is needed for it ' +
        'until a later exam in the suite.',
    );
    expect(screen.queryByText('No cycle is running for this credential.')).toBeNull();
  });

  it('from 2023 on, the report shows its cycle, not the sentence', () => {
    const rows = credentialRows([earned('prince2-foundation', '2024-06-01')], [], AS_OF);
    expect(rows[0]?.noRenewByBefore).toBeNull();
    render(<CredentialsPart rows={rows} />);
    expect(screen.queryByText(/No renew-by date/)).toBeNull();
    expect(screen.getByText(/^Cycle 1,/).textContent).toContain(formatDate('2027-06-01'));
  });

  it('the credit log’s bar says why there is no cycle', () => {
    const held = earned('prince2-foundation', '2015-06-01');
    render(<CredentialBar held={held} evaluation={null} activities={[]} noRenewBy="2023-01-01" />);
    expect(text(screen.getByRole('region', { name: 'PRINCE2 Foundation current cycle' }))).toBe(
      `PRINCE2 Foundation has no cycle in progress. No renew-by date: you passed PRINCE2 ` +
        `Foundation before ${JAN_2023}, when PeopleCert began giving certificates one, so no ` +
        'continuing education is needed for it. Passing another exam in the suite gives it a ' +
        'renew-by date 3 years after that exam; if you sit this one again, enter that exam’s ' +
        'day as the date you earned it.',
    );
  });

  it('“Why this number?” shows the day, its source and what other sources say', () => {
    const { container } = render(
      <ul>
        <RenewByFromRow rule={findCredentialRule('prince2-foundation')!} />
      </ul>,
    );
    const row = container.querySelector<HTMLElement>('li.rule-row')!;
    expect(row.querySelector('summary')?.textContent).toBe('Why this date?');
    expect(row.querySelector('.rule-label')?.textContent).toBe(
      'Certificates have a renew-by date from exams on',
    );
    expect(row.querySelector('.rule-value')?.textContent).toBe(JAN_2023);
    expect(row.querySelector('.confidence')?.textContent).toBe('Sources disagree — check');
    expect(text(row)).toContain(
      'Many training sites: a PRINCE2 Foundation certificate never expires',
    );
    expect(text(row)).toContain('Chosen because: PeopleCert gives a renew-by date');
  });

  it('no such row for Practitioner, whose certificates always had a renew-by date', () => {
    const { container } = render(
      <ul>
        <RenewByFromRow rule={findCredentialRule('prince2-practitioner')!} />
      </ul>,
    );
    expect(container.querySelectorAll('li')).toHaveLength(0);
  });

  it('a card without its evaluation yet says it only when no later suite exam gave one', () => {
    const foundation = earned('prince2-foundation', '2015-06-01');
    const agile = earned('prince2-agile', '2024-04-10');
    const { container, unmount } = render(
      <CredentialCard
        held={foundation}
        status="active"
        evaluation={null}
        alsoHeld={[foundation]}
      />,
    );
    expect(container.textContent).toContain('No renew-by date: you passed PRINCE2 Foundation');
    unmount();
    // PRINCE2 Agile from 2024 gave it a renew-by date: the card must not say it has none.
    const later = render(
      <CredentialCard
        held={foundation}
        status="active"
        evaluation={null}
        alsoHeld={[foundation, agile]}
      />,
    );
    expect(later.container.textContent).not.toContain('No renew-by date');
  });
});
