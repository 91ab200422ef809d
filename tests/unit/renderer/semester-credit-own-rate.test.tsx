// A course counted by its semester credits (domain-facts §4: ISACA, 15 CPE hours per semester
// credit) says whose rate it was counted with: ISACA's is named "(ISACA)", the holder's own
// number from the rule panel "(your number)", never ISACA's name on the user's number. The
// line names the amount as the preview's "Credits:" line does ("45 CPEs"), one unit, one name.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applyOverrides,
  findCredentialRule,
  USER_DEFINED,
  type CredentialRule,
} from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { semesterCreditsText } from '../../../renderer/src/features/credentials/amount-words';
import { ActivityEditor } from '../../../renderer/src/features/credit-log/ActivityEditor';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TODAY = '2026-11-22';
const cisa = findCredentialRule('cisa')!;

/** CISA with the holder's own hours per semester credit, as the rule panel saves it. */
function cisaAt(perCredit: number): CredentialRule {
  const applied = applyOverrides(cisa, { cpePerSemesterCredit: perCredit });
  if (!applied.ok) throw new Error(JSON.stringify(applied.errors));
  return applied.value;
}

describe('semesterCreditsText', () => {
  it.each<[string, CredentialRule, [number, number, number], string]>([
    ['ISACA’s rate', cisa, [3, 15, 45], '3 semester credits × 15 = 45 CPEs (ISACA)'],
    ['one credit', cisa, [1, 15, 15], '1 semester credit × 15 = 15 CPEs (ISACA)'],
    [
      'the holder’s own rate',
      cisaAt(10),
      [3, 10, 30],
      '3 semester credits × 10 (your number) = 30 CPEs',
    ],
    [
      'the holder’s own rate, equal to ISACA’s',
      cisaAt(15),
      [1.5, 15, 22.5],
      '1.5 semester credits × 15 (your number) = 22.5 CPEs',
    ],
  ])('%s', (_name, rule, [credits, perCredit, hours], words) => {
    expect(semesterCreditsText({ credits, perCredit, hours }, rule)).toBe(words);
  });

  it('names a credential the user defined by its body, in its own unit', () => {
    const rule: CredentialRule = {
      ...cisa,
      body: 'custom',
      bodyName: 'Audit Guild',
      unit: 'hours',
      cpePerSemesterCredit: { value: 12, confidence: 'M', source: USER_DEFINED },
    };
    expect(semesterCreditsText({ credits: 2, perCredit: 12, hours: 24 }, rule)).toBe(
      '2 semester credits × 12 = 24 hours (Audit Guild)',
    );
  });
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('semester-credit-own-rate'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await store.db.delete();
});

const holding = (rule: CredentialRule): HeldWithRule => ({
  credential: { id: 'held-cisa', credentialId: 'cisa', stage: 'earned', earnedDate: '2024-01-15' },
  rule,
});

/** The CISA card of the activity form's preview, as read, for a 40-hour course of 3 credits. */
function previewOf(rule: CredentialRule): string {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={null} held={[holding(rule)]} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  const form = screen.getByRole('form', { name: 'Log an activity' });
  const type = (label: string, value: string) =>
    fireEvent.change(within(form).getByLabelText(label), { target: { value } });
  type('Title', 'IT audit and assurance (university)');
  type('Activity type', 'course-or-training');
  type('Completion date', '2025-05-10');
  type('Amount', '40');
  type('Semester credits (optional)', '3');
  const preview = screen.getByRole('complementary', { name: 'How it counts' });
  const card = within(preview).getByRole('heading', { name: 'CISA' }).closest('li')!;
  return [...card.querySelectorAll('.cl-amounts li, .cl-credits')]
    .map((e) => e.textContent)
    .join(' | ');
}

describe('the activity form’s preview', { timeout: 30_000 }, () => {
  it('says ISACA’s rate in the unit of the line above it', () => {
    expect(previewOf(cisa)).toBe('Credits: 45 CPEs | 3 semester credits × 15 = 45 CPEs (ISACA)');
  });

  it('says the holder’s own rate is theirs', () => {
    expect(previewOf(cisaAt(10))).toBe(
      'Credits: 30 CPEs | 3 semester credits × 10 (your number) = 30 CPEs',
    );
  });
});
