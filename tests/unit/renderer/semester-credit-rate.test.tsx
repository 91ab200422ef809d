// A university course counted by its semester credits (domain-facts §4: ISACA, 15 CPE hours per
// semester credit) on a credential's page: the cycle's activities say how its figure was
// reached, in the words of the activity form's preview, and the rule panel lists the rate with
// its source and confidence and lets the user put their own in its place, which the page then
// counts with. A rate that is not a whole number from 1 to 45 is refused with what to type.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { listHeld, saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { PlatformProvider } from '../../../renderer/src/platform';
import { freshName } from '../../db/helpers';

/** fake-indexeddb and live queries take a while on a busy machine. */
const SLOW = { timeout: 5000 };
const TODAY = '2026-11-22';
const TITLE = 'IT audit and assurance (university)';
const RATE = 'CPE hours per semester credit';
const YOURS = `Your number for “${RATE}”`;

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('semester-credit-rate'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  await store.db.delete();
});

async function hold(credentialId: string): Promise<string> {
  const saved = await saveHeld(
    store,
    { credentialId, stage: 'earned', earnedDate: '2025-01-15', renewals: [] },
    TODAY,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  return saved.value.id;
}

/** A 40-hour university course of 3 semester credits, `percent` of it relevant. */
async function logCourse(percent = 100) {
  const saved = await saveActivity(
    store,
    {
      date: '2026-05-10',
      title: TITLE,
      type: 'course-or-training',
      amount: 40,
      unit: 'hours',
      semesterCredits: 3,
      ...(percent === 100 ? {} : { relevantPercent: percent }),
      status: 'earned',
    },
    TODAY,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
}

function show(heldId: string) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={createWebPlatform('0')}>
        <UndoProvider>
          <CredentialDetail heldId={heldId} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

/** The course's row in the cycle's activities: its Earned, Counted and Why cells as read. */
async function courseRow() {
  const table = await screen.findByRole('table', { name: 'Activities and how they counted' }, SLOW);
  const row = within(table).getByRole('row', { name: new RegExp(TITLE.replace(/[()]/g, '.')) });
  const cells = within(row).getAllByRole('cell');
  const why = within(cells[5]!)
    .queryAllByRole('listitem')
    .map((li) => li.textContent);
  return { earned: cells[3]?.textContent, counted: cells[4]?.textContent, why };
}

async function rateRow() {
  const panel = await screen.findByRole('region', { name: 'The rule behind the numbers' }, SLOW);
  const row = within(panel)
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith(RATE));
  if (!row) throw new Error(`no "${RATE}" row`);
  return row;
}

describe('a course counted by its semester credits on a CISA page', { timeout: 30_000 }, () => {
  it('says how the 45 was reached in the Why column', async () => {
    const id = await hold('cisa');
    await logCourse();
    show(id);
    await waitFor(
      async () =>
        expect(await courseRow()).toEqual({
          earned: '45',
          counted: '45',
          why: ['3 semester credits × 15 = 45 CPEs (ISACA)'],
        }),
      SLOW,
    );
  });

  it('says the credits’ hours first, then the relevant share of them', async () => {
    const id = await hold('cisa');
    await logCourse(50);
    show(id);
    await waitFor(
      async () =>
        expect(await courseRow()).toEqual({
          earned: '22.5',
          counted: '22.5',
          why: [
            '3 semester credits × 15 = 45 CPEs (ISACA)',
            'Only the relevant share counts: 50% of 45 CPEs, so 22.5 CPEs.',
          ],
        }),
      SLOW,
    );
  });
});

describe('the rate in “The rule behind the numbers”', { timeout: 30_000 }, () => {
  it('shows 15 with its source and how sure it is', async () => {
    show(await hold('cisa'));
    const row = await rateRow();
    expect(within(row).getByText(RATE).nextSibling?.textContent).toBe('15');
    expect(row.textContent).toContain('Sources agree');
    expect(row.textContent).toContain('ISACA CPE policy and annual CPE audit page');
    expect(row.textContent).toContain(
      'a university or college course earns 15 CPE hours for each semester credit',
    );
    within(row).getByLabelText(YOURS);
  });

  it('takes the user’s own number, counts the course with it, and goes back', async () => {
    const id = await hold('cisa');
    await logCourse();
    show(id);
    fireEvent.change(within(await rateRow()).getByLabelText(YOURS), { target: { value: '10' } });
    fireEvent.click(within(await rateRow()).getByRole('button', { name: 'Use my number' }));
    await waitFor(
      async () =>
        expect(await courseRow()).toEqual({
          earned: '30',
          counted: '30',
          why: ['3 semester credits × 10 (your number) = 30 CPEs'],
        }),
      SLOW,
    );
    expect((await listHeld(store))[0]?.overrides).toEqual({ cpePerSemesterCredit: 10 });
    const row = await rateRow();
    expect(within(row).getByText(RATE).nextSibling?.textContent).toBe('10');
    expect(row.textContent).toContain('Your own number');
    expect(row.textContent).toContain('Catalogue’s number15 (ISACA CPE policy');

    fireEvent.click(within(row).getByRole('button', { name: 'Back to the catalogue’s number' }));
    await waitFor(
      async () =>
        expect((await courseRow()).why).toEqual(['3 semester credits × 15 = 45 CPEs (ISACA)']),
      SLOW,
    );
    expect((await listHeld(store))[0]?.overrides).toEqual({});
  });

  it.each(['12.5', '0', '46', 'ten'])('%j: says what to type and saves nothing', async (typed) => {
    show(await hold('cisa'));
    const input = within(await rateRow()).getByLabelText(YOURS);
    fireEvent.change(input, { target: { value: typed } });
    fireEvent.click(within(await rateRow()).getByRole('button', { name: 'Use my number' }));
    const error = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe(
      'Enter a whole number of CPE hours from 1 to 45, for example 15.',
    );
    expect((input as HTMLInputElement).value).toBe(typed);
    expect((await listHeld(store))[0]?.overrides).toBeUndefined();
  });

  it('is not on a PMP page: PMI counts a course’s hours (§5.6)', async () => {
    show(await hold('pmp'));
    const panel = await screen.findByRole('region', { name: 'The rule behind the numbers' }, SLOW);
    within(panel).getByLabelText('Your number for “Total per cycle”');
    expect(within(panel).queryByLabelText(YOURS)).toBeNull();
    expect(panel.textContent).not.toContain('semester credit');
  });
});
