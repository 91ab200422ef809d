// The profile's weekly study total is shown at each key, but a screen reader hears it only once
// the typing pauses: a live region given "1 hour a week", "12 hours a week", "12.5 hours a
// week"… at every key reads each one out, one after another. The total shown is hidden from
// screen readers; the one they hear is the settled one, in a live region on the page from the
// start.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftFromProfile, emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { SETTLE_MS } from '../../../renderer/src/components/use-settled-date';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { useProfile } from '../../../renderer/src/db/hooks';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ProfileForm } from '../../../renderer/src/features/profile/ProfileForm';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };
let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('profile-weekly-total'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    name: 'Dana',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
    weeklyAvailability: { mon: '1', tue: '2', wed: '0', thu: '0', fri: '0', sat: '3', sun: '0' },
  });
  if (!saved.ok) throw new Error('fixture');
});
afterEach(async () => {
  vi.useRealTimers();
  cleanup();
  await store.db.delete();
});

function Settings() {
  const profile = useProfile();
  return profile ? (
    <ProfileForm initial={draftFromProfile(profile)} submitLabel="Save profile" />
  ) : null;
}

/** Time passes (the form is drawn: only its own timers are faked from then on). */
const pause = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

/** The week's fieldset: the total a screen reader is told (its one live region), and the one seen. */
function week() {
  const group = screen.getByRole('group', { name: 'Weekly study time' });
  const live = group.querySelectorAll('[aria-live], [role="status"]');
  expect(live).toHaveLength(1);
  return { heard: live[0]!, shown: within(group).getAllByText(/a week$/)[0]! };
}

describe('the weekly study total in the profile form', { timeout: 30_000 }, () => {
  it('is heard once the typing pauses, not at each key', async () => {
    render(
      <StoreProvider store={store}>
        <Settings />
      </StoreProvider>,
    );
    const monday = await screen.findByLabelText('Monday', {}, SLOW);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { heard, shown } = week();
    expect(shown.textContent).toBe('6 hours a week');
    expect(heard.textContent).toBe('6 hours a week');

    // Monday's 1 typed over as "2.5" key by key, each key quicker than the pause: every total
    // on the way (7, then 5 while "2." is no number yet, then 7.5) is seen, none is heard.
    const keys: [string, string][] = [
      ['2', '7 hours a week'],
      ['2.', '5 hours a week'],
      ['2.5', '7.5 hours a week'],
    ];
    for (const [typed, total] of keys) {
      fireEvent.change(monday, { target: { value: typed } });
      expect(shown.textContent).toBe(total);
      pause(SETTLE_MS / 4);
      expect(heard.textContent).toBe('6 hours a week');
    }
    // Then the typing stops: the settled total is heard.
    pause(SETTLE_MS - SETTLE_MS / 4 - 1);
    expect(heard.textContent).toBe('6 hours a week');
    pause(1);
    expect(heard.textContent).toBe('7.5 hours a week');
    // One total for screen readers, the live one: the one shown is hidden from them.
    expect(shown).not.toBe(heard);
    expect(shown.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(heard.isConnected).toBe(true);
  });
});
