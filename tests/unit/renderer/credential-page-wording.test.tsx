// What a credential's page says, in words a user reads without a key: the relevant share
// with both numbers (domain-facts §1: 15 h at 50 % = 7.5), the IIBA categories still without
// credit (§4: at least 2 of 6), no dash for an exam date never given, and how sure the
// catalogue is of each rule in words rather than its letter (A, B, C, M).
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { saveHeld, type HeldRow } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { reasonText, shortfallText } from '../../../renderer/src/features/credentials/messages';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { PlatformProvider } from '../../../renderer/src/platform';
import { freshName } from '../../db/helpers';

/** fake-indexeddb and live queries take a while on a busy machine. */
const SLOW = { timeout: 5000 };
const ASOF = '2026-11-22';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('credential-wording'));
});
afterEach(() => {
  cleanup();
  store?.db.close();
});

async function hold(input: Partial<HeldRow> & { credentialId: string }): Promise<string> {
  const saved = await saveHeld(
    store,
    { stage: 'earned', earnedDate: '2025-01-15', renewals: [], ...input },
    ASOF,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  return saved.value.id;
}

/** A 30-hour course, half of it relevant: 15 counts, in IIBA's professional development. */
async function halfRelevantCourse() {
  const saved = await saveActivity(
    store,
    {
      date: '2025-06-02',
      title: 'Requirements workshop',
      type: 'course-or-training',
      amount: 30,
      unit: 'hours',
      relevantPercent: 50,
      status: 'earned',
    },
    ASOF,
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

describe('a CBAP page', { timeout: 30_000 }, () => {
  it('names the categories still without credit, and says both numbers of the relevant share', async () => {
    const id = await hold({ credentialId: 'cbap' });
    await halfRelevantCourse();
    show(id);
    const current = await screen.findByRole('region', { name: 'Current cycle' }, SLOW);
    await within(current).findByText('Still missing', {}, SLOW);
    expect(within(current).getByText(/^Credits in 1 more category/).textContent).toBe(
      'Credits in 1 more category: any one of Academic, Professional activities, Self directed, Volunteer or Professional experience.',
    );
    const activities = screen.getByRole('region', { name: /Activities in cycle 1/ });
    expect(
      within(activities).getByText(/relevant share/).textContent,
      'the percentage and what it is a share of, then the result',
    ).toBe('Only the relevant share counts: 50% of 30 CDUs, so 15 CDUs.');
  });

  it('leaves out the exam when no exam date was given, and shows it when one was', async () => {
    show(await hold({ credentialId: 'cbap' }));
    await screen.findByRole('heading', { level: 1 }, SLOW);
    expect((await screen.findByText(/^IIBA ·/, {}, SLOW)).textContent).toBe(
      `IIBA · earned ${formatDate('2025-01-15')}`,
    );
    cleanup();

    show(await hold({ credentialId: 'ccba', examDate: '2024-12-02' }));
    await screen.findByRole('heading', { level: 1 }, SLOW);
    expect((await screen.findByText(/^IIBA ·/, {}, SLOW)).textContent).toBe(
      `IIBA · exam ${formatDate('2024-12-02')} · earned ${formatDate('2025-01-15')}`,
    );
  });

  it('says how sure each rule is in words, not as a letter', async () => {
    show(await hold({ credentialId: 'cbap' }));
    const panel = await screen.findByRole('region', { name: 'The rule behind the numbers' }, SLOW);
    const text = panel.textContent ?? '';
    expect(text).not.toMatch(/Confidence [ABCM]\b/);
    const row = (label: string) => {
      const li = within(panel)
        .getAllByRole('listitem')
        .find((l) => l.textContent?.startsWith(label));
      if (!li) throw new Error(`no "${label}" row`);
      return li.textContent ?? '';
    };
    // Cycle length: B, two agreeing sources; cycle end: M, Ascent's own reading.
    expect(row('Cycle length')).toContain('Sources agree');
    expect(row('Cycle length')).toContain(
      'Two or more sources agree on it, but not the body’s own page or handbook.',
    );
    expect(row('Cycle ends')).toContain('Not confirmed — check');
    expect(row('Cycle ends')).toContain('Ascent’s reading, where the body is not explicit');
  });
});

describe('the wording of shares and category counts', () => {
  it('rounds the counted share down to a quarter hour, as the credit log counts it', () => {
    expect(reasonText({ code: 'RELEVANT_SHARE', percent: 33, hours: 3 }, 'PDU')).toBe(
      'Only the relevant share counts: 33% of 3 PDUs, so 0.75 PDUs.',
    );
  });

  it('lists the categories with "and" when every one of them is needed', () => {
    expect(
      shortfallText({ code: 'CATEGORY_COUNT', needed: 2 }, 'CDU', ['Academic', 'Volunteer']),
    ).toBe('Credits in 2 more categories: Academic and Volunteer.');
    expect(
      shortfallText({ code: 'CATEGORY_COUNT', needed: 2 }, 'CDU', [
        'Academic',
        'Volunteer',
        'Self directed',
      ]),
    ).toBe('Credits in 2 more categories: any 2 of Academic, Volunteer or Self directed.');
  });
});
