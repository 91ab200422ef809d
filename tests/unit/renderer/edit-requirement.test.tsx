// Credentials of the user's own on the ladder, and requirements edited whole (issue 5 part 1:
// "the user can edit rungs and requirements"; PRODUCT.md: "a built-in catalogue plus custom
// credentials"): a custom credential is offered beside the catalogue's, counted by readiness,
// and said plainly once deleted; an added requirement's kind and credentials can be changed
// through the same form and the same checks as adding one, keeping what still applies.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRung,
  defaultLadderPlan,
  newUserRung,
  validateRequirement,
  type LadderEdit,
  type LadderPlan,
  type Requirement,
} from '../../../shared/catalog/ladder-requirements';
import { addDays, localDateOf } from '../../../shared/dates';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import type { NextAction } from '../../../shared/domain/readiness';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { hasUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getLadderPlan, saveLadderPlan } from '../../../renderer/src/db/repositories/career';
import { saveCustom, saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  credentialChoices,
  credentialNamer,
} from '../../../renderer/src/features/ladder/credential-names';
import {
  draftToRequirement,
  requirementToDraft,
} from '../../../renderer/src/features/ladder/edit-requirement';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { actionText } from '../../../renderer/src/features/ladder/action-messages';
import { switchKind } from '../../../renderer/src/features/ladder/new-requirement';
import { requirementTitle } from '../../../renderer/src/features/ladder/requirement-title';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };
const CHPP_LABEL = 'ChPP — Chartered Project Professional (your own, APM)';
const DELETED_LABEL = 'A deleted credential of your own: untick it and choose another';

const ok = (edit: LadderEdit): LadderPlan => {
  if (!edit.ok) throw new Error(JSON.stringify(edit.errors));
  return edit.value;
};
const withSenior = ok(addRung(defaultLadderPlan(), newUserRung('senior', 'Senior PMO Analyst'), 2));

let store: Store;
let chppId: string;
beforeEach(async () => {
  store = await openStore(freshName('edit-requirement'));
  await saveLadderPlan(store, withSenior);
  const profile = await saveProfile(store, {
    ...emptyProfileDraft(),
    currentRung: 'pmo-analyst',
    targetRung: 'senior',
    education: 'bachelor',
  });
  if (!profile.ok) throw new Error('profile not saved');
  const own = await saveCustom(store, {
    body: 'APM',
    acronym: 'ChPP',
    name: 'Chartered Project Professional',
    unit: 'CPD',
    cycleMonths: 12,
    total: 35,
    categories: [],
  });
  if (!own.ok) throw new Error('custom credential not saved');
  chppId = own.value.id;
});
afterEach(() => {
  cleanup();
  store?.db.close();
});

function show(rest: string[] = ['senior']) {
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <LadderScreen rest={rest} />
      </UndoProvider>
    </StoreProvider>,
  );
}

const seniorRequirements = async () =>
  (await getLadderPlan(store)).rungs.find((r) => r.id === 'senior')!.requirements;
const header = () => screen.getByText(/^Readiness: \d+% of the way there/);
const addForm = () => screen.findByRole('form', { name: 'Add a requirement' }, SLOW);
const row = (name: RegExp) => screen.findByRole('row', { name }, SLOW);
const cells = (r: HTMLElement) =>
  within(r)
    .getAllByRole('cell')
    .map((c) => c.textContent);
const checked = (f: HTMLElement, label: string | RegExp) =>
  (within(f).getByLabelText(label) as HTMLInputElement).checked;

/** A credential requirement naming ChPP alone, added to Senior PMO Analyst. */
async function seniorNeedsChpp(extra: Partial<Requirement> = {}) {
  await saveLadderPlan(store, {
    ...withSenior,
    rungs: withSenior.rungs.map((r) =>
      r.id === 'senior'
        ? {
            ...r,
            requirements: [
              {
                id: 'own-cred',
                kind: 'credential',
                anyOf: [chppId],
                count: 1,
                standing: 'good',
                priority: 'essential',
                basis: { source: 'Added by you' },
                origin: 'user',
                ...extra,
              } as Requirement,
            ],
          }
        : r,
    ),
  });
}

