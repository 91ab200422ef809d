// Learning → Events: sessions attended that add up to more hours than the event's days hold
// (30 hours at a one-day meetup) were saved. A day has 24 hours: the save is refused, with a
// message at the session's hours saying what to correct, and nothing is saved. A talk the
// person gave is not counted (its hours may include preparing it), and a longer event holds
// more.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { EventForm } from '../../../renderer/src/features/learning/EventForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';
import { focusedSummary, follow } from './error-summary-helpers';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('event-session-hours'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

function showForm(onSaved = vi.fn()) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <EventForm
            event={null}
            sessions={[]}
            contacts={[]}
            held={[]}
            onSaved={onSaved}
            onCancel={() => undefined}
          />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Add an event' });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

/** The message shown under a field (its `-error` description). */
const errorOf = (input: HTMLElement) =>
  document.getElementById(
    (input.getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith('-error')) ??
      '',
  )?.textContent;

/** A one-day meetup with sessions of `hours`, the ones in `given` marked as talks I gave. */
function fillMeetup(form: HTMLElement, hours: string[], given: number[] = []) {
  type(form, 'Event name', 'Agile meetup');
  type(form, 'First day', '2026-10-06');
  hours.forEach((h, i) => {
    fireEvent.click(within(form).getByRole('button', { name: 'Add a session' }));
    type(form, `Session ${i + 1} title`, `Talk ${i + 1}`);
    type(form, `Session ${i + 1} hours`, h);
    if (given.includes(i)) fireEvent.click(within(form).getAllByLabelText('I gave this talk')[i]!);
  });
}

const save = (form: HTMLElement) =>
  fireEvent.click(within(form).getByRole('button', { name: 'Save event' }));

const message =
  'The sessions you attended add up to 30 hours, more than the 24 hours in the event’s one day. Correct their hours, or the event’s last day if it ran longer.';

describe('session hours against the event’s days', TEST, () => {
  it('refuses 30 hours of sessions at a one-day meetup, at the session that goes past, and saves nothing', async () => {
    const onSaved = vi.fn();
    const form = showForm(onSaved);
    fillMeetup(form, ['20', '10']);
    save(form);

    const { summary, links } = await focusedSummary(form);
    expect(links).toEqual([`Session 2 hours: ${message}`]);
    const hours = within(form).getByLabelText('Session 2 hours');
    expect(follow(summary, 'Session 2 hours')).toBe(hours);
    expect(errorOf(hours)).toBe(message);
    expect(errorOf(within(form).getByLabelText('Session 1 hours'))).toBeUndefined();
    // What was typed stays; nothing was written.
    expect((hours as HTMLInputElement).value).toBe('10');
    expect(await store.db.table('events').count()).toBe(0);
    expect(await store.db.table('eventSessions').count()).toBe(0);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('saves once the last day says the event ran two days', async () => {
    const onSaved = vi.fn();
    const form = showForm(onSaved);
    fillMeetup(form, ['20', '10']);
    save(form);
    await focusedSummary(form);
    type(form, 'Last day', '2026-10-07');
    save(form);
    await waitFor(() => expect(onSaved).toHaveBeenCalled(), SLOW);
    expect(await store.db.table('eventSessions').count()).toBe(2);
  });

  it('takes a full day of sessions, 24 hours', async () => {
    const onSaved = vi.fn();
    const form = showForm(onSaved);
    fillMeetup(form, ['12', '12']);
    save(form);
    await waitFor(() => expect(onSaved).toHaveBeenCalled(), SLOW);
    expect(await store.db.table('events').count()).toBe(1);
  });

  it('does not count a talk I gave, whose hours may include preparing it', async () => {
    const onSaved = vi.fn();
    const form = showForm(onSaved);
    fillMeetup(form, ['28', '2'], [0]);
    save(form);
    await waitFor(() => expect(onSaved).toHaveBeenCalled(), SLOW);
    expect(await store.db.table('eventSessions').count()).toBe(2);
  });
});
