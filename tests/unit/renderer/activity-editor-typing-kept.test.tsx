// What a person types in the activity editor is never lost to the screen drawing itself again:
// not when the credit log is read again with the same activities (a re-read gives new copies
// of every row), not when a change made in another window reaches a form at the very moment
// a key does, and the form's own save is never taken for a change made in another window.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  getActivity,
  saveActivity,
  type ActivityRow,
} from '../../../renderer/src/db/repositories/activities';
import { useCreditData } from '../../../renderer/src/db/credit-hooks';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { REFRESHED_TEXT } from '../../../renderer/src/features/credit-log/ActivityEditor';
import { CreditLogScreen } from '../../../renderer/src/features/credit-log/CreditLogScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TEST = { timeout: 30_000 };
const TODAY = '2026-11-22';
const CHANGED_ELSEWHERE = /changed in another window/;

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  // jsdom has no CSS.escape; the form finds a field by its name with it (plain names here).
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('activity-editor-typing'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await store.db.delete();
});

const course = (title: string, date: string) => ({
  date,
  title,
  provider: 'Mentor',
  type: 'informal-learning' as const,
  amount: 1.5,
  unit: 'hours' as const,
  split: { waysOfWorking: 0, powerSkills: 1.5, businessAcumen: 0 },
  status: 'earned' as const,
});

async function stored(title: string, date = '2026-11-16'): Promise<ActivityRow> {
  const saved = await saveActivity(store, course(title, date), TODAY);
  if (!saved.ok) throw new Error(`${title} was not saved`);
  return saved.value as ActivityRow;
}

const providers = (children: React.ReactNode) => (
  <StoreProvider store={store}>
    <PlatformProvider platform={fakePlatform(null)}>
      <UndoProvider>{children}</UndoProvider>
    </PlatformProvider>
  </StoreProvider>
);

/** `count` activities of 2020, written straight to the table (as a restore or an import does). */
const olderRows = (count: number): ActivityRow[] =>
  Array.from({ length: count }, (_, i) => ({
    ...course(`Older reading ${i + 1}`, '2020-03-01'),
    id: `older-${i + 1}`,
    createdAt: '2026-11-22T09:00:00.000Z',
    updatedAt: '2026-11-22T09:00:00.000Z',
  }));

/** Each version of the edited activity the credit log's live data has held, in order. */
let seen: (ActivityRow | undefined)[] = [];

function Seen({ id }: { id: string }) {
  const row = useCreditData()?.activities.find((a) => a.id === id);
  if (row && row !== seen.at(-1)) seen.push(row);
  return null;
}

/** The credit log's screen on one activity's editor, reading the store as the app does. */
async function openFromLog(id: string) {
  seen = [];
  render(
    providers(
      <>
        <CreditLogScreen rest={[id]} />
        <Seen id={id} />
      </>,
    ),
  );
  const form = await screen.findByRole('form', { name: 'Edit activity' }, { timeout: 10_000 });
  return { form, title: within(form).getByLabelText('Title') as HTMLInputElement };
}

describe('the activity editor keeps what was typed', () => {
  it(
    'when the credit log is read again with the same activities, every row a new copy',
    TEST,
    async () => {
      const row = await stored('Coaching conversation on stakeholder mapping');
      const { form, title } = await openFromLog(row.id);
      title.focus();
      fireEvent.change(title, { target: { value: 'Coaching, renamed at once' } });

      // 50 rows written at once: the log reads the whole table again, the edited row included.
      const before = seen.at(-1);
      await act(async () => {
        await store.db.table('activities').bulkPut(olderRows(50));
      });
      await waitFor(() => expect(seen.at(-1)).not.toBe(before));
      expect(seen.at(-1)).toEqual(before);

      const now = within(form).getByLabelText('Title') as HTMLInputElement;
      expect(now.value).toBe('Coaching, renamed at once');
      expect(now).toBe(title);
      expect(document.activeElement).toBe(title);
      expect(screen.queryByText(CHANGED_ELSEWHERE)).toBeNull();
    },
  );

  it(
    'and the form nobody typed in stays as it is, not started again, when nothing changed',
    TEST,
    async () => {
      const row = await stored('Coaching conversation on stakeholder mapping');
      const { form, title } = await openFromLog(row.id);
      title.focus();
      const before = seen.at(-1);
      await act(async () => {
        await store.db.table('activities').bulkPut(olderRows(50));
      });
      await waitFor(() => expect(seen.at(-1)).not.toBe(before));
      expect(within(form).getByLabelText('Title')).toBe(title);
      expect(document.activeElement).toBe(title);
      expect(screen.queryByText(CHANGED_ELSEWHERE)).toBeNull();
    },
  );

  it(
    'after its own save: the form never says the activity was changed in another window',
    TEST,
    async () => {
      const row = await stored('Coaching conversation on stakeholder mapping');
      const { form, title } = await openFromLog(row.id);
      fireEvent.change(title, { target: { value: 'Coaching, renamed' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
      // The notice the log shows on the way back: the save is done.
      await screen.findByText('Saved your changes to “Coaching, renamed”.', undefined, {
        timeout: 10_000,
      });
      await act(async () => {});
      expect((await getActivity(store, row.id))?.title).toBe('Coaching, renamed');
      // Still on screen here (no router moves away in this test): as the app shows it until
      // the log replaces it.
      expect(screen.queryByText(CHANGED_ELSEWHERE)).toBeNull();
      expect(screen.queryByRole('alert')).toBeNull();
    },
  );
});

/** Resolves once `check` holds, looking every few milliseconds (outside act: real timing). */
async function until(check: () => boolean, ms = 10_000) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('a change made in another window, reaching a form nobody had typed in', () => {
  it(
    'just as a key is pressed: the key is kept, in the form that shows the change',
    TEST,
    async () => {
      const row = await stored('Governance course');
      const { title } = await openFromLog(row.id);
      title.focus();
      const typed = 'Governance course (typed here)';
      // Real timing from here: what the screen draws, and when, as in the app.
      const g = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
      const actEnvironment = g.IS_REACT_ACT_ENVIRONMENT;
      g.IS_REACT_ACT_ENVIRONMENT = false;
      try {
        // The first thing after the screen has drawn the change is a key in the Title field.
        const keyAfterDrawing = new MutationObserver(() => {
          const said = document.body.textContent ?? '';
          if (!/changed in another window/.test(said)) return;
          keyAfterDrawing.disconnect();
          const field = document.querySelector<HTMLInputElement>('input[name="title"]')!;
          fireEvent.change(field, { target: { value: typed } });
        });
        keyAfterDrawing.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
        });
        // Another window changes its provider.
        await store.db
          .table('activities')
          .put({ ...row, provider: 'Other provider', updatedAt: '2026-11-22T09:30:00.000Z' });
        const field = (name: string) =>
          document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
        await until(() => field('provider').value === 'Other provider');
        await new Promise((r) => setTimeout(r, 50));

        expect(field('title').value).toBe(typed);
        expect(document.activeElement).toBe(field('title'));
        expect(document.querySelector('p.cl-refreshed')?.textContent).toBe(REFRESHED_TEXT);
      } finally {
        g.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
      }
    },
  );
});
