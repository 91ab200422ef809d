/**
 * A walk-through on 5 Dec 2026 found three things a user could not act on:
 *
 * - PgMP read "Ways of Working 0 / 8" and "8 PDUs more in Ways of Working" although 12 h of
 *   Ways of Working were logged; the only reason, deep in the activity table, read "1 PDU of
 *   Ways of Working were not allocated to this credential." For PgMP only the hours the user
 *   allocates on an activity count (domain-facts §1): the words now say so, in the singular
 *   and the plural, and say what to do.
 * - PRINCE2 Practitioner read "Active" beside "Overdue · 166 days left" and listed "20 CPDs
 *   more between 21 May 2024 and 20 May 2025", a year already over. A missed yearly minimum
 *   is now said in the past tense, with what the sources say it means (§3), and the status
 *   reads "Behind: a yearly minimum was missed".
 * - "Earned before the certification date (2019-03-10)": every date in the app's format.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate as day } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import { CredentialsScreen } from '../../../renderer/src/features/credentials/CredentialsScreen';
import {
  missedMinimumAdvice,
  missedMinimumText,
  reasonText,
  shortfallText,
} from '../../../renderer/src/features/credentials/messages';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import type { Activity } from '../../../shared/domain/credits';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const ASOF = '2026-12-05';

describe('Ways of Working not allocated, in words', () => {
  const notAllocated = (hours: number) =>
    ({ code: 'WAYS_OF_WORKING_NOT_ALLOCATED', hours }) as const;

  it.each([
    [
      1,
      'PgMP',
      '1 hour of Ways of Working is not allocated to PgMP: open the activity and enter its Ways of Working hours for PgMP (the hours that cover PgMP).',
    ],
    [
      12,
      'PgMP',
      '12 hours of Ways of Working are not allocated to PgMP: open the activity and enter its Ways of Working hours for PgMP (the hours that cover PgMP).',
    ],
    [
      0.5,
      undefined,
      '0.5 hours of Ways of Working are not allocated to this credential: enter the activity’s Ways of Working hours for it (the hours that cover its subject).',
    ],
  ])('%d h for %s', (hours, credential, text) => {
    expect(reasonText(notAllocated(hours), 'PDU', credential)).toBe(text);
  });

  const wow = { code: 'AREA_MIN', area: 'waysOfWorking', needed: 8 } as const;
  it.each([
    [
      12,
      '8 PDUs more in Ways of Working — 12 hours logged are not allocated to PgMP: on each activity, enter the Ways of Working hours that cover PgMP.',
    ],
    [
      1,
      '8 PDUs more in Ways of Working — 1 hour logged is not allocated to PgMP: on each activity, enter the Ways of Working hours that cover PgMP.',
    ],
    // None logged, or a summary that cannot tell: how Ways of Working counts for PgMP.
    [
      0,
      '8 PDUs more in Ways of Working. For PgMP, Ways of Working hours count only once allocated: on each activity that covers PgMP, enter its Ways of Working hours for PgMP.',
    ],
  ])('the shortfall line with %d h not allocated', (notAllocated, text) => {
    expect(
      shortfallText(wow, 'PDU', [], { allocation: { credential: 'PgMP', notAllocated } }),
    ).toBe(text);
  });

  it('PMP, whose Ways of Working all counts, keeps the plain line', () => {
    expect(shortfallText(wow, 'PDU')).toBe('8 PDUs more in Ways of Working.');
  });
});

describe('dates in reasons use the app’s format', () => {
  it('the certification date', () => {
    const text = reasonText({ code: 'BEFORE_CERTIFICATION', certifiedOn: '2019-03-10' }, 'PDU');
    expect(text).toBe(
      `Earned before the certification date (${day('2019-03-10')}): it does not count.`,
    );
    expect(text).not.toContain('2019-03-10');
  });
});

describe('a yearly minimum whose year is over', () => {
  const year1 = { start: '2024-05-21', end: '2025-05-20' };
  const annual = { code: 'ANNUAL_MIN', needed: 20, period: year1 } as const;
  const category = {
    code: 'ANNUAL_CATEGORY_MIN',
    needed: 5,
    period: year1,
    category: 'professional-experience',
  } as const;

  it.each([
    // The day after the year: missed, in the past tense.
    [
      annual,
      '2025-05-21',
      `The yearly minimum for ${day('2024-05-21')} – ${day('2025-05-20')} was missed by 20 CPDs.`,
    ],
    [
      category,
      '2026-12-05',
      `The yearly minimum of Professional experience for ${day('2024-05-21')} – ${day('2025-05-20')} was missed by 5 CPDs.`,
    ],
    // Its last day: still to earn.
    [annual, '2025-05-20', `20 CPDs more between ${day('2024-05-21')} and ${day('2025-05-20')}.`],
  ])('%o on %s', (s, asOf, text) => {
    expect(shortfallText(s, 'CPD', [], { asOf })).toBe(text);
  });

  it.each([
    [
      { period: year1, category: null, minimum: 20, counted: 8, short: 12 },
      `The 20-CPD minimum for ${day('2024-05-21')} – ${day('2025-05-20')} was missed: 8 CPDs counted.`,
    ],
    [
      { period: year1, category: null, minimum: 20, counted: 1, short: 19 },
      `The 20-CPD minimum for ${day('2024-05-21')} – ${day('2025-05-20')} was missed: 1 CPD counted.`,
    ],
    [
      { period: year1, category: 'professional-experience', minimum: 5, counted: 0, short: 5 },
      `The 5-CPD minimum of Professional experience for ${day('2024-05-21')} – ${day('2025-05-20')} was missed: none counted.`,
    ],
  ])('the missed minimum %#', (m, text) => {
    expect(missedMinimumText(m, 'CPD')).toBe(text);
  });

  it('says what the sources say it means, and what to do', () => {
    expect(missedMinimumAdvice({ body: 'PeopleCert' }, 'CPD', 1)).toBe(
      'If you earned CPDs in that year that are not in your log, log them. PeopleCert’s CPD route asks for the minimum in every year of the three, and Ascent’s sources do not say whether a missed year can be made up later: check with PeopleCert. Passing another exam in the same suite, or this exam again, also renews it.',
    );
    expect(missedMinimumAdvice({ body: 'ISACA' }, 'CPE', 2)).toBe(
      'If you earned CPEs in those years that are not in your log, log them. Ascent’s sources do not say what a missed year means for this credential: check with ISACA.',
    );
    expect(missedMinimumAdvice({ body: 'custom', bodyName: 'APM' }, 'hours', 1)).toContain(
      'check with APM.',
    );
  });
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 5, 9, 0)); // 5 Dec 2026
  store = await openStore(freshName('credential-cycle-words'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

async function hold(credentialId: string, earnedDate: string): Promise<string> {
  const saved = await saveHeld(
    store,
    { credentialId, stage: 'earned', earnedDate, renewals: [] },
    ASOF,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  return saved.value.id;
}

async function log(a: Omit<Activity, 'id' | 'unit' | 'status'> & Partial<Activity>) {
  const saved = await saveActivity(store, { unit: 'hours', status: 'earned', ...a }, ASOF);
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
}

const app = (children: React.ReactNode) => (
  <StoreProvider store={store}>
    <PlatformProvider platform={createWebPlatform('0')}>
      <UndoProvider>
        <main>{children}</main>
      </UndoProvider>
    </PlatformProvider>
  </StoreProvider>
);

/** The "Still missing" lines of a cycle summary. */
const missingLines = (region: HTMLElement) => {
  const heading = within(region).getByRole('heading', { name: 'Still missing' });
  return within(heading.parentElement!)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
};

