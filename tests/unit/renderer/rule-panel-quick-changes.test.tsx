/**
 * Two changes on the rule panel within a moment of each other: the second was saved onto the
 * credential as it was before the first (the screen's live query had not yet handed back the
 * first write), and refused as "changed elsewhere". Each row now saves onto the row this
 * window last wrote; a change made in another window is still refused.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  listHeld,
  saveHeld,
  withRules,
  type HeldRow,
} from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { RulePanel } from '../../../renderer/src/features/credentials/RulePanel';
import { ruleSaveWords } from '../../../renderer/src/features/credentials/rule-number-words';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TODAY = '2019-06-01';
let store: Store;

afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

/** The panel drawn once from the row as stored: its props never follow a write (worst case). */
async function showPanelOnce(label: string): Promise<HeldRow> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2019, 5, 1, 9, 0));
  store = await openStore(freshName(label));
  const saved = await saveHeld(
    store,
    { credentialId: 'pmp', stage: 'earned', earnedDate: '2017-02-03' },
    TODAY,
  );
  if (!saved.ok) throw new Error('fixture');
  const { rule } = withRules([saved.value], [])[0]!;
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>
            <RulePanel held={saved.value} rule={rule} />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return saved.value;
}

function row(name: string) {
  const panel = screen.getByRole('region', { name: 'The rule behind the numbers' });
  return within(panel)
    .getAllByRole('listitem')
    .find((li) => li.querySelector('.rule-label')?.textContent === name)!;
}

function useMyNumber(name: string, value: string) {
  const li = row(name);
  fireEvent.change(within(li).getByLabelText(`Your number for “${name}”`), {
    target: { value },
  });
  fireEvent.click(within(li).getByRole('button', { name: 'Use my number' }));
  return li;
}

const stored = async () => (await listHeld(store))[0]!;

describe('two changes on the rule panel, one just after the other', () => {
  it('are both saved, the second onto the first', { timeout: 20_000 }, async () => {
    await showPanelOnce('rule-panel-quick');
    const total = useMyNumber('Total per cycle', '70');
    await waitFor(async () => expect((await stored()).overrides).toBeDefined(), SLOW);
    const education = useMyNumber('Education, at least', '40');
    await waitFor(async () => {
      const o = JSON.stringify((await stored()).overrides);
      expect(o).toContain('70');
      expect(o).toContain('40');
    }, SLOW);
    expect(total.textContent).not.toContain(ruleSaveWords.conflict);
    expect(education.textContent).not.toContain(ruleSaveWords.conflict);
  });

  it(
    'a change made in another window in between is still not written over',
    {
      timeout: 20_000,
    },
    async () => {
      const first = await showPanelOnce('rule-panel-elsewhere');
      useMyNumber('Total per cycle', '70');
      await waitFor(async () => expect((await stored()).overrides).toBeDefined(), SLOW);
      // Another window: the credential's earned date corrected, after this window's write.
      await new Promise((done) => setTimeout(done, 2));
      vi.setSystemTime(new Date(2019, 5, 1, 9, 5));
      const now = await stored();
      const other = await saveHeld(store, { ...now, earnedDate: '2017-02-04' }, TODAY, now);
      expect(other.ok).toBe(true);
      const education = useMyNumber('Education, at least', '40');
      await waitFor(() => expect(education.textContent).toContain(ruleSaveWords.conflict), SLOW);
      const after = await stored();
      expect(after.earnedDate).toBe('2017-02-04');
      expect(JSON.stringify(after.overrides)).not.toContain('40');
      expect(first.earnedDate).toBe('2017-02-03');
    },
  );
});
