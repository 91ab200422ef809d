// The body's own category of an activity (review: a category of one's own credential, and
// IIBA's or PeopleCert's, could never be chosen, so "5 CPDs more in Category 1." could never be
// closed). The activity form asks for it for each credential whose rule has categories to
// choose from, the preview counts the activity in the category chosen, saving stores it by
// category scheme and clearing removes it; a category is named by its own name everywhere.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  customCredentialRule,
  findCredentialRule,
  type CredentialRule,
} from '../../../shared/catalog/credentials';
import type { HeldWithRule } from '../../../shared/domain/credentials';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  listActivities,
  saveActivity,
  type ActivityRow,
} from '../../../renderer/src/db/repositories/activities';
import { saveCustom, saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { CredentialsScreen } from '../../../renderer/src/features/credentials/CredentialsScreen';
import { shortfallText } from '../../../renderer/src/features/credentials/messages';
import { numberLabel } from '../../../renderer/src/features/credentials/rule-number-words';
import { ruleNumbers } from '../../../shared/domain/rule-panel/rule-numbers';
import { ActivityEditor } from '../../../renderer/src/features/credit-log/ActivityEditor';
import { PlatformProvider } from '../../../renderer/src/platform';
import { createWebPlatform } from '../../../renderer/src/platform/web';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TEST = { timeout: 30_000 };
const SLOW = { timeout: 5000 };
const TODAY = '2026-12-06';

const definition = {
  id: 'custom-cpd',
  acronym: 'MYCPD',
  name: 'My CPD',
  body: 'My institute',
  unit: 'CPD' as const,
  cycleMonths: 12,
  total: 20,
  minDistinctCategories: 1,
  categories: [{ id: 'category-1', name: 'Formal learning', min: 5 }],
};
const own = customCredentialRule(definition);
if (!own.ok) throw new Error('invalid custom credential');
const mine: CredentialRule = own.value;

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 6, 9, 0)); // 6 Dec 2026
  // jsdom has no CSS.escape; the form finds a field by its name with it.
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('activity-category'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  store.db.close();
  await store.db.delete();
});

const earned = (rule: CredentialRule, earnedDate = '2026-06-01'): HeldWithRule => ({
  credential: { id: `held-${rule.id}`, credentialId: rule.id, stage: 'earned', earnedDate },
  rule,
});
const builtIn = (id: string) => earned(findCredentialRule(id)!, '2025-01-15');

function showForm(held: readonly HeldWithRule[], original: ActivityRow | null = null) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={original} held={held} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: original ? 'Edit activity' : 'Log an activity' });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

/** The option texts of a select, the one shown first. */
const optionsOf = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

/** The preview's card of one credential, by its acronym. */
function outcomeOf(acronym: string) {
  const preview = screen.getByRole('complementary', { name: 'How it counts' });
  return within(preview).getByRole('heading', { name: acronym }).closest('li')!;
}

/** A 25-hour course, as in the review's repro. */
function enterCourse(form: HTMLElement) {
  type(form, 'Title', 'Project controls course');
  type(form, 'Activity type', 'course-or-training');
  type(form, 'Completion date', '2026-07-01');
  type(form, 'Amount', '25');
}

