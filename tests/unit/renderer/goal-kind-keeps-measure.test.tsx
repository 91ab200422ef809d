// Goals → Add a goal: changing the kind keeps the measure, and what was chosen for it, while
// the new kind takes that measure (measuresForKind; a custom goal takes any). Turning "Earn
// PgMP" into a custom goal once reset it to "Months of experience: Leading projects".
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { GoalsScreen } from '../../../renderer/src/features/goals/GoalsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('goal-kind-measure'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function openForm() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <GoalsScreen />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Add a goal' }, SLOW));
  return screen.getByRole('form', { name: 'Add a goal' });
}

const field = (form: HTMLElement, label: string) =>
  within(form).getByLabelText<HTMLInputElement | HTMLSelectElement>(label);
const pick = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(field(form, label), { target: { value } });
/** The measure, its choice (labelled by what is chosen) and the target number shown. */
const shown = (form: HTMLElement, which: string) => ({
  measure: field(form, 'Measured by').value,
  which: field(form, which).value,
  target: field(form, 'Target number').value,
});

describe('changing the kind of a goal', { timeout: 20_000 }, () => {
  it('to Custom keeps the credential chosen and its target', async () => {
    const form = await openForm();
    pick(form, 'Which credential', 'pgmp');
    pick(form, 'Kind', 'custom');
    expect(shown(form, 'Which credential')).toEqual({
      measure: 'credentials',
      which: 'pgmp',
      target: '1',
    });
  });

  it('from Skill to Education keeps learning hours of one area and the number typed', async () => {
    const form = await openForm();
    pick(form, 'Kind', 'skill');
    pick(form, 'Measured by', 'learning-credits');
    pick(form, 'Which area', 'powerSkills');
    pick(form, 'Target number', '20');
    pick(form, 'Kind', 'education');
    expect(shown(form, 'Which area')).toEqual({
      measure: 'learning-credits',
      which: 'powerSkills',
      target: '20',
    });
  });

  it('to a kind that does not take the measure moves to that kind’s first measure', async () => {
    const form = await openForm();
    pick(form, 'Kind', 'experience');
    expect(shown(form, 'Which kind of experience')).toEqual({
      measure: 'experience',
      which: 'leading-projects',
      target: '',
    });
  });
});