describe('a credential of your own in a ladder requirement', TEST, () => {
  it('is offered beside the catalogue, named in the title, and met once held', async () => {
    show();
    const f = await addForm();
    fireEvent.change(within(f).getByLabelText('Kind of requirement'), {
      target: { value: 'credential' },
    });
    fireEvent.click(await within(f).findByLabelText(CHPP_LABEL, undefined, SLOW));
    fireEvent.click(within(f).getByLabelText('Essential (counts towards readiness)'));
    fireEvent.click(within(f).getByRole('button', { name: 'Add requirement' }));

    const added = await row(/^Hold ChPP/);
    expect(cells(added)[1]).toBe('Not met');
    expect(within(f).getByRole('status').textContent).toBe(
      'Added “Hold ChPP” to Senior PMO Analyst.',
    );
    expect(await seniorRequirements()).toMatchObject([
      { kind: 'credential', anyOf: [chppId], count: 1, standing: 'good', origin: 'user' },
    ]);
    expect(header().textContent).toContain('0 of 1 essential');

    const today = localDateOf(new Date());
    const held = await saveHeld(
      store,
      { credentialId: chppId, stage: 'earned', earnedDate: addDays(today, -30) },
      today,
    );
    expect(held.ok).toBe(true);
    await waitFor(() => expect(header().textContent).toContain('1 of 1 essential'), SLOW);
    expect(cells(await row(/^Hold ChPP/))[1]).toBe('Met');
  });

  it('deleted, it is said plainly and can be replaced through Edit', async () => {
    await seniorNeedsChpp();
    await store.db.table('customCredentials').delete(chppId);
    show();
    const gone = await row(/^Hold a deleted credential of your own/);
    expect(cells(gone)[1]).toBe(
      'Not met: it names a deleted credential of your own; edit it below to choose another',
    );

    fireEvent.click(
      screen.getByRole('button', { name: 'Edit Hold a deleted credential of your own' }),
    );
    const f = screen.getByRole('form', { name: 'Edit Hold a deleted credential of your own' });
    expect(checked(f, DELETED_LABEL)).toBe(true);
    fireEvent.click(within(f).getByLabelText(DELETED_LABEL));
    fireEvent.click(within(f).getByRole('button', { name: 'Save requirement' }));
    expect(await within(f).findByText('Choose at least one credential.')).toBeDefined();
    // Still offered after the refusal, so it can be ticked again or another chosen.
    expect(checked(f, DELETED_LABEL)).toBe(false);

    fireEvent.click(within(f).getByLabelText(/^PMP — /));
    fireEvent.click(within(f).getByRole('button', { name: 'Save requirement' }));
    await row(/^Hold PMP/);
    expect(await seniorRequirements()).toMatchObject([{ id: 'own-cred', anyOf: ['pmp'] }]);
  });

  it('deleted, the next best action asks for another credential instead', async () => {
    await seniorNeedsChpp();
    await store.db.table('customCredentials').delete(chppId);
    show([]);
    const list = await screen.findByRole(
      'list',
      { name: 'Next best actions for Senior PMO Analyst' },
      SLOW,
    );
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem')[0]!.textContent).toContain(
        'Choose another credential in place of a deleted one of your own (readiness +100%).',
      ),
    );
  });
});

