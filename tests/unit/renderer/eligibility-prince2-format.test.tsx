// On the Eligibility screen, the PRINCE2 Practitioner card says how the PRINCE2 7 exams are
// sat (domain-facts §3): Foundation, which has no eligibility rule of its own and is one of
// the ways in to Practitioner, and Practitioner itself, each fact with the confidence tag the
// credentials' rule panel uses ("Sources agree", "Not confirmed — check"), and what the 7th
// edition changed.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { formatMonth } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { EligibilityScreen } from '../../../renderer/src/features/ladder/EligibilityScreen';
import { freshName } from '../../db/helpers';

/** fake-indexeddb and live queries take a while on a busy machine. */
const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('eligibility-prince2'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    name: 'Dana',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error('profile not saved');
});
afterEach(() => {
  cleanup();
  store?.db.close();
});

const show = () =>
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <EligibilityScreen />
      </UndoProvider>
    </StoreProvider>,
  );

/** A table's body rows as "header | cell | cell" lines, "Source" column left out. */
function rows(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      [...r.querySelectorAll('th, td')]
        .slice(0, 3)
        .map((c) => c.textContent)
        .join(' | '),
    );
}

describe('PRINCE2 7 exam formats on the Eligibility screen', TEST, () => {
  it('the Practitioner card shows both exams’ formats with how sure Ascent is', async () => {
    show();
    const card = await screen.findByRole('region', { name: /^PRINCE2 Practitioner/ }, SLOW);
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe(
      'How the exams are sat',
    );
    expect(card.textContent).toContain(
      `PRINCE2 7 exams since ${formatMonth('2023-09')}. What changed from the edition before: the themes are now called practices, people are now a part of the method in their own right and sustainability is now one of the performance targets. Sources agree`,
    );
    expect(card.textContent).toContain(
      'PRINCE2 Foundation is here too: it is one of the credentials that let you sit PRINCE2 Practitioner.',
    );
    expect(
      rows(within(card).getByRole('table', { name: 'PRINCE2 Foundation exam (PRINCE2 7)' })),
    ).toEqual([
      'Questions | 60 questions | Sources agree',
      'Time | 60 minutes | Sources agree',
      'Pass mark | 60% (36 of 60 questions) | Sources agree',
      'Books and notes | Closed book | Not confirmed — check',
    ]);
    expect(
      rows(within(card).getByRole('table', { name: 'PRINCE2 Practitioner exam (PRINCE2 7)' })),
    ).toEqual([
      'Marks | 70 marks | Sources agree',
      'Time | 150 minutes | Sources agree',
      'Pass mark | 60% (42 of 70 marks) | Sources agree',
      'Books and notes | Open book | Sources agree',
    ]);
  });

  it('says where each fact comes from, and which Foundation edition counts', async () => {
    show();
    const card = await screen.findByRole('region', { name: /^PRINCE2 Practitioner/ }, SLOW);
    const foundation = within(card).getByRole('table', {
      name: 'PRINCE2 Foundation exam (PRINCE2 7)',
    });
    expect(
      within(foundation).getAllByText('Where is this from?')[0]!.parentElement!.textContent,
    ).toBe(
      'Where is this from?Source: PeopleCert PRINCE2 7 exam formats and edition changes, as summarised by training providers. How sure: Ascent’s reading, where the body is not explicit and no source confirms it. Check with the body, and enter your own if it differs. The sources call only the Practitioner exam open book; Ascent reads Foundation as closed book.',
    );
    expect(card.textContent).toContain('PRINCE2 Foundation of the 6th or the 7th edition counts.');
  });

  it('shows no exam format on the cards of other exams', async () => {
    show();
    const pmp = await screen.findByRole('region', { name: /^PMP/ }, SLOW);
    expect(pmp.textContent).not.toContain('How the exams are sat');
    expect(screen.getAllByText('How the exams are sat')).toHaveLength(1);
  });
});
