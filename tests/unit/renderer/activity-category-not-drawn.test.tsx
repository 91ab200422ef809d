// An activity tagged with a category of the user's own credential; the category was then removed
// from the definition, and the credential is no longer earned (a target again). The activity form
// draws no category select for it, yet every save was refused with a categories error and no
// field to fix it. A tag is now checked only where the form draws its select, and one for a
// scheme not drawn is kept as stored.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { customCredentialRule, type CredentialRule } from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities, saveActivity } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ActivityEditor } from '../../../renderer/src/features/credit-log/ActivityEditor';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TEST = { timeout: 30_000 };
const TODAY = '2026-12-06';

/** The definition as it is now: its "Reflective practice" category (category-2) removed. */
const own = customCredentialRule({
  id: 'custom-cpd',
  acronym: 'MYCPD',
  name: 'My CPD',
  body: 'My institute',
  unit: 'CPD',
  cycleMonths: 12,
  total: 20,
  categories: [{ id: 'category-1', name: 'Formal learning', min: 5 }],
});
if (!own.ok) throw new Error('invalid custom credential');
const mine: CredentialRule = own.value;

const held = (stage: 'target' | 'earned'): HeldWithRule => ({
  credential: {
    id: 'held-custom-cpd',
    credentialId: mine.id,
    stage,
    ...(stage === 'earned' ? { earnedDate: '2026-06-01' } : {}),
  },
  rule: mine,
});

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 6, 9, 0)); // 6 Dec 2026
  // jsdom has no CSS.escape; the form finds a field by its name with it.
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('activity-category-not-drawn'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  store.db.close();
  await store.db.delete();
});

/** The activity as stored, tagged with the removed category. */
async function storedActivity() {
  const saved = await saveActivity(
    store,
    {
      title: 'Old course',
      type: 'course-or-training',
      date: '2026-07-01',
      amount: 25,
      unit: 'hours',
      status: 'earned',
      categories: { 'custom:custom-cpd': 'category-2' },
    },
    TODAY,
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  return (await listActivities(store))[0]!;
}

async function showForm(credential: HeldWithRule) {
  const original = await storedActivity();
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={original} held={[credential]} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Edit activity' });
}

describe('a category tag for a credential no longer earned', TEST, () => {
  it('saves with no category select drawn, keeping the tag as stored', async () => {
    const form = await showForm(held('target'));
    expect(within(form).queryByLabelText('Category for MYCPD')).toBeNull();
    fireEvent.change(within(form).getByLabelText('Title'), {
      target: { value: 'Old course, renamed' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await listActivities(store)).map((a) => [a.title, a.categories])).toEqual([
        ['Old course, renamed', { 'custom:custom-cpd': 'category-2' }],
      ]),
    );
    expect(within(form).queryByRole('button', { name: /^Category for/ })).toBeNull();
  });

  it('while the credential is earned, the select is drawn and the tag still asks for a choice', async () => {
    const form = await showForm(held('earned'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    const summary = await within(form).findByRole('button', {
      name: 'Category for MYCPD: Choose one of the options in the list.',
    });
    expect(summary.textContent).toBe('Category for MYCPD: Choose one of the options in the list.');
    expect((await listActivities(store)).map((a) => a.title)).toEqual(['Old course']);
  });
});