describe('editing a requirement’s kind and credentials', TEST, () => {
  it('adds a catalogue credential to one of your own, with the count checked as when adding', async () => {
    await seniorNeedsChpp();
    show();
    await row(/^Hold ChPP/);
    fireEvent.click(screen.getByRole('button', { name: 'Edit Hold ChPP' }));
    const f = screen.getByRole('form', { name: 'Edit Hold ChPP' });
    expect((within(f).getByLabelText('Kind of requirement') as HTMLSelectElement).value).toBe(
      'credential',
    );
    expect(checked(f, CHPP_LABEL)).toBe(true);
    expect(within(f).queryByLabelText('How many of them')).toBeNull();

    fireEvent.click(within(f).getByLabelText(/^PMP — /));
    const count = within(f).getByLabelText('How many of them');
    fireEvent.change(count, { target: { value: '3' } });
    fireEvent.click(within(f).getByRole('button', { name: 'Save requirement' }));
    expect(
      await within(f).findByText('Only 2 credentials are listed here; ask for that many or fewer.'),
    ).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(count));
    // Nothing typed is lost, nothing is saved.
    expect((count as HTMLInputElement).value).toBe('3');
    expect(checked(f, CHPP_LABEL)).toBe(true);
    expect(await seniorRequirements()).toMatchObject([{ anyOf: [chppId] }]);

    fireEvent.change(count, { target: { value: '1' } });
    fireEvent.click(within(f).getByRole('button', { name: 'Save requirement' }));
    await row(/^Hold ChPP or PMP/);
    expect(await seniorRequirements()).toMatchObject([
      { id: 'own-cred', kind: 'credential', anyOf: [chppId, 'pmp'], count: 1 },
    ]);
  });

  it('another kind keeps what still applies and brings back what was typed', async () => {
    show(['pmo-manager']);
    await row(/^2 years of PMO work/);
    fireEvent.click(screen.getByRole('button', { name: 'Edit 2 years of PMO work' }));
    const f = screen.getByRole('form', { name: 'Edit 2 years of PMO work' });
    const kind = within(f).getByLabelText('Kind of requirement');
    fireEvent.change(within(f).getByLabelText('Months of experience'), {
      target: { value: '30' },
    });

    // Industries ask the same question about kinds of experience: the tick stays.
    fireEvent.change(kind, { target: { value: 'industries' } });
    expect(checked(f, 'PMO')).toBe(true);
    expect(within(f).queryByLabelText('Months of experience')).toBeNull();
    expect(hasUnsavedChanges()).toBe(true);
    fireEvent.click(within(f).getByRole('button', { name: 'Save requirement' }));
    const numberOfIndustries = within(f).getByLabelText('Number of industries');
    expect(await within(f).findByText('Enter a number.')).toBeDefined();
    expect(numberOfIndustries.getAttribute('aria-invalid')).toBe('true');

    // Back to experience: the 30 typed before is still there.
    fireEvent.change(kind, { target: { value: 'experience' } });
    expect((within(f).getByLabelText('Months of experience') as HTMLInputElement).value).toBe('30');
    fireEvent.change(kind, { target: { value: 'industries' } });
    fireEvent.change(within(f).getByLabelText('Number of industries'), {
      target: { value: '3' },
    });
    fireEvent.click(within(f).getByRole('button', { name: 'Save requirement' }));

    const changed = await row(/^Experience in 3 industries/);
    expect(cells(changed).at(-1)).toContain('You changed this requirement.');
    const q = (await getLadderPlan(store)).rungs
      .find((r) => r.id === 'pmo-manager')!
      .requirements.find((x) => x.id === 'experience-pmo');
    expect(q).toEqual({
      id: 'experience-pmo',
      kind: 'industries',
      roleTypes: ['pmo'],
      count: 3,
      priority: 'essential',
      origin: 'default',
      basis: expect.objectContaining({ note: 'You changed this requirement.' }),
    });
  });
});

