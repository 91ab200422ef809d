// The pace sentence of a cycle says both figures, a month and a week, at one precision (a
// tenth, always shown) and rounded the same way, up, as paceFor rounds (shared/domain/credits/
// pace.ts): never "about 91.32 CPEs a month (21 a week)", where 21 reads as rounded otherwise.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CycleEvaluation, Pace } from '../../../shared/domain/credits';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { formatDate } from '../../../renderer/src/components/format';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { paceFigure, paceText } from '../../../renderer/src/features/credentials/pace-words';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { PlatformProvider } from '../../../renderer/src/platform';
import { freshName } from '../../db/helpers';

describe('paceFigure: a tenth, shown, rounded up', () => {
  it.each<[number, string]>([
    [91.32, '91.4'],
    [21, '21.0'],
    [0.3, '0.3'],
    [0.96, '1.0'],
    [0.01, '0.1'],
    [4.17, '4.2'],
    [1234.5, '1,234.5'],
  ])('%s → %s', (n, words) => {
    expect(paceFigure(n, 'en-GB')).toBe(words);
  });
});

describe('paceText', () => {
  const running = { end: '2026-12-31', deadline: '2026-12-31', remaining: 120 } as const;
  it.each<[string, Pick<CycleEvaluation, 'unit'>, Pace, string]>([
    [
      'CISA, 120 CPEs in the 40 days to act',
      { unit: 'CPE' },
      { perMonth: 91.32, perWeek: 21 },
      'To finish on time: about 91.4 CPEs a month (21.0 a week).',
    ],
    [
      'PMP, a slow pace',
      { unit: 'PDU' },
      { perMonth: 1.39, perWeek: 0.32 },
      'To finish on time: about 1.4 PDUs a month (0.4 a week).',
    ],
    [
      'hours, one a month',
      { unit: 'hours' },
      { perMonth: 1, perWeek: 0.23 },
      'To finish on time: about 1.0 hours a month (0.3 a week).',
    ],
  ])('%s', (_name, { unit }, pace, words) => {
    expect(paceText({ ...running, unit }, pace, running.deadline)).toBe(words);
  });

  it('says the renew-by date once the cycle has ended', () => {
    const ev = { end: '2026-12-04', deadline: '2027-12-04', remaining: 50, unit: 'PDU' } as const;
    expect(paceText(ev, { perMonth: 4.17, perWeek: 0.96 }, ev.deadline)).toBe(
      `To renew by ${formatDate('2027-12-04')}, earn the 50 PDUs still missing: about 4.2 PDUs a month (1.0 a week).`,
    );
  });
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('pace-words'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

describe('a CISA page 39 days before the cycle ends, with 120 CPEs to earn', () => {
  it('gives the month and the week at one precision', { timeout: 20_000 }, async () => {
    const saved = await saveHeld(
      store,
      { credentialId: 'cisa', stage: 'earned', earnedDate: '2023-06-01', renewals: [] },
      '2026-11-22',
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={createWebPlatform('0')}>
          <UndoProvider>
            <CredentialDetail heldId={saved.value.id} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const current = await screen.findByRole('region', { name: 'Current cycle' }, { timeout: 5000 });
    const text = current.textContent ?? '';
    expect(text).toContain('39 days left');
    // 120 × 30.4375 / 40 days to act (today included) = 91.31 a month, 120 × 7 / 40 = 21 a week.
    expect(text).toContain('To finish on time: about 91.4 CPEs a month (21.0 a week).');
  });
});
