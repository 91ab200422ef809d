// A course marked "Completed" whose end date is still to come is refused, and the message says
// what to do: the course is not completed yet, so it is "In progress" (or "Enrolled") until that
// day. Before, it said "Use the day it really happened" of a day that has not happened, with no
// word of the status that was the thing to change. Nothing is saved; what was typed stays.
// Today is 22 Nov 2026.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { listCourses } from '../../../renderer/src/db/repositories/journal';
import { CourseForm } from '../../../renderer/src/features/learning/CourseForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };
const WORDS =
  'A completed course has ended by today. Enter the day you completed it, or choose “In progress” until then.';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('course-completed-later'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

describe('a completed course ending after today', { timeout: 30_000 }, () => {
  it('is refused, saying to choose “In progress” until then', async () => {
    let saved = 0;
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <CourseForm course={null} held={[]} onSaved={() => saved++} onCancel={() => {}} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const form = screen.getByRole('form', { name: 'Add a course' });
    const type = (label: string, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    type('Course title', 'PMP exam prep');
    type('Status', 'completed');
    type('Contact hours', '35');
    type('End date', '2026-11-23');
    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));

    await waitFor(() => expect(within(form).getAllByText(WORDS).length).toBeGreaterThan(0), SLOW);
    expect(saved).toBe(0);
    expect(await listCourses(store)).toHaveLength(0);
    expect(within(form).getByLabelText<HTMLInputElement>('End date').value).toBe('2026-11-23');

    // Today itself is a completion day.
    type('End date', '2026-11-22');
    fireEvent.click(within(form).getByRole('button', { name: 'Save course' }));
    await waitFor(() => expect(saved).toBe(1), SLOW);
  });
});