describe('the category selects of the activity form', TEST, () => {
  it('asks only for the credentials whose rule has categories to choose from', () => {
    const form = showForm([
      builtIn('pmp'),
      builtIn('cisa'),
      earned(mine),
      builtIn('cbap'),
      builtIn('ccba'),
      builtIn('prince2-practitioner'),
    ]);
    enterCourse(form);
    const labels = within(within(form).getByRole('group', { name: 'Category' }))
      .getAllByRole('combobox')
      .map((s) => s.getAttribute('id'))
      .map((id) => form.querySelector(`label[for="${id}"]`)?.textContent);
    expect(labels).toEqual([
      'Category for MYCPD',
      'Category for CBAP and CCBA',
      'Category for PRINCE2 Practitioner',
    ]);
    expect(optionsOf(within(form).getByLabelText('Category for MYCPD'))).toEqual([
      'No category (counts towards the total only)',
      'Formal learning',
    ]);
    expect(optionsOf(within(form).getByLabelText('Category for CBAP and CCBA'))).toEqual([
      'As Ascent files it (Professional development)',
      'Academic',
      'Professional development',
      'Professional activities',
      'Self directed',
      'Volunteer',
      'Professional experience',
    ]);
    // The first option follows the type: a volunteering activity is filed as Volunteer.
    type(form, 'Activity type', 'volunteer');
    expect(optionsOf(within(form).getByLabelText('Category for CBAP and CCBA'))[0]).toBe(
      'As Ascent files it (Volunteer)',
    );
    expect(optionsOf(within(form).getByLabelText('Category for PRINCE2 Practitioner'))[0]).toBe(
      'As Ascent files it (Community participation)',
    );
  });

  it('is not there for credentials without categories to choose', () => {
    const none = { ...mine, categories: null };
    const form = showForm([builtIn('pmp'), builtIn('cisa'), earned(none), builtIn('cbap')]);
    enterCourse(form);
    const group = within(form).getByRole('group', { name: 'Category' });
    expect(within(group).getAllByRole('combobox')).toEqual([
      within(form).getByLabelText('Category for CBAP'),
    ]);
    expect(group.querySelector('.hint')?.textContent).toBe(
      'This credential counts credits by category. Choose the category this activity belongs to.',
    );
    cleanup();
    const pmiOnly = showForm([builtIn('pmp'), builtIn('cisa'), earned(none)]);
    enterCourse(pmiOnly);
    expect(within(pmiOnly).queryByRole('group', { name: 'Category' })).toBeNull();
    expect(within(pmiOnly).queryByLabelText(/^Category for/)).toBeNull();
  });

  it('counts the activity in the category chosen, in the preview, and saves it', async () => {
    const form = showForm([earned(mine), builtIn('cbap')]);
    enterCourse(form);
    expect(outcomeOf('MYCPD').textContent).toContain('Credits: 25 CPDs');
    expect(outcomeOf('CBAP').textContent).toContain('Professional development: 25 CDUs');

    type(form, 'Category for MYCPD', 'category-1');
    type(form, 'Category for CBAP', 'academic');
    expect(outcomeOf('MYCPD').textContent).toContain('Formal learning: 25 CPDs');
    expect(outcomeOf('CBAP').textContent).toContain('Academic: 25 CDUs');

    fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
    await waitFor(async () =>
      expect((await listActivities(store)).map((a) => a.categories)).toEqual([
        { 'custom:custom-cpd': 'category-1', iiba: 'academic' },
      ]),
    );
  });

  it('shows a stored category and clears it back to how Ascent files it', async () => {
    const saved = await saveActivity(
      store,
      {
        title: 'Business analysis module (university)',
        type: 'course-or-training',
        date: '2026-07-01',
        amount: 25,
        unit: 'hours',
        status: 'earned',
        categories: { iiba: 'academic', 'custom:custom-cpd': 'category-1' },
      },
      TODAY,
    );
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    const form = showForm([earned(mine), builtIn('cbap')], (await listActivities(store))[0]!);
    const cbap = within(form).getByLabelText<HTMLSelectElement>('Category for CBAP');
    expect(cbap.value).toBe('academic');
    expect(outcomeOf('CBAP').textContent).toContain('Academic: 25 CDUs');

    type(form, 'Category for CBAP', '');
    expect(outcomeOf('CBAP').textContent).toContain('Professional development: 25 CDUs');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await listActivities(store)).map((a) => a.categories)).toEqual([
        { 'custom:custom-cpd': 'category-1' },
      ]),
    );
  });

  it('refuses a stored category the rule no longer has until another is chosen', async () => {
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
    const form = showForm([earned(mine)], (await listActivities(store))[0]!);
    expect(optionsOf(within(form).getByLabelText('Category for MYCPD'))).toEqual([
      'No category (counts towards the total only)',
      'Formal learning',
      'A category no longer in the rule',
    ]);
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    const summary = await within(form).findByRole('button', {
      name: 'Category for MYCPD: Choose one of the options in the list.',
    });
    expect(summary.textContent).toBe('Category for MYCPD: Choose one of the options in the list.');
    type(form, 'Category for MYCPD', 'category-1');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () =>
      expect((await listActivities(store)).map((a) => a.categories)).toEqual([
        { 'custom:custom-cpd': 'category-1' },
      ]),
    );
  });
});

describe('a category of one’s own credential is named by its own name', TEST, () => {
  const short = { code: 'CATEGORY_MIN', category: 'category-1', needed: 5 } as const;

  it('in the shortfall line, with the rule', () => {
    expect(shortfallText(short, 'CPD', [], { rule: mine })).toBe('5 CPDs more in Formal learning.');
  });

  it('on the rule panel, beside IIBA’s built-in names', () => {
    const labels = (r: CredentialRule) =>
      ruleNumbers(r)
        .filter((n) => n.key.startsWith('category'))
        .map((n) => numberLabel(n, r));
    expect(labels(mine)).toEqual([
      'Categories with credits, at least',
      'Formal learning, at least',
    ]);
    expect(labels(findCredentialRule('cbap')!)).toContain('Self directed, at most');
  });

  it('on the credential’s card, and the line goes once the course is in the category', async () => {
    const custom = await saveCustom(store, definition);
    if (!custom.ok) throw new Error(JSON.stringify(custom.errors));
    const held = await saveHeld(
      store,
      { credentialId: 'custom-cpd', stage: 'earned', earnedDate: '2026-06-01', renewals: [] },
      TODAY,
    );
    if (!held.ok) throw new Error(JSON.stringify(held.errors));
    const course = {
      title: 'Project controls course',
      type: 'course-or-training' as const,
      date: '2026-07-01',
      amount: 25,
      unit: 'hours' as const,
      status: 'earned' as const,
    };
    const saved = await saveActivity(store, course, TODAY);
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    const app = (
      <StoreProvider store={store}>
        <PlatformProvider platform={createWebPlatform('0')}>
          <UndoProvider>
            <main>
              <CredentialsScreen />
            </main>
          </UndoProvider>
        </PlatformProvider>
      </StoreProvider>
    );
    const view = render(app);
    const card = await screen.findByRole('article', { name: /^MYCPD/ }, SLOW);
    const missing = await within(card).findByRole('heading', { name: 'Still missing' }, SLOW);
    const lines = () =>
      within(missing.parentElement!)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(lines()).toEqual([
      '5 CPDs more in Formal learning.',
      'Credits in 1 more category: Formal learning.',
    ]);

    await saveActivity(
      store,
      { ...saved.value, categories: { 'custom:custom-cpd': 'category-1' } },
      TODAY,
    );
    await waitFor(() =>
      expect(within(card).queryByRole('heading', { name: 'Still missing' })).toBeNull(),
    );
    expect(within(card).getByText('All requirements of this cycle are met.')).toBeDefined();
    view.unmount();
  });
});
