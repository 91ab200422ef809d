// A cycle with yearly minimums (ISACA 20 CPEs every calendar year, domain-facts §4; PeopleCert's
// CPD route 20 points every 12 months, §3) can be at risk because the year running is behind,
// even with the cycle's total met, and its pace is then the year's. The status and the pace
// say that year's deadline, so "At risk" beside "130 of 120 counted" and "about 30.5 a month"
// with a year and more left read as what they are: this year's minimum is due soon.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialDetail } from '../../../renderer/src/features/credentials/CredentialDetail';
import {
  cycleStatusText,
  cycleStatusWords,
} from '../../../renderer/src/features/credentials/cycle-status-words';
import { paceText } from '../../../renderer/src/features/credentials/pace-words';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { yearDueOn } from '../../../shared/domain/credits/pace';
import { freshName } from '../../db/helpers';
import { activity, course, evaluate, holding } from '../domain/credits/fixtures';

// CISA earned 10 Jun 2025: years 10 Jun 2025 – 31 Dec 2026, 2027, 2028.
const cisa = holding('cisa', '2025-06-10');
const dec31 = formatDate('2027-12-31');

describe('the words of a cycle at risk because of the year running', () => {
  it.each([
    [
      'total met in year 1, year 2 empty 20 days before its end',
      [activity({ date: '2026-03-01', amount: 130 })],
      '2027-12-12',
      `At risk: 20 CPEs due by ${dec31} for this year`,
      // 20 CPEs over the 20 days to act: 30.44 a month, 7 a week.
      `20 CPEs due by ${dec31} for this year. To meet it: about 30.5 CPEs a month (7.0 a week).`,
    ],
    [
      'total on pace, year 2 behind on 30 Sep 2027',
      [activity({ date: '2026-03-01', amount: 85 }), activity({ date: '2027-01-15', amount: 5 })],
      '2027-09-30',
      `At risk: 15 CPEs due by ${dec31} for this year`,
      // 15 over 93 days: 4.91 a month, 1.13 a week (the cycle's 35 over 459 days: 2.33).
      `15 CPEs due by ${dec31} for this year. To meet it: about 5.0 CPEs a month (1.2 a week).`,
    ],
    [
      'year 2 on pace on 30 Sep 2027: the cycle’s words',
      [activity({ date: '2026-03-01', amount: 85 }), activity({ date: '2027-01-15', amount: 15 })],
      '2027-09-30',
      'On track',
      // 25 over 459 days: 1.66 a month, 0.39 a week.
      'To finish on time: about 1.7 CPEs a month (0.4 a week).',
    ],
  ])('%s', (_name, log, asOf, status, pace) => {
    const ev = evaluate(cisa, log, asOf);
    expect(cycleStatusText(ev, asOf)).toBe(status);
    expect(paceText(ev, ev.pace!, ev.deadline!, yearDueOn(ev, asOf))).toBe(pace);
  });

  it('a PMI cycle at risk keeps its words', () => {
    const pmp = holding('pmp', '2025-01-15');
    const ev = evaluate(
      pmp,
      [course('2025-03-10', { waysOfWorking: 5, powerSkills: 2, businessAcumen: 1 })],
      '2026-11-22',
    );
    expect(cycleStatusText(ev, '2026-11-22')).toBe('At risk');
    expect(paceText(ev, ev.pace!, ev.deadline!, yearDueOn(ev, '2026-11-22'))).toBe(
      'To finish on time: about 3.8 PDUs a month (0.9 a week).',
    );
  });

  it.each([
    ['at-risk', 'the year’s words', 'At risk: the year’s words'],
    ['on-track', 'the year’s words', 'On track'],
    ['at-risk', undefined, 'At risk'],
  ] as const)('cycleStatusWords(%s, %s)', (status, due, words) => {
    expect(cycleStatusWords(status, '2027-12-31', false, due)).toBe(words);
  });
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 12, 9, 0)); // 12 Dec 2026
  store = await openStore(freshName('year-due-words'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  store.db.close();
  await store.db.delete();
});

describe('a CISA page 20 days before a year ends with nothing logged in it', () => {
  it('says the year is due, though the total is met', { timeout: 20_000 }, async () => {
    // Earned 10 Jun 2024: years 10 Jun 2024 – 31 Dec 2025, 2026, 2027; 130 CPEs in year 1.
    const saved = await saveHeld(
      store,
      { credentialId: 'cisa', stage: 'earned', earnedDate: '2024-06-10', renewals: [] },
      '2026-12-12',
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    for (const date of ['2025-02-01', '2025-04-01', '2025-06-01', '2025-08-01', '2025-10-01']) {
      const a = { title: 'Audit course', type: 'course-or-training' as const, amount: 26 };
      const done = await saveActivity(
        store,
        { ...a, date, unit: 'hours', status: 'earned' },
        '2026-12-12',
      );
      if (!done.ok) throw new Error(JSON.stringify(done.errors));
    }
    render(
      <StoreProvider store={store}>
        <PlatformProvider platform={createWebPlatform('0')}>
          <UndoProvider>
            <CredentialDetail heldId={saved.value.id} />
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>,
    );
    const current = await screen.findByRole('region', { name: 'Current cycle' }, { timeout: 5000 });
    const text = current.textContent ?? '';
    const due = `20 CPEs due by ${formatDate('2026-12-31')} for this year`;
    expect(text).toContain(`At risk: ${due}`);
    expect(text).toContain('130 CPEs counted — 120 required');
    expect(text).toContain(`${due}. To meet it: about 30.5 CPEs a month (7.0 a week).`);
  });
});
