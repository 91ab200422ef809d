// The user's own ladder everywhere (issue 5 part 1): rungs added, renamed, moved or removed
// on the Ladder screen show in the profile's choices, on the dashboard's ladder picture and
// in its readiness card; a rung the profile names that was removed is said plainly, with
// the way to choose again.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRung,
  defaultLadderPlan,
  moveRung,
  newUserRung,
  removeRung,
  updateRung,
  type LadderEdit,
  type LadderPlan,
} from '../../../shared/catalog/ladder-requirements';
import { draftFromProfile, emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveLadderPlan } from '../../../renderer/src/db/repositories/career';
import { getProfile, saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { Dashboard } from '../../../renderer/src/features/dashboard/Dashboard';
import { ProfileForm } from '../../../renderer/src/features/profile/ProfileForm';
import { freshName } from '../../db/helpers';

/** fake-indexeddb and live queries take a while on a busy machine. */
const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };

const ok = (edit: LadderEdit): LadderPlan => {
  if (!edit.ok) throw new Error(JSON.stringify(edit.errors));
  return edit.value;
};
/** Senior PMO Analyst, a rung of the user's own, just above PMO Analyst. */
const withSenior = ok(addRung(defaultLadderPlan(), newUserRung('senior', 'Senior PMO Analyst'), 2));

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('ladder-everywhere'));
});
afterEach(() => {
  cleanup();
  store?.db.close();
});

async function profileOn(plan: LadderPlan | null, currentRung: string, targetRung: string) {
  if (plan) await saveLadderPlan(store, plan);
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    name: 'Dana',
    currentRung,
    targetRung,
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error(`profile not saved: ${JSON.stringify(saved.errors)}`);
}

const inStore = (ui: React.ReactNode) =>
  render(
    <StoreProvider store={store}>
      <UndoProvider>{ui}</UndoProvider>
    </StoreProvider>,
  );

const climb = () => screen.findByRole('region', { name: 'Your climb' }, SLOW);
const picture = async () =>
  within(await climb())
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('the dashboard draws the user’s ladder', TEST, () => {
  it('names a rung of their own as the target, in the picture and the readiness card', async () => {
    await profileOn(withSenior, 'pmo-analyst', 'senior');
    inStore(<Dashboard />);
    expect((await climb()).textContent).toContain('PMO Analyst → Senior PMO Analyst');
    expect((await climb()).textContent).toContain('One step to go.');
    expect(await picture()).toEqual([
      '6PMO DirectorPMO Director, Head of PMO, Director of Project Management',
      '5PMO ManagerPMO Manager, Programme Office Manager, Portfolio Office Manager',
      '4Project / Program ManagerProject Manager, Senior Project Manager, Program Manager',
      '3Senior PMO AnalystAdded by youYour target',
      '2PMO AnalystPMO Analyst, PMO Officer, Project Planner / ControllerYou are here',
      '1Project supportProject Coordinator, Project Administrator, PMO Administrator',
    ]);
    const readiness = await screen.findByRole(
      'region',
      { name: 'Readiness for Senior PMO Analyst' },
      SLOW,
    );
    expect(within(readiness).getByRole('link').textContent).toBe(
      'See every requirement for Senior PMO Analyst',
    );
  });

  it('follows a renamed and a moved rung', async () => {
    let plan = ok(updateRung(defaultLadderPlan(), 'pmo-manager', { name: 'Head of Delivery' }));
    plan = ok(moveRung(plan, 'pmo-director', 1));
    await profileOn(plan, 'project-support', 'pmo-manager');
    inStore(<Dashboard />);
    expect((await climb()).textContent).toContain('Project support → Head of Delivery');
    // Project support, PMO Director (moved down), PMO Analyst, Project / Program Manager.
    expect((await climb()).textContent).toContain('4 steps to go.');
    expect(await picture()).toEqual([
      '5Head of DeliveryPMO Manager, Programme Office Manager, Portfolio Office ManagerYour target',
      '4Project / Program ManagerProject Manager, Senior Project Manager, Program ManagerOn the way',
      '3PMO AnalystPMO Analyst, PMO Officer, Project Planner / ControllerOn the way',
      '2PMO DirectorPMO Director, Head of PMO, Director of Project ManagementOn the way',
      '1Project supportProject Coordinator, Project Administrator, PMO AdministratorYou are here',
    ]);
    await screen.findByRole('region', { name: 'Readiness for Head of Delivery' }, SLOW);
  });

  it('says the target was removed and how to choose another, in both cards', async () => {
    await profileOn(null, 'pmo-analyst', 'pmo-director');
    await saveLadderPlan(store, ok(removeRung(defaultLadderPlan(), 'pmo-director')));
    inStore(<Dashboard />);
    const card = await climb();
    expect(card.textContent).toContain('Your target rung was removed from your ladder.');
    expect(within(card).queryByRole('list')).toBeNull();
    const link = within(card).getByRole('link', {
      name: 'Choose a new target rung in your profile',
    });
    expect(link.getAttribute('href')).toBe('#/settings');

    const readiness = await screen.findByRole(
      'region',
      { name: 'Readiness for your target rung' },
      SLOW,
    );
    expect(readiness.textContent).toContain('Your target rung was removed from your ladder.');
    expect(
      within(readiness)
        .getByRole('link', { name: 'Choose a new target rung in your profile' })
        .getAttribute('href'),
    ).toBe('#/settings');
  });

  it('says when the current rung is gone, and when the target was moved below it', async () => {
    await profileOn(withSenior, 'senior', 'pmo-manager');
    await saveLadderPlan(store, ok(removeRung(withSenior, 'senior')));
    inStore(<Dashboard />);
    expect((await climb()).textContent).toContain(
      'The rung you are on was removed from your ladder.',
    );
    // The target is still there, so its readiness still shows.
    await screen.findByRole('region', { name: 'Readiness for PMO Manager' }, SLOW);

    await saveLadderPlan(store, ok(moveRung(withSenior, 'pmo-manager', 0)));
    await waitFor(async () =>
      expect((await climb()).textContent).toContain(
        'Your target rung is now below the rung you are on.',
      ),
    );
  });
});

