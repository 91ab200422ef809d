// Education → PM education contact hours (review H). The form follows the stored hours
// (useStoredDraft): untouched, it shows a change saved in another window; with changes of the
// person's, it keeps them and says the stored hours changed, as the profile form does, so a
// save never puts back the old hours unseen. Its hours are read as the credit log reads them
// (parseHours): "7,5" is 7.5, and "1.500" (1500 or 1.5?) is refused with the two readings.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getContactHours, saveContactHours } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { EducationScreen } from '../../../renderer/src/features/experience/EducationScreen';
import { contactHoursLabel } from '../../../renderer/src/features/experience/form-summary';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-11-22';
const ELSEWHERE = 'Your contact hours were changed elsewhere';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('contact-hours-two-windows'));
  const saved = await saveContactHours(store, { hours: 10, courses: [] }, ASOF);
  if (!saved.ok) throw new Error('not saved');
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function show() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <EducationScreen />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  const form = await screen.findByRole('form', { name: 'PM education contact hours' }, SLOW);
  const hours = within(form).getByLabelText(contactHoursLabel) as HTMLInputElement;
  return { form, hours };
}

const save = (form: HTMLElement) =>
  fireEvent.click(within(form).getByRole('button', { name: 'Save contact hours' }));

describe('the contact-hours form and another window', { timeout: 30_000 }, () => {
  it('untouched: shows the hours saved there', async () => {
    const { form, hours } = await show();
    expect(hours.value).toBe('10');
    await saveContactHours(store, { hours: 21, courses: [] }, ASOF);
    await waitFor(() => expect(hours.value).toBe('21'), SLOW);
    expect(form.textContent).not.toContain(ELSEWHERE);
  });

  it('with changes typed: keeps them, says so, and only then saving replaces the other change', async () => {
    const { form, hours } = await show();
    fireEvent.change(hours, { target: { value: '12' } });
    await saveContactHours(store, { hours: 21, courses: [] }, ASOF);
    await waitFor(() => expect(form.textContent).toContain(ELSEWHERE), SLOW);
    expect(hours.value).toBe('12');
    save(form);
    await waitFor(
      () => expect(within(form).queryByText('Contact hours saved.')).not.toBeNull(),
      SLOW,
    );
    expect((await getContactHours(store))?.hours).toBe(12);
    expect(form.textContent).not.toContain(ELSEWHERE);
  });
});

describe('contact hours typed as the credit log reads them', { timeout: 30_000 }, () => {
  it('“7,5” is 7.5 hours', async () => {
    const { form, hours } = await show();
    fireEvent.change(hours, { target: { value: '7,5' } });
    save(form);
    await waitFor(
      () => expect(within(form).queryByText('Contact hours saved.')).not.toBeNull(),
      SLOW,
    );
    expect((await getContactHours(store))?.hours).toBe(7.5);
    expect(hours.value).toBe('7.5');
  });

  it('“1.500” is refused with the two numbers it could be, and nothing is saved', async () => {
    const { form, hours } = await show();
    fireEvent.change(hours, { target: { value: '1.500' } });
    save(form);
    await waitFor(
      () =>
        expect(
          within(form).queryAllByText(
            '“1.500” could be 1500 or 1.5: type the one you mean, 1500 or 1.5.',
          ).length,
        ).toBeGreaterThan(0),
      SLOW,
    );
    expect((await getContactHours(store))?.hours).toBe(10);
  });
});