describe('PgMP with Ways of Working logged but not allocated', { timeout: 30_000 }, () => {
  const split = (waysOfWorking: number, powerSkills = 0) => ({
    waysOfWorking,
    powerSkills,
    businessAcumen: 0,
  });

  beforeEach(async () => {
    // A 12 h programme-delivery course (Ways of Working only) and a 3 h talk with 1 h of it.
    await log({
      date: '2025-02-10',
      title: 'Programme delivery course',
      type: 'course-or-training',
      amount: 12,
      split: split(12),
    });
    await log({
      date: '2025-06-10',
      title: 'Benefits talk',
      type: 'online-or-digital-media',
      amount: 3,
      split: split(1, 2),
    });
  });

  it('the page says how much is not allocated and what to do, on the line and in the table', async () => {
    const id = await hold('pgmp', '2024-03-01');
    render(app(<CredentialDetail heldId={id} />));
    const current = await screen.findByRole('region', { name: 'Current cycle' }, SLOW);
    expect(missingLines(current)).toContain(
      '8 PDUs more in Ways of Working — 13 hours logged are not allocated to PgMP: on each activity, enter the Ways of Working hours that cover PgMP.',
    );
    const table = screen.getByRole('region', { name: 'Activities in cycle 1' });
    const course = within(table).getByRole('row', { name: /Programme delivery course/ });
    expect(within(course).getByRole('listitem').textContent).toBe(
      '12 hours of Ways of Working are not allocated to PgMP: open the activity and enter its Ways of Working hours for PgMP (the hours that cover PgMP).',
    );
    const talk = within(table).getByRole('row', { name: /Benefits talk/ });
    expect(within(talk).getByRole('listitem').textContent).toBe(
      '1 hour of Ways of Working is not allocated to PgMP: open the activity and enter its Ways of Working hours for PgMP (the hours that cover PgMP).',
    );
  });

  // Planned for January, none of its Ways of Working hours allocated to PgMP: left out of the
  // hours logged (only a projection), whether it still counts for another area (read from its
  // explanation) or brings PgMP nothing (only the log says it is planned).
  it.each([
    { title: 'Programme risk course', amount: 6, waysOfWorking: 4, powerSkills: 2 },
    { title: 'Programme governance workshop', amount: 4, waysOfWorking: 4, powerSkills: 0 },
  ])(
    'leaves the planned “$title” ($waysOfWorking of $amount hours Ways of Working) out of the hours logged',
    async ({ title, amount, waysOfWorking, powerSkills }) => {
      await log({
        date: '2027-01-15',
        title,
        type: 'course-or-training',
        amount,
        split: split(waysOfWorking, powerSkills),
        status: 'planned',
      });
      const id = await hold('pgmp', '2024-03-01');
      render(app(<CredentialDetail heldId={id} />));
      const current = await screen.findByRole('region', { name: 'Current cycle' }, SLOW);
      expect(missingLines(current)).toContain(
        '8 PDUs more in Ways of Working — 13 hours logged are not allocated to PgMP: on each activity, enter the Ways of Working hours that cover PgMP.',
      );
    },
  );

  it('the Credentials screen, which has figures only, says how Ways of Working counts for PgMP', async () => {
    await hold('pgmp', '2024-03-01');
    render(app(<CredentialsScreen />));
    const card = await screen.findByRole('article', { name: /^PgMP/ }, SLOW);
    await within(card).findByText('Still missing', {}, SLOW);
    expect(missingLines(card)).toContain(
      '8 PDUs more in Ways of Working. For PgMP, Ways of Working hours count only once allocated: on each activity that covers PgMP, enter its Ways of Working hours for PgMP.',
    );
  });
});

