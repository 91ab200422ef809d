/**
 * A second press of a study form's save while the first is still being written (a double
 * click) writes nothing more: one plan with one set of blocks, one session.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { weekdays } from '../../../shared/domain/profile/profile';
import type { PlanDraft } from '../../../shared/domain/study';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { PlanForm } from '../../../renderer/src/features/study/PlanForm';
import { SessionForm } from '../../../renderer/src/features/study/SessionForm';
import { freshName } from '../../db/helpers';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('study-double-save'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  await store.db.delete();
});

const week = { mon: 1, tue: 1, wed: 1, thu: 1, fri: 1, sat: 2, sun: 0 };
const draft: PlanDraft = {
  title: 'PMP exam',
  target: 'exam:h1',
  hoursNeeded: '20',
  start: '2030-01-07',
  deadline: '2030-06-01',
  sessionMinutes: '60',
  bufferDays: '2',
  dayStart: '18:00',
  override: Object.fromEntries(weekdays.map((d) => [d, ''])) as PlanDraft['override'],
  blackouts: '',
};

/** Lets the writes started by the presses finish. */
const settle = () => act(() => new Promise((r) => setTimeout(r, 200)));

describe('study forms pressed twice', () => {
  it('Create plan pressed twice creates one plan and lays its blocks once', async () => {
    let done = 0;
    render(
      <StoreProvider store={store}>
        <PlanForm
          initial={draft}
          targets={[
            { value: 'exam:h1', label: 'PMP exam', title: 'PMP exam', deadline: '2030-06-01' },
          ]}
          week={week}
          onDone={() => done++}
        />
      </StoreProvider>,
    );
    const create = screen.getByRole('button', { name: 'Create plan' });
    fireEvent.click(create);
    fireEvent.click(create);
    await settle();
    expect(await store.db.table('studyPlans').count()).toBe(1);
    expect(await store.db.table('studyBlocks').count()).toBe(20);
    expect(done).toBe(1);
  });

  it('Log session pressed twice logs one session', async () => {
    render(
      <StoreProvider store={store}>
        <SessionForm plans={[]} />
      </StoreProvider>,
    );
    fireEvent.change(screen.getByLabelText('Minutes studied'), { target: { value: '45' } });
    const log = screen.getByRole('button', { name: 'Log session' });
    fireEvent.click(log);
    fireEvent.click(log);
    await settle();
    expect(await store.db.table('studySessions').count()).toBe(1);
    expect(screen.queryByText('Logged 45 min of study.')).not.toBeNull();
    // The form is ready for the next session once the first is saved.
    fireEvent.change(screen.getByLabelText('Minutes studied'), { target: { value: '30' } });
    fireEvent.click(log);
    await settle();
    expect(await store.db.table('studySessions').count()).toBe(2);
  });
});
