// Education → PM education contact hours: a course's "completed on" date typed that is not a
// day (29 February of a year without one, or a date left half typed). Chromium's date field
// then holds no value at all, only `validity.badInput`, so the course read "no date" and was
// saved without one, silently: the date the user typed was lost. The save is refused instead,
// at the field, and the stored course keeps its date. jsdom has no date field of its own: the
// field's validity is set as Chromium sets it.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { unreadableDateText } from '../../../renderer/src/components/unreadable-dates';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getContactHours, saveContactHours } from '../../../renderer/src/db/repositories/career';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { EducationScreen } from '../../../renderer/src/features/experience/EducationScreen';
import { courseLabels } from '../../../renderer/src/features/experience/form-summary';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-11-22';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('contact-hours-date-unreadable'));
  const saved = await saveContactHours(
    store,
    {
      hours: 10,
      courses: [{ title: 'Agile basics', hours: 14, date: '2026-03-10', topic: 'general' }],
    },
    ASOF,
  );
  if (!saved.ok) throw new Error('not saved');
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

/** What Chromium's date field holds once a day that does not exist is typed into it. */
function typeNoDay(input: HTMLElement) {
  fireEvent.change(input, { target: { value: '' } });
  Object.defineProperty(input, 'validity', {
    configurable: true,
    value: { badInput: true, valid: false },
  });
}

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
  return screen.findByRole('form', { name: 'PM education contact hours' }, SLOW);
}

const save = (form: HTMLElement) =>
  fireEvent.click(within(form).getByRole('button', { name: 'Save contact hours' }));

describe('a course’s completed-on date typed that is no day', { timeout: 30_000 }, () => {
  it('a stored course: refused, said at the field, the stored date kept', async () => {
    const form = await show();
    const field = within(form).getByLabelText(courseLabels(0).date);
    typeNoDay(field);
    save(form);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'), SLOW);
    expect(within(form).queryAllByText(unreadableDateText)).not.toHaveLength(0);
    expect(within(form).queryByText('Contact hours saved.')).toBeNull();
    expect((await getContactHours(store))?.courses?.[0]?.date).toBe('2026-03-10');
  });

  it('a new course: nothing saved, the date said as not real, not as left empty', async () => {
    const form = await show();
    fireEvent.click(within(form).getByRole('button', { name: 'Add a course' }));
    const labels = courseLabels(1);
    fireEvent.change(within(form).getByLabelText(labels.title), {
      target: { value: 'Risk workshop' },
    });
    fireEvent.change(within(form).getByLabelText(labels.hours), { target: { value: '7' } });
    const field = within(form).getByLabelText(labels.date);
    typeNoDay(field);
    save(form);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'), SLOW);
    expect(within(form).queryAllByText(unreadableDateText)).not.toHaveLength(0);
    expect((await getContactHours(store))?.courses).toHaveLength(1);
  });

  it('once a real date is typed, it saves', async () => {
    const form = await show();
    const field = within(form).getByLabelText(courseLabels(0).date);
    typeNoDay(field);
    save(form);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'), SLOW);
    Object.defineProperty(field, 'validity', {
      configurable: true,
      value: { badInput: false, valid: true },
    });
    fireEvent.change(field, { target: { value: '2026-04-01' } });
    save(form);
    await waitFor(
      () => expect(within(form).queryByText('Contact hours saved.')).not.toBeNull(),
      SLOW,
    );
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect((await getContactHours(store))?.courses?.[0]?.date).toBe('2026-04-01');
  });
});