describe('the profile offers the rungs of the user’s ladder', TEST, () => {
  const options = (label: string) =>
    within(screen.getByLabelText(label))
      .getAllByRole('option')
      .map((o) => o.textContent);

  it('offers the shipped five when nothing was edited (onboarding)', async () => {
    inStore(<ProfileForm initial={emptyProfileDraft()} submitLabel="Start using Ascent" />);
    await screen.findByLabelText('Current rung', {}, SLOW);
    expect(options('Target rung')).toEqual([
      'Choose…',
      '1. Project support — Project Coordinator, Project Administrator, PMO Administrator',
      '2. PMO Analyst — PMO Officer, Project Planner / Controller',
      '3. Project / Program Manager — Project Manager, Senior Project Manager, Program Manager',
      '4. PMO Manager — Programme Office Manager, Portfolio Office Manager',
      '5. PMO Director — Head of PMO, Director of Project Management',
    ]);
  });

  it('offers a rung of their own and saves it as the target', async () => {
    await profileOn(withSenior, 'pmo-analyst', 'pmo-manager');
    const profile = (await getProfile(store))!;
    inStore(<ProfileForm initial={draftFromProfile(profile)} submitLabel="Save profile" />);
    await screen.findByLabelText('Target rung', {}, SLOW);
    expect(options('Current rung')).toContain('3. Senior PMO Analyst');
    fireEvent.change(screen.getByLabelText('Target rung'), { target: { value: 'senior' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText('Saved.', {}, SLOW);
    expect((await getProfile(store))?.targetRung).toBe('senior');
  });

  it('does not offer a removed rung and says the stored one is gone', async () => {
    await profileOn(withSenior, 'pmo-analyst', 'senior');
    await saveLadderPlan(store, ok(removeRung(withSenior, 'senior')));
    const profile = (await getProfile(store))!;
    expect(profile.targetRung).toBe('senior');
    inStore(<ProfileForm initial={draftFromProfile(profile)} submitLabel="Save profile" />);
    const target = await screen.findByLabelText('Target rung', {}, SLOW);
    expect(options('Target rung').join()).not.toContain('Senior PMO Analyst');
    expect((target as HTMLSelectElement).value).toBe('');
    expect(target.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('Your target rung was removed from your ladder. Choose a new target rung.'),
    ).toBeDefined();
    expect((screen.getByLabelText('Current rung') as HTMLSelectElement).value).toBe('pmo-analyst');

    fireEvent.change(target, { target: { value: 'pmo-manager' } });
    expect(screen.queryByText(/was removed from your ladder/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText('Saved.', {}, SLOW);
    expect((await getProfile(store))?.targetRung).toBe('pmo-manager');
  });
});

describe('dashboard cards open their screens', TEST, () => {
  it('the climb opens the ladder and the study time opens the settings', async () => {
    await profileOn(null, 'pmo-analyst', 'pmo-manager');
    inStore(<Dashboard />);
    const link = (region: HTMLElement, name: string) =>
      within(region).getByRole('link', { name }).getAttribute('href');
    expect(link(await climb(), 'Open the ladder')).toBe('#/ladder');
    const study = await screen.findByRole('region', { name: 'Study time' }, SLOW);
    expect(link(study, 'Change your weekly availability')).toBe('#/settings');
  });
});
