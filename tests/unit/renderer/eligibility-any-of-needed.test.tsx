// On the Eligibility screen, a "One of these" row's Needed column says what each option needs
// (domain-facts §2: PMP asks for 35 hours of PM education or a CAPM; PgMP for 48 months of
// project management or a PMP), in the words each condition uses on its own row.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
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
  store = await openStore(freshName('eligibility-any-of'));
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

/** The Needed cell of every "One of these" row in an exam's card. */
async function anyOfNeeded(exam: RegExp): Promise<string[]> {
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <EligibilityScreen />
      </UndoProvider>
    </StoreProvider>,
  );
  const card = await screen.findByRole('region', { name: exam }, SLOW);
  return within(card)
    .getAllByRole('rowheader', { name: 'One of these' })
    .map((th) => th.closest('tr')!.querySelectorAll('td')[1]!.textContent ?? '');
}

describe('"One of these" says what each option needs', TEST, () => {
  it('PMP: 35 contact hours or CAPM held', async () => {
    const needed = await anyOfNeeded(/^PMP\b/);
    expect(needed.length).toBeGreaterThan(0);
    for (const n of needed)
      expect(n).toBe('35 contact hours (General project management), or CAPM held');
  });

  it('PgMP: 48 months of experience leading projects in the last 15 years, or PMP held', async () => {
    const needed = await anyOfNeeded(/^PgMP\b/);
    expect(needed.length).toBeGreaterThan(0);
    for (const n of needed)
      expect(n).toBe('48 months of experience leading projects in the last 15 years, or PMP held');
  });
});
