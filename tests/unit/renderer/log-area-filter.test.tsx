// The credit log's Area filter is PMI's Talent Triangle, as its area columns are: it is
// offered only where those columns are shown (a PMI credential held, splitApplies). Without
// one it is not there, and an area chosen before (remembered for the session) does not keep
// narrowing the list where nobody can see or clear it.
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
import { freshName } from '../../db/helpers';

const TODAY = '2026-12-06';
const STAMP = '2026-12-01T09:00:00.000Z';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('log-area-filter'));
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
const activities = [
  row('a1', 'Scheduling course', 'course-or-training'),
  row('a2', 'Chapter volunteering', 'volunteer'),
];

function showLog(withRules: HeldWithRule[]) {
  const data: CreditData = { held: [], custom: [], activities, withRules };
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <LogView data={data} today={TODAY} />
      </UndoProvider>
    </StoreProvider>,
  );
}

const shown = () => screen.getByText(/^Showing /).textContent;

describe('the credit log’s Area filter', () => {
  it('is offered with a PMI credential, and filters by area', () => {
    showLog([holding('pmp')]);
    fireEvent.change(screen.getByLabelText('Area'), { target: { value: 'givingBack' } });
    expect(shown()).toBe('Showing 1 activity of 2.');
    expect(screen.getByRole('link', { name: 'Chapter volunteering' }).textContent).toBe(
      'Chapter volunteering',
    );
  });

  it('is not offered without one, and an area chosen before no longer filters', () => {
    showLog([holding('pmp')]);
    fireEvent.change(screen.getByLabelText('Area'), { target: { value: 'givingBack' } });
    expect(shown()).toBe('Showing 1 activity of 2.');
    cleanup();
    // The same session, the PMP gone: the remembered area cannot be seen, so it must not count.
    showLog([holding('cbap'), holding('csm')]);
    expect(screen.queryByLabelText('Area')).toBeNull();
    expect(shown()).toBe('Showing 2 activities of 2.');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });
});
