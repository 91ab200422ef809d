// The credit log opened on a past cycle ("Open in the credit log" on a credential's page, for a
// cycle before the one in force) lists that cycle's activities, but the bar above them spoke of
// the cycle in force ("PMP, cycle 2 …: 5 PDUs counted of 60", beside rows totalling 10), and
// "Export cycle as CSV" saved the cycle in force, not the one on the screen. The bar and its
// export are now the cycle the log is limited to; a note about one export is not left beside
// another credential's.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import { cycleLogQuery } from '../../../shared/domain/claims';
import { cyclesFor, type HeldWithRule } from '../../../shared/domain/credentials';
import type { Platform, SaveRequest } from '../../../shared/platform';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { CreditData } from '../../../renderer/src/db/credit-hooks';
import type { ActivityRow } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { LogView } from '../../../renderer/src/features/credit-log/LogView';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TODAY = '2024-06-01';
const STAMP = '2024-05-01T09:00:00.000Z';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('log-past-cycle-bar'));
});
afterEach(async () => {
  cleanup();
  store.db.close();
  await store.db.delete();
});

// PMP passed 10 Jan 2020, renewed on 5 Jan 2023: cycle 2 from 10 Jan 2023 (domain-facts §1).
const held = (credentialId: string, earnedDate: string, renewals = [] as { date: string }[]) =>
  ({
    credential: { id: `held-${credentialId}`, credentialId, stage: 'earned', earnedDate, renewals },
    rule: findCredentialRule(credentialId)!,
  }) as HeldWithRule;
const pmp = held('pmp', '2020-01-10', [{ date: '2023-01-05' }]);
const capm = held('capm', '2023-06-01');

const course = (id: string, date: string, hours: number): ActivityRow => ({
  id,
  title: id,
  type: 'course-or-training',
  date,
  amount: hours,
  unit: 'hours',
  status: 'earned',
  split: { waysOfWorking: 0, powerSkills: hours, businessAcumen: 0 },
  createdAt: STAMP,
  updatedAt: STAMP,
});
const activities = [
  course('Scheduling course', '2021-05-01', 6),
  course('Risk course', '2022-05-01', 4),
  course('Agile course', '2024-03-01', 5),
];

function openLog(query: string) {
  const saved: SaveRequest[] = [];
  const platform: Platform = {
    ...fakePlatform(null),
    saveFile: async (req) => {
      saved.push(req);
      return { saved: true, fileName: req.suggestedName };
    },
  };
  window.location.hash = `#/credit-log?${query}`;
  const data: CreditData = { held: [], custom: [], activities, withRules: [pmp, capm] };
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <UndoProvider>
          <LogView data={data} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return saved;
}

const firstCycle = cyclesFor(pmp.credential, pmp.rule, TODAY)[0]!;

describe('the credit log limited to a past cycle', { timeout: 30_000 }, () => {
  it('says that cycle’s figures above its rows, not the cycle in force’s', () => {
    openLog(cycleLogQuery('held-pmp', firstCycle));
    expect(screen.getByText(/^Showing /).textContent).toBe('Showing 2 activities of 3.');
    const bar = screen.getByRole('region', { name: /^PMP / });
    expect(bar.textContent).toContain('cycle 1 (');
    expect(bar.textContent).toContain('10 PDUs counted of 60');
    // Named for the cycle it shows, not "current".
    expect(bar.getAttribute('aria-label')).toBe('PMP cycle 1');
  });

  it('exports that cycle’s claim CSV', async () => {
    const saved = openLog(cycleLogQuery('held-pmp', firstCycle));
    const bar = screen.getByRole('region', { name: /^PMP / });
    fireEvent.click(within(bar).getByRole('button', { name: 'Export cycle as CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.suggestedName).toBe('PMP-cycle-2020-01-10-to-2023-01-09.csv');
    const content = String(saved[0]!.content);
    expect(content).toContain('Scheduling course');
    expect(content).toContain('Risk course');
    expect(content).not.toContain('Agile course');
  });

  it('a range the cycle in force holds, or none, still shows the cycle in force', () => {
    openLog('credential=held-pmp&from=2024-01-01&to=2024-05-31');
    const bar = screen.getByRole('region', { name: 'PMP current cycle' });
    expect(bar.textContent).toContain('cycle 2 (');
    expect(bar.textContent).toContain('5 PDUs counted of 60');
  });

  it('what the export said about one credential’s file is not left beside another’s', async () => {
    openLog('credential=held-pmp');
    fireEvent.click(screen.getByRole('button', { name: 'Export cycle as CSV' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'PMP current cycle' }).textContent).toContain(
        'Saved PMP-cycle-',
      ),
    );
    fireEvent.change(screen.getByLabelText('Credential'), { target: { value: 'held-capm' } });
    const bar = screen.getByRole('region', { name: 'CAPM current cycle' });
    expect(bar.textContent).not.toContain('Saved');
  });
});
