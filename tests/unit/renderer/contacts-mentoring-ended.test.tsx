// Network → Contacts, a mentoring that has ended (review H). It read "My mentor since 10 Jan
// 2024" for a mentoring that ended on 30 Jun 2025, while the ladder no longer counts that
// mentor (currentOn), and "Show: My mentor" listed it. Now the row says it ended, with its
// days, and "Show" lists current mentors under "My mentor" and ended mentorings under "Former
// mentor or mentee" (contactShownAs: periodOn, the rule the ladder counts mentors by).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate as d } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { saveContact } from '../../../renderer/src/db/repositories/journal-network';
import { contactShownAs, relationText } from '../../../renderer/src/features/network/messages';
import { NetworkScreen } from '../../../renderer/src/features/network/NetworkScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import type { ContactRelation } from '../../../shared/domain/journal';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 5000 };

type Case = [string, ContactRelation, string | null, string | null, string, string];
describe('relationText and contactShownAs', () => {
  it.each<Case>([
    ['a contact', 'contact', null, null, 'Contact', 'contact'],
    [
      'a current mentor',
      'mentor',
      '2024-01-10',
      null,
      `My mentor since ${d('2024-01-10')}`,
      'mentor',
    ],
    [
      'a mentor whose end is still to come',
      'mentor',
      '2024-01-10',
      '2027-06-30',
      `My mentor since ${d('2024-01-10')}, until ${d('2027-06-30')}`,
      'mentor',
    ],
    [
      'a mentoring ending today: still current, as the ladder counts it',
      'mentor',
      '2024-01-10',
      asOf,
      `My mentor since ${d('2024-01-10')}, until ${d(asOf)}`,
      'mentor',
    ],
    [
      'a mentoring that ended yesterday',
      'mentor',
      '2024-01-10',
      '2026-11-21',
      `My former mentor, ${d('2024-01-10')} – ${d('2026-11-21')}`,
      'former',
    ],
    [
      'a mentoring that ended long ago',
      'mentor',
      '2024-01-10',
      '2025-06-30',
      `My former mentor, ${d('2024-01-10')} – ${d('2025-06-30')}`,
      'former',
    ],
    [
      'a mentee whose mentoring ended',
      'mentee',
      '2023-03-01',
      '2024-02-29',
      `My former mentee, ${d('2023-03-01')} – ${d('2024-02-29')}`,
      'former',
    ],
    [
      'a mentee starting later',
      'mentee',
      '2026-12-01',
      null,
      `My mentee from ${d('2026-12-01')}`,
      'mentee',
    ],
    ['a mentor with no start day', 'mentor', null, null, 'My mentor', 'mentor'],
  ])('%s: “%s”', (_, relation, since, until, text, shown) => {
    const c = { relation, since, until };
    expect(relationText(c, asOf)).toBe(text);
    expect(contactShownAs(c, asOf)).toBe(shown);
  });
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('contacts-mentoring-ended'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function add(name: string, since: string, until: string | null) {
  const saved = await saveContact(
    store,
    {
      name,
      organisation: '',
      role: '',
      howMet: '',
      tags: [],
      relation: 'mentor',
      since,
      until,
      notes: '',
    },
    asOf,
  );
  if (!saved.ok) throw new Error('not saved');
}

describe('the contacts table', { timeout: 20_000 }, () => {
  it('says a mentoring ended, and “Show” tells current mentors from former ones', async () => {
    await add('Ana Lima', '2024-01-10', '2025-06-30');
    await add('Priya Shah', '2025-09-01', null);
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={fakePlatform(null)}>
          <UndoProvider>
            <NetworkScreen rest={['contacts']} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const table = await screen.findByRole('table', {}, SLOW);
    const row = (name: RegExp) => within(table).queryByRole('row', { name });
    expect(row(/Ana Lima/)?.textContent).toContain(
      `My former mentor, ${d('2024-01-10')} – ${d('2025-06-30')}`,
    );
    expect(row(/Ana Lima/)?.textContent).not.toContain('since');
    expect(row(/Priya Shah/)?.textContent).toContain(`My mentor since ${d('2025-09-01')}`);

    const show = screen.getByLabelText('Show');
    fireEvent.change(show, { target: { value: 'mentor' } });
    expect(row(/Priya Shah/)).not.toBeNull();
    expect(row(/Ana Lima/)).toBeNull();

    fireEvent.change(show, { target: { value: 'former' } });
    expect(row(/Ana Lima/)).not.toBeNull();
    expect(row(/Priya Shah/)).toBeNull();
    expect(within(show).queryByRole('option', { name: 'Former mentor or mentee' })).not.toBeNull();
  });
});
