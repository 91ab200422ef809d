// A CAPM earned before 1 Oct 2020 (domain-facts §1 gives CAPM's rule only from that day): its
// card says to check which rule applies and where to change the numbers.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import { formatDate } from '../../../renderer/src/components/format';
import { RuleAppliesNotice } from '../../../renderer/src/features/credentials/RuleAppliesNotice';

afterEach(cleanup);

const capm = findCredentialRule('capm')!;
const credential = (earnedDate: string) => ({
  id: 'h-capm',
  credentialId: 'capm',
  stage: 'earned' as const,
  earnedDate,
});

describe('the CAPM rule notice', () => {
  it('is shown for a CAPM earned 12 Mar 2018, saying what to do', () => {
    render(<RuleAppliesNotice credential={credential('2018-03-12')} rule={capm} />);
    expect(screen.getByRole('note', { name: 'CAPM rule' }).textContent).toBe(
      `The CAPM rule Ascent uses applies to certificates from ${formatDate('2020-10-01')}. ` +
        `Yours is from ${formatDate('2018-03-12')}: check with PMI which rule applies to it, and ` +
        'change the numbers under “Why this number?” on its page if they differ.',
    );
  });

  it('is not shown for a CAPM earned on 1 Oct 2020', () => {
    render(<RuleAppliesNotice credential={credential('2020-10-01')} rule={capm} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});