describe('PRINCE2 Practitioner with a CPD year missed', { timeout: 30_000 }, () => {
  // Exam 21 May 2024: renew by 21 May 2027; year 1 (21 May 2024 – 20 May 2025) has 8 CPD
  // points, year 2 has 26 with 5 of experience, year 3 nothing yet.
  beforeEach(async () => {
    await log({
      date: '2024-09-01',
      title: 'Agile workshop',
      type: 'course-or-training',
      amount: 8,
    });
    await log({ date: '2025-06-01', title: 'MSP course', type: 'course-or-training', amount: 21 });
    await log({
      date: '2025-09-01',
      title: 'Programme office work',
      type: 'work-as-practitioner',
      amount: 5,
    });
  });

  it('says the year was missed, in the past tense, and a status that agrees with "Active"', async () => {
    const id = await hold('prince2-practitioner', '2024-05-21');
    render(app(<CredentialDetail heldId={id} />));
    const current = await screen.findByRole('region', { name: 'Current cycle' }, SLOW);
    const text = current.textContent ?? '';
    expect(text).toContain(
      `Cycle 1: ${day('2024-05-21')} – ${day('2027-05-21')} · Behind: a yearly minimum was missed · 167 days left`,
    );
    expect(text).not.toContain('Overdue');
    const missed = within(current).getByRole('heading', { name: 'Missed' }).parentElement!;
    expect(
      within(missed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      `The 20-CPD minimum for ${day('2024-05-21')} – ${day('2025-05-20')} was missed: 8 CPDs counted.`,
      `The 5-CPD minimum of Professional experience for ${day('2024-05-21')} – ${day('2025-05-20')} was missed: none counted.`,
    ]);
    expect(missed.textContent).toContain('check with PeopleCert');
    // What can still be earned: the total and year 3, never year 1 as "more between".
    expect(missingLines(current)).toEqual([
      '26 CPDs more in total.',
      `20 CPDs more between ${day('2026-05-21')} and ${day('2027-05-21')}.`,
      `5 CPDs more of Professional experience between ${day('2026-05-21')} and ${day('2027-05-21')}.`,
    ]);
    expect(text).not.toContain(`between ${day('2024-05-21')}`);
    expect(screen.getByText('Active')).toBeDefined();
  });
});
