// A Credential filter remembered for the session (the log filtered by PMP) whose credential can
// no longer be chosen (the PMP deleted on the Credentials screen since) does not keep narrowing
// the list unseen while the Credential select shows "All credentials": it is ignored, as a
// remembered area is once the Area filter is no longer offered (log-area-filter.test.tsx).
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { CreditData } from '../../../renderer/src/db/credit-hooks';
import type { ActivityRow } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { LogView } from '../../../renderer/src/features/credit-log/LogView';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TODAY = '2026-12-06';
const STAMP = '2026-12-01T09:00:00.000Z';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('log-credential-filter-gone'));
});
afterEach(async () => {
  cleanup();
  store.db.close();
  await store.db.delete();
});

const holding = (credentialId: string): HeldWithRule => ({
  credential: {
    id: `held-${credentialId}`,
    credentialId,
    stage: 'earned',
    earnedDate: '2025-01-15',
  },
  rule: findCredentialRule(credentialId)!,
});

const row = (id: string, title: string, type: ActivityRow['type']): ActivityRow => ({
  id,
  title,
  type,
  date: '2026-05-01',
  amount: 4,
  unit: 'hours',
  status: 'earned',
  createdAt: STAMP,
  updatedAt: STAMP,
  ...(type === 'course-or-training'
    ? { split: { waysOfWorking: 4, powerSkills: 0, businessAcumen: 0 } }
    : {}),
});
// The second counts for no credential before its split is given: filtered by PMP, one shows.
const activities = [
  row('a1', 'Scheduling course', 'course-or-training'),
  row('a2', 'Agile webinar', 'online-or-digital-media'),
];

function showLog(withRules: HeldWithRule[]) {
  const data: CreditData = { held: [], custom: [], activities, withRules };
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <LogView data={data} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const shown = () => screen.getByText(/^Showing /).textContent;
const credentialSelect = () => screen.getByLabelText('Credential') as HTMLSelectElement;

describe('the credit log’s Credential filter', { timeout: 30_000 }, () => {
  it('filters by the credential chosen, and is remembered while it can still be chosen', () => {
    showLog([holding('pmp'), holding('cbap')]);
    fireEvent.change(credentialSelect(), { target: { value: 'held-pmp' } });
    expect(shown()).toBe('Showing 1 activity of 2.');
    cleanup();
    showLog([holding('pmp'), holding('cbap')]);
    expect(credentialSelect().value).toBe('held-pmp');
    expect(shown()).toBe('Showing 1 activity of 2.');
  });

  it.each([
    ['another credential still held', [holding('cbap')]],
    ['no credential left', []],
  ])('of a credential deleted since no longer filters (%s)', (_, left) => {
    showLog([holding('pmp'), holding('cbap')]);
    fireEvent.change(credentialSelect(), { target: { value: 'held-pmp' } });
    expect(shown()).toBe('Showing 1 activity of 2.');
    cleanup();
    // The same session, the PMP deleted on the Credentials screen: back to the log.
    showLog(left);
    expect(credentialSelect().value).toBe('');
    expect(shown()).toBe('Showing 2 activities of 2.');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });
});
