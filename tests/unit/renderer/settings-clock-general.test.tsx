// The 12- or 24-hour clock sets every time Ascent shows (the study calendar and timer, backups,
// imports), so Settings has it in a section of its own, "Time format", not under "Study
// planner". It is saved as soon as it is chosen, as the theme is; the study settings' Save
// neither needs it nor writes it.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getSettings } from '../../../renderer/src/db/repositories/settings';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { SettingsScreen } from '../../../renderer/src/features/settings/SettingsScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 15_000 };
const LEAD = 'Remind me of deadlines this many days ahead';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('settings-clock'));
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

async function showSettings() {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <main>
          <SettingsScreen />
        </main>
      </PlatformProvider>
    </StoreProvider>,
  );
  await screen.findByLabelText(LEAD, {}, SLOW);
}

describe('Settings → Time format', { timeout: 40_000 }, () => {
  it('holds the clock, which Study planner no longer does', async () => {
    await showSettings();
    const timeFormat = screen.getByRole('region', { name: 'Time format' });
    const clock = within(timeFormat).getByRole('combobox', { name: 'Clock' }) as HTMLSelectElement;
    expect(clock.value).toBe('24h');
    expect([...clock.options].map((o) => o.textContent)).toEqual([
      '24-hour (18:00)',
      '12-hour (6:00 PM)',
    ]);
    const study = screen.getByRole('region', { name: 'Study planner' });
    expect(within(study).queryByLabelText('Clock')).toBeNull();
    // Next to the other setting of the whole app, before the study planner's.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 4)).toEqual(['Profile', 'Appearance', 'Time format', 'Study planner']);
  });

  it('saves a choice at once, and the study settings’ Save leaves it as chosen', async () => {
    await showSettings();
    const clock = within(screen.getByRole('region', { name: 'Time format' })).getByRole(
      'combobox',
      { name: 'Clock' },
    ) as HTMLSelectElement;
    fireEvent.change(clock, { target: { value: '12h' } });
    await waitFor(async () => expect((await getSettings(store)).clock).toBe('12h'), SLOW);
    expect(hasUnsavedChanges()).toBe(false);

    fireEvent.change(screen.getByLabelText(LEAD), { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save study settings' }));
    await screen.findByText('Study settings saved.', {}, SLOW);
    expect(await getSettings(store)).toMatchObject({ reminderLeadDays: 9, clock: '12h' });
    expect(clock.value).toBe('12h');
  });
});