describe('requirement drafts for editing', () => {
  const base = {
    priority: 'essential',
    basis: { source: 'Added by you' },
    origin: 'user',
  } as const;
  const twoOf: Requirement = {
    ...base,
    id: 'q',
    kind: 'credential',
    anyOf: ['pmp', 'custom-x'],
    count: 2,
    standing: 'earned',
  };

  it('a credential requirement opens with its ticks, count and standing', () => {
    expect(requirementToDraft(twoOf)).toEqual({
      kind: 'credential',
      values: { standing: 'earned', count: '2' },
      picked: { anyOf: ['pmp', 'custom-x'] },
      essential: true,
    });
    expect(draftToRequirement('senior', twoOf, requirementToDraft(twoOf))).toEqual(twoOf);
  });

  it('a free-text requirement stays done when its words change; a new kind drops old fields', () => {
    const own: Requirement = {
      ...base,
      id: 'c',
      kind: 'custom',
      title: 'Run a review',
      done: true,
    };
    const d = requirementToDraft(own);
    const renamed = draftToRequirement('senior', own, {
      ...d,
      values: { title: 'Run a PMO review' },
    });
    expect(renamed).toMatchObject({ kind: 'custom', title: 'Run a PMO review', done: true });

    const asConferences = switchKind(d, 'conferences');
    const next = draftToRequirement('senior', own, {
      ...asConferences,
      values: { perYear: '2' },
    });
    expect(next).toEqual({ ...base, id: 'c', kind: 'conferences', perYear: 2 });
    expect(validateRequirement(next)).toEqual([]);
  });

  it('the same checks as adding: no credential ticked is refused', () => {
    const d = requirementToDraft(twoOf);
    const none = draftToRequirement('senior', twoOf, { ...d, picked: { anyOf: [] } });
    expect(validateRequirement(none).map((e) => `${e.field}:${e.code}`)).toContain(
      'anyOf:NO_CREDENTIAL',
    );
  });
});

describe('credentials named on the ladder', () => {
  const own = [{ id: 'custom-x', acronym: 'ChPP', name: 'Chartered PP', body: 'APM' }];

  it.each<[string, string, typeof own | undefined, string]>([
    ['a catalogue credential', 'pmp', own, 'PMP'],
    ['one of your own', 'custom-x', own, 'ChPP'],
    ['one of your own that was deleted', 'custom-y', own, 'a deleted credential of your own'],
    ['one of your own, yours not known here', 'custom-x', undefined, 'a credential of your own'],
  ])('%s', (_, id, list, name) => {
    expect(credentialNamer(list)(id)).toBe(name);
  });

  it('the tick boxes: catalogue first, then yours, then any deleted one still named', () => {
    const choices = credentialChoices(own, ['pmp', 'custom-y']);
    expect(choices).toContainEqual({
      value: 'pmp',
      label: 'PMP — Project Management Professional',
    });
    expect(choices.slice(-2)).toEqual([
      { value: 'custom-x', label: 'ChPP — Chartered PP (your own, APM)' },
      { value: 'custom-y', label: DELETED_LABEL },
    ]);
  });

  it('titles and actions say your own credential by name, and a deleted one plainly', () => {
    const q: Requirement = {
      id: 'q',
      kind: 'credential',
      anyOf: ['pmp', 'custom-x', 'custom-y'],
      count: 2,
      standing: 'good',
      priority: 'essential',
      basis: { source: 'x' },
      origin: 'user',
    };
    expect(requirementTitle(q, credentialNamer(own))).toBe(
      'Hold 2 of PMP or ChPP or a deleted credential of your own',
    );
    const action = (spec: Partial<NextAction>) =>
      ({
        requirementIds: ['q'],
        priority: 'essential',
        gain: 0,
        deadline: null,
        ...spec,
      }) as NextAction;
    expect(
      actionText(
        action({ code: 'EARN_CREDENTIAL', credential: 'custom-x', eligibility: null }),
        own,
      ),
    ).toBe('Earn the ChPP.');
    expect(
      actionText(
        action({ code: 'EARN_CREDENTIAL', credential: 'custom-y', eligibility: null }),
        own,
      ),
    ).toBe('Choose another credential in place of a deleted one of your own.');
    expect(actionText(action({ code: 'REPLACE_DELETED_CREDENTIAL', requirementId: 'q' }))).toBe(
      'Choose another credential in place of a deleted one of your own.',
    );
  });
});
