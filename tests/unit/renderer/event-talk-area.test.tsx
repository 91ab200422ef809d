// Learning → Events: a session marked "I gave this talk" showed an Area, though a talk's credit
// ("Give a presentation", Giving Back) has no area split. The area is now hidden for a talk,
// and an area picked before the session was marked as given is not stored unseen: every talk
// is saved with the one fixed area (TALK_AREA). A session attended keeps its area.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TALK_AREA, eventCredits } from '../../../shared/domain/journal';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import type { EventRow, SessionRow } from '../../../renderer/src/db/repositories/journal';
import { EventForm } from '../../../renderer/src/features/learning/EventForm';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('event-talk-area'));
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

/** A chapter meeting with a session attended (Power Skills) and a talk (Business Acumen). */
function fillMeeting(form: HTMLElement) {
  type(form, 'Event name', 'Chapter evening');
  type(form, 'First day', '2026-10-06');
  for (const [i, title, area] of [
    [1, 'Negotiation basics', 'powerSkills'],
    [2, 'Our PMO journey', 'businessAcumen'],
  ] as const) {
    fireEvent.click(within(form).getByRole('button', { name: 'Add a session' }));
    type(form, `Session ${i} title`, title);
    type(form, `Session ${i} hours`, '1.5');
    type(form, `Session ${i} area`, area);
  }
}

const talkBox = (form: HTMLElement) =>
  within(within(form).getByRole('group', { name: 'Session 2' })).getByLabelText('I gave this talk');

describe('the area of a talk I gave', TEST, () => {
  it('is hidden once the session is marked as given, and back with its pick when unmarked', () => {
    const form = showForm();
    fillMeeting(form);
    fireEvent.click(talkBox(form));
    expect(within(form).queryByLabelText('Session 2 area')).toBeNull();
    // The session attended still has its own.
    expect((within(form).getByLabelText('Session 1 area') as HTMLSelectElement).value).toBe(
      'powerSkills',
    );
    fireEvent.click(talkBox(form));
    expect((within(form).getByLabelText('Session 2 area') as HTMLSelectElement).value).toBe(
      'businessAcumen',
    );
  });

  it('is not stored: the talk is saved with the fixed area, the session attended with its own', async () => {
    const onSaved = vi.fn();
    const form = showForm(onSaved);
    fillMeeting(form);
    fireEvent.click(talkBox(form));
    fireEvent.click(within(form).getByRole('button', { name: 'Save event' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled(), SLOW);

    const rows = await store.db.table<SessionRow>('eventSessions').toArray();
    const byTitle = Object.fromEntries(rows.map((s) => [s.title, s]));
    expect(byTitle['Our PMO journey']).toMatchObject({ givenByMe: true, area: TALK_AREA });
    expect(byTitle['Negotiation basics']).toMatchObject({ givenByMe: false, area: 'powerSkills' });

    // Its credit is a presentation with no area split; the session attended's is split.
    const [event] = await store.db.table<EventRow>('events').toArray();
    const held = [
      { id: 'h', credentialId: 'pmp', stage: 'earned' as const, earnedDate: '2025-01-15' },
    ];
    const credits = eventCredits(event!, rows, held, '2026-11-22').suggestions.map((s) => ({
      title: s.activity.title,
      type: s.activity.type,
      split: s.activity.split,
    }));
    expect(credits).toContainEqual({
      title: 'Chapter evening: Our PMO journey',
      type: 'give-presentation',
      split: null,
    });
    expect(credits).toContainEqual(
      expect.objectContaining({
        title: 'Chapter evening: Negotiation basics',
        split: expect.objectContaining({ powerSkills: 1.5 }),
      }),
    );
  });
});
