// The Learning screen's courses and reading, latest first: two finished on one day are listed
// the one logged later first (as interactions are), not in the order of their stored ids, a
// random string, so a new entry landed above or below its neighbour by chance. Here the ids are
// chosen against the logging order, so the old order shows. Today is 22 Nov 2026.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Course, MediaEntry } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { saveCourse, saveMedia } from '../../../renderer/src/db/repositories/journal';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 10_000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  store = await openStore(freshName('learning-same-day-order'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

/** Logged at `hour` on 22 Nov 2026. */
const at = (hour: number) => vi.setSystemTime(new Date(2026, 10, 22, hour, 0));

function show(tab: string) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <LearningScreen rest={[tab]} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

async function rowTitles(caption: string): Promise<string[]> {
  const table = await screen.findByRole('table', { name: caption }, SLOW);
  return within(table)
    .getAllByRole('rowheader')
    .map((h) => h.textContent ?? '');
}

const book = (id: string, title: string, date: string): MediaEntry => ({
  id,
  kind: 'reading',
  title,
  author: '',
  date,
  hours: 2,
  area: 'waysOfWorking',
  link: '',
  notes: '',
});

const course = (id: string, title: string, end: string | null): Course => ({
  id,
  title,
  provider: '',
  format: 'virtual',
  status: end ? 'completed' : 'planned',
  start: end,
  end,
  contactHours: 7,
  cost: null,
  link: '',
  topic: 'general',
  split: null,
  notes: '',
});

describe('learning entries of one day', () => {
  it('reading: the one logged later first, the later day before both', async () => {
    at(9);
    await saveMedia(store, book('a', 'Logged first', '2026-11-20'), { asOf });
    at(10);
    await saveMedia(store, book('z', 'Logged second', '2026-11-20'), { asOf });
    at(11);
    await saveMedia(store, book('m', 'Finished later', '2026-11-21'), { asOf });
    show('reading');
    expect(await rowTitles('Your reading and listening')).toEqual([
      'Finished later',
      'Logged second',
      'Logged first',
    ]);
  });

  it('courses: the one logged later first; a course with no dates yet last', async () => {
    at(9);
    await saveCourse(store, course('a', 'Logged first', '2026-11-20'), { asOf });
    at(10);
    await saveCourse(store, course('z', 'Logged second', '2026-11-20'), { asOf });
    at(11);
    await saveCourse(store, course('b', 'No dates yet', null), { asOf });
    show('courses');
    expect(await rowTitles('Your courses')).toEqual([
      'Logged second',
      'Logged first',
      'No dates yet',
    ]);
  });
});
