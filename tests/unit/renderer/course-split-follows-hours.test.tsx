// Learning → a course with a Talent Triangle split kept with it (from a restore or an earlier
// version; the course form has no split field): changing its contact hours was refused with
// "The areas must add up to …" and nothing on the form could put it right. The split now
// follows the hours in proportion (courseSplitFor), as a journal entry's credit entries do.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Course } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { saveCourse } from '../../../renderer/src/db/repositories/journal';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-03-10';
const course: Omit<Course, 'id'> = {
  title: 'Leading agile teams',
  provider: 'Acme',
  format: 'virtual',
  status: 'planned',
  start: '2026-04-01',
  end: null,
  contactHours: 4,
  cost: null,
  link: '',
  topic: 'agile',
  split: { waysOfWorking: 2, powerSkills: 1, businessAcumen: 1 },
  notes: '',
};
const SLOW = { timeout: 5000 };

let store: Store;
afterEach(() => {
  cleanup();
  store?.db.close();
});

describe('a course’s kept split', { timeout: 20_000 }, () => {
  it('follows its contact hours when they change, and the course saves', async () => {
    store = await openStore(freshName('course-split-follows-hours'));
    const saved = await saveCourse(store, course, { asOf });
    if (!saved.ok) throw new Error('course not saved');
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <LearningScreen rest={['courses']} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: /^Edit/ }, SLOW));
    const form = screen.getByRole('form', { name: 'Edit course' });
    fireEvent.change(within(form).getByLabelText('Contact hours'), { target: { value: '8' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull(), SLOW);
    const stored = (await store.db.table('courses').get(saved.value.id)) as Course;
    expect(stored.contactHours).toBe(8);
    expect(stored.split).toEqual({ waysOfWorking: 4, powerSkills: 2, businessAcumen: 2 });
  });
});
