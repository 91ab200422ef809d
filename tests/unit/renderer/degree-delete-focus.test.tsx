// Ladder → Education: deleting a degree hands the focus on, as every other delete does (roles,
// contacts): to the next degree's Delete button (the one before on the last row), and with no
// degree left, to the Degrees heading, from where the next Tab reaches "Add a degree". Never
// to the page itself, where the next Tab would start again from the top. Undo puts the focus
// back on the restored degree's Delete button.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EducationLevel } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listDegrees, saveDegree } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { EducationScreen } from '../../../renderer/src/features/experience/EducationScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };
const TEST = { timeout: 20_000 };
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('degree-delete-focus'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function degree(level: EducationLevel, institution: string) {
  const saved = await saveDegree(
    store,
    { level, field: '', institution, year: 2015, gacAccredited: false },
    asOf,
  );
  if (!saved.ok) throw new Error('degree not saved');
}

function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>
            <EducationScreen />
          </main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** What has the focus, in words. */
function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(the page)';
  return `${el.tagName.toLowerCase()}: ${el.textContent?.trim()}`;
}

/** Presses a row's Delete button the way a keyboard user does: focus, then press. */
async function pressDelete(institution: string) {
  const row = await screen.findByRole('row', { name: new RegExp(institution) }, SLOW);
  const button = within(row).getByRole('button', { name: /^Delete/ });
  button.focus();
  fireEvent.click(button);
}

describe('deleting a degree', TEST, () => {
  it('the only one: focus goes to the Degrees heading; Undo brings the focus back to its row', async () => {
    await degree('bachelor', 'State University');
    show();
    await pressDelete('State University');
    await screen.findByText('No degrees logged.', undefined, SLOW);
    await waitFor(() => expect(focused()).toBe('h2: Degrees'), SLOW);
    expect(await listDegrees(store)).toEqual([]);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    await screen.findByRole('row', { name: /State University/ }, SLOW);
    await waitFor(
      () => expect(focused()).toBe('button: Delete Bachelor’s degree (four-year)'),
      SLOW,
    );
  });

  it('one of two: focus goes to the other degree’s Delete button', async () => {
    await degree('bachelor', 'State University');
    await degree('master', 'City Business School');
    show();
    await screen.findByRole('row', { name: /City Business School/ }, SLOW);
    const rows = screen.getAllByRole('row').map((r) => r.textContent ?? '');
    const first = rows.find((t) => /State University|City Business School/.test(t))!;
    const [gone, left] = first.includes('State University')
      ? ['State University', 'Delete Master’s degree or MBA']
      : ['City Business School', 'Delete Bachelor’s degree (four-year)'];
    await pressDelete(gone);
    await waitFor(
      () => expect(screen.queryByRole('row', { name: new RegExp(gone) })).toBeNull(),
      SLOW,
    );
    await waitFor(() => expect(focused()).toBe(`button: ${left}`), SLOW);
  });
});
