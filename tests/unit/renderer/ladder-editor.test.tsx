// The career-ladder editor (issue 5 part 1: "the user can edit rungs and requirements, add
// their own, and reset to the default"): a default requirement's numbers changed through a
// small form the domain checks, and rungs of the user's own added, moved and removed (with
// Undo), all saved in the database and undone by "reset the whole ladder".
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultLadderPlan, type LadderPlan } from '../../../shared/catalog/ladder-requirements';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { hasUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getLadderPlan, saveLadderPlan } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import {
  draftToRequirement,
  requirementToDraft,
} from '../../../renderer/src/features/ladder/edit-requirement';
import { freshName } from '../../db/helpers';

/** fake-indexeddb and live queries take a while on a busy machine. */
const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };

let store: Store;
beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('ladder-editor'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error('profile not saved');
});
afterEach(() => {
  cleanup();
  store?.db.close();
});

function show(rest: string[]) {
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <LadderScreen rest={rest} />
      </UndoProvider>
    </StoreProvider>,
  );
}

const stored = () => store.db.table('ladderPlan').get('me') as Promise<LadderPlan | undefined>;
/** The rung names as the editor lists them, top to bottom of the screen. */
const rungNames = () =>
  within(screen.getByRole('list', { name: 'Your ladder, top rung first' }))
    .getAllByRole('heading', { level: 2 })
    .map((h) => within(h).getByRole('link').textContent);
const requirementRow = (name: RegExp) => screen.findByRole('row', { name }, SLOW);

describe('changing a default requirement’s numbers', TEST, () => {
  it('refuses bad numbers beside the field, then saves a good one and says it is yours', async () => {
    show(['project-manager']);
    await requirementRow(/^35 hours of general project management education/);
    fireEvent.click(
      screen.getByRole('button', { name: 'Edit 35 hours of general project management education' }),
    );
    const form = screen.getByRole('form', {
      name: 'Edit 35 hours of general project management education',
    });
    const hours = within(form).getByLabelText('Hours of education');
    expect(document.activeElement).toBe(hours);

    for (const [typed, words] of [
      ['', 'Enter a number.'],
      ['40.3', 'Use quarter-hour steps: .25, .5 or .75.'],
      ['0', 'Enter 0.25 or more.'],
    ]) {
      fireEvent.change(hours, { target: { value: typed } });
      fireEvent.click(within(form).getByRole('button', { name: 'Save requirement' }));
      expect(await within(form).findByText(words!)).toBeDefined();
      expect(hours.getAttribute('aria-invalid')).toBe('true');
    }
    expect(await stored()).toBeUndefined();

    fireEvent.change(hours, { target: { value: '40' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save requirement' }));
    const row = await requirementRow(/^40 hours of general project management education/);
    expect(row.textContent).toContain('You changed this number.');
    expect(screen.queryByRole('form', { name: /^Edit/ })).toBeNull();
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe(
        'Edit 40 hours of general project management education',
      ),
    );
    const plan = await getLadderPlan(store);
    const q = plan.rungs.find((r) => r.id === 'project-manager')!.requirements;
    expect(q.find((x) => x.id === 'pm-education')).toMatchObject({ hours: 40 });
    expect(screen.getByRole('button', { name: 'Reset this rung to the default' })).toBeDefined();
  });

  it('counts a requirement made recommended no longer towards readiness', async () => {
    show(['pmo-director']);
    await requirementRow(/^Leadership and management at level 5/);
    const essentials = () => /(\d+) essential/.exec(screen.getByRole('banner').textContent!)?.[1];
    const before = Number(essentials());
    fireEvent.click(
      screen.getByRole('button', { name: 'Edit Leadership and management at level 5' }),
    );
    const form = screen.getByRole('form', { name: 'Edit Leadership and management at level 5' });
    fireEvent.change(within(form).getByLabelText('Level (1 to 5)'), { target: { value: '6' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save requirement' }));
    expect(
      await within(form).findByText('Skill levels are whole numbers from 1 to 5.'),
    ).toBeDefined();

    fireEvent.change(within(form).getByLabelText('Level (1 to 5)'), { target: { value: '4' } });
    fireEvent.click(within(form).getByLabelText('Essential (counts towards readiness)'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save requirement' }));
    const row = await requirementRow(/^Leadership and management at level 4/);
    expect(within(row).getAllByRole('cell')[0]!.textContent).toBe('Recommended');
    await waitFor(() => expect(Number(essentials())).toBe(before - 1));
  });

  it('Escape closes an unchanged form at once and puts focus back on Edit', async () => {
    show(['pmo-analyst']);
    await requirementRow(/^1 conference a year/);
    fireEvent.click(screen.getByRole('button', { name: 'Edit 1 conference a year' }));
    const form = screen.getByRole('form', { name: 'Edit 1 conference a year' });
    fireEvent.keyDown(within(form).getByLabelText('Conferences a year'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByRole('form', { name: /^Edit/ })).toBeNull();
    expect(document.activeElement?.textContent).toBe('Edit 1 conference a year');
    expect(await stored()).toBeUndefined();
  });

  it('Escape after a change asks "Discard your changes?"; Keep editing keeps it, Discard saves nothing', async () => {
    show(['pmo-analyst']);
    await requirementRow(/^1 conference a year/);
    fireEvent.click(screen.getByRole('button', { name: 'Edit 1 conference a year' }));
    const form = screen.getByRole('form', { name: 'Edit 1 conference a year' });
    const count = () => within(form).getByLabelText('Conferences a year') as HTMLInputElement;
    fireEvent.change(count(), { target: { value: '3' } });
    fireEvent.keyDown(count(), { key: 'Escape' });
    const question = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    expect(screen.getByRole('form', { name: 'Edit 1 conference a year' })).toBe(form);

    fireEvent.click(within(question).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(count().value).toBe('3');
    await waitFor(() => expect(document.activeElement).toBe(count()));

    fireEvent.keyDown(count(), { key: 'Escape' });
    const again = await screen.findByRole('alertdialog', { name: 'Discard your changes?' });
    fireEvent.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: /^Edit/ })).toBeNull());
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('Edit 1 conference a year'),
    );
    expect(screen.getByRole('row', { name: /^1 conference a year/ })).toBeDefined();
    expect(await stored()).toBeUndefined();
    expect(hasUnsavedChanges()).toBe(false);
  });
});

describe('a number changed and put back', TEST, () => {
  const editLeading = async (from: string, to: string) => {
    fireEvent.click(screen.getByRole('button', { name: `Edit ${from} of leading projects` }));
    const form = screen.getByRole('form', { name: `Edit ${from} of leading projects` });
    fireEvent.change(within(form).getByLabelText('Months of experience'), {
      target: { value: to },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save requirement' }));
  };
  const why = (row: HTMLElement) => within(row).getAllByRole('cell').at(-1)!.textContent;

  it('36 months to 24 says it is yours; back to 36 it is the default again, with no reset', async () => {
    show(['project-manager']);
    const shipped = why(await requirementRow(/^3 years of leading projects/));
    expect(shipped).not.toContain('You changed this number.');
    expect(screen.queryByRole('button', { name: 'Reset this rung to the default' })).toBeNull();

    await editLeading('3 years', '24');
    const changed = await requirementRow(/^2 years of leading projects/);
    expect(why(changed)).toContain('You changed this number.');
    expect(screen.getByRole('button', { name: 'Reset this rung to the default' })).toBeDefined();

    await editLeading('2 years', '36');
    const back = await requirementRow(/^3 years of leading projects/);
    expect(why(back)).toBe(shipped);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Reset this rung to the default' })).toBeNull(),
    );
    const plan = await getLadderPlan(store);
    const rung = plan.rungs.find((r) => r.id === 'project-manager')!;
    expect(rung).toEqual(defaultLadderPlan().rungs.find((r) => r.id === 'project-manager'));
  });

  it('a note an older version saved with the default number is not shown', async () => {
    const plan = defaultLadderPlan();
    await saveLadderPlan(store, {
      ...plan,
      rungs: plan.rungs.map((r) => ({
        ...r,
        requirements: r.requirements.map((q) => ({
          ...q,
          basis: { source: q.basis.source, note: 'You changed this number.' },
        })),
      })),
    });
    show(['project-manager']);
    expect(why(await requirementRow(/^3 years of leading projects/))).not.toContain(
      'You changed this number.',
    );
    expect(screen.queryByRole('button', { name: 'Reset this rung to the default' })).toBeNull();
  });
});

describe('one requirement form at a time', TEST, () => {
  it('other Edit buttons wait, saying why, so typed numbers are not dropped', async () => {
    show(['pmo-analyst']);
    await requirementRow(/^1 conference a year/);
    fireEvent.click(screen.getByRole('button', { name: 'Edit 1 conference a year' }));
    const form = screen.getByRole('form', { name: 'Edit 1 conference a year' });
    const typed = within(form).getByLabelText('Conferences a year');
    fireEvent.change(typed, { target: { value: '3' } });

    const other = screen.getByRole('button', {
      name: 'Edit 35 hours of general project management education',
    }) as HTMLButtonElement;
    expect(other.disabled).toBe(true);
    expect(other.getAttribute('aria-describedby') ?? '').not.toBe('');
    const reason = document.getElementById(other.getAttribute('aria-describedby')!);
    expect(reason?.textContent).toBe(
      'Save or cancel the requirement you are editing before you edit another.',
    );
    fireEvent.click(other);
    expect(screen.getByRole('form', { name: 'Edit 1 conference a year' })).toBe(form);
    expect((typed as HTMLInputElement).value).toBe('3');
    expect(hasUnsavedChanges()).toBe(true);

    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    const again = screen.getByRole('button', {
      name: 'Edit 35 hours of general project management education',
    }) as HTMLButtonElement;
    expect(again.disabled).toBe(false);
    expect(again.getAttribute('aria-describedby')).toBeNull();
    expect(
      screen.queryByText('Save or cancel the requirement you are editing before you edit another.'),
    ).toBeNull();
  });
});

describe('the ladder overview names the user’s own ladder', TEST, () => {
  it('says the first and top rungs as they are now, after a rename and a removal', async () => {
    show([]);
    expect(
      await screen.findByText('Your path from Project support to PMO Director.', {}, SLOW),
    ).toBeDefined();
    cleanup();
    const plan = defaultLadderPlan();
    await saveLadderPlan(store, {
      ...plan,
      rungs: plan.rungs
        .slice(0, 4)
        .map((r, i) => (i === 0 ? { ...r, name: 'Junior PMO officer' } : r)),
    });
    show([]);
    expect(
      await screen.findByText('Your path from Junior PMO officer to PMO Manager.', {}, SLOW),
    ).toBeDefined();
    expect(screen.queryByText(/to PMO Director\./)).toBeNull();
  });
});

describe('unsaved edits on the rung page', TEST, () => {
  it('a rung name typed and not saved asks before leaving; saved, it does not', async () => {
    show(['project-manager']);
    const name = await screen.findByLabelText('Rung name', undefined, SLOW);
    expect(hasUnsavedChanges()).toBe(false);
    fireEvent.change(name, { target: { value: 'Delivery lead' } });
    expect(hasUnsavedChanges()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(async () => {
      const plan = await stored();
      expect(plan?.rungs.find((r) => r.id === 'project-manager')?.name).toBe('Delivery lead');
    }, SLOW);
    await waitFor(() => expect(hasUnsavedChanges()).toBe(false), SLOW);
  });
});

describe('Undo after a later edit', TEST, () => {
  it('does not throw away the later edit, and says so', async () => {
    show([]);
    const form = await screen.findByRole('form', { name: 'Add a rung of your own' }, SLOW);
    fireEvent.change(within(form).getByLabelText('Name of the new rung'), {
      target: { value: 'Delivery lead' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the rung' }));
    await screen.findByText(/added by you/, {}, SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Delivery lead' }));
    await waitFor(() => expect(rungNames()).not.toContain('Delivery lead'));
    // A later edit, then Undo of the removal.
    fireEvent.click(screen.getByRole('button', { name: 'Move higher Project support' }));
    await waitFor(() => expect(rungNames()[3]).toBe('Project support'), SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/so it was not undone/, {}, SLOW)).toBeDefined();
    const plan = await getLadderPlan(store);
    expect(plan.rungs.map((r) => r.name).slice(0, 2)).toEqual(['PMO Analyst', 'Project support']);
    expect(plan.rungs.map((r) => r.name)).not.toContain('Delivery lead');
  });
});

describe('the editor lists the rungs top rung first, like the Dashboard', TEST, () => {
  const cardOf = (name: string) =>
    within(screen.getByRole('list', { name: 'Your ladder, top rung first' }))
      .getAllByRole('listitem')
      .find((li) => within(li).getByRole('heading', { level: 2 }).textContent?.startsWith(name))!;
  const storedClimb = async () =>
    (await getLadderPlan(store)).rungs.map((r) => `${r.level}:${r.name}`);

  it('shows the top rung first and the first rung last; the saved order stays rung 1 first', async () => {
    show([]);
    await screen.findByRole('list', { name: 'Your ladder, top rung first' }, SLOW);
    expect(rungNames()).toEqual([
      'PMO Director',
      'PMO Manager',
      'Project / Program Manager',
      'PMO Analyst',
      'Project support',
    ]);
    expect(within(cardOf('PMO Director')).getByText('Rung 5 of 5')).toBeDefined();
    expect(within(cardOf('Project support')).getByText('Rung 1 of 5')).toBeDefined();
    expect(await storedClimb()).toEqual([
      '1:Project support',
      '2:PMO Analyst',
      '3:Project / Program Manager',
      '4:PMO Manager',
      '5:PMO Director',
    ]);
  });

  it('Move lower moves a card down the screen and keeps focus on its button', async () => {
    show([]);
    const lower = await screen.findByRole('button', { name: 'Move lower PMO Manager' }, SLOW);
    lower.focus();
    fireEvent.click(lower);
    await waitFor(() =>
      expect(rungNames()).toEqual([
        'PMO Director',
        'Project / Program Manager',
        'PMO Manager',
        'PMO Analyst',
        'Project support',
      ]),
    );
    expect(within(cardOf('PMO Manager')).getByText('Rung 3 of 5')).toBeDefined();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Move lower PMO Manager'));
    expect(await storedClimb()).toEqual([
      '1:Project support',
      '2:PMO Analyst',
      '3:PMO Manager',
      '4:Project / Program Manager',
      '5:PMO Director',
    ]);
  });

  it('moved to the top, where Move higher stops, focus goes to Move lower of the same card', async () => {
    show([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Move higher PMO Manager' }, SLOW));
    await waitFor(() => expect(rungNames()[0]).toBe('PMO Manager'));
    const higher = screen.getByRole('button', { name: 'Move higher PMO Manager' });
    expect((higher as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Move lower PMO Manager'));
    expect((await storedClimb()).at(-1)).toBe('5:PMO Manager');
  });

  it('offers the places for a new rung in the list’s order, and puts it where chosen', async () => {
    show([]);
    const form = await screen.findByRole('form', { name: 'Add a rung of your own' }, SLOW);
    const place = within(form).getByLabelText('Place it') as HTMLSelectElement;
    expect([...place.options].map((o) => o.textContent)).toEqual([
      'Above PMO Director (at the top)',
      'Above PMO Manager',
      'Above Project / Program Manager',
      'Above PMO Analyst',
      'Above Project support',
      'Below Project support (at the bottom)',
    ]);
    fireEvent.change(within(form).getByLabelText('Name of the new rung'), {
      target: { value: 'PMO Intern' },
    });
    fireEvent.change(place, { target: { value: 'bottom' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the rung' }));
    await screen.findByText('Rung 1 of 6, added by you', {}, SLOW);
    expect(rungNames().at(-1)).toBe('PMO Intern');
    expect((await storedClimb())[0]).toBe('1:PMO Intern');
  });
});

describe('the user’s own rungs', TEST, () => {
  it('adds a named rung where asked, moves it, and removes it with Undo', async () => {
    show([]);
    const form = await screen.findByRole('form', { name: 'Add a rung of your own' }, SLOW);
    fireEvent.click(within(form).getByRole('button', { name: 'Add the rung' }));
    expect(await within(form).findByText('Give the rung a name.')).toBeDefined();
    expect(await stored()).toBeUndefined();

    fireEvent.change(within(form).getByLabelText('Name of the new rung'), {
      target: { value: 'Senior PMO Analyst' },
    });
    fireEvent.change(within(form).getByLabelText('Place it'), {
      target: { value: 'above:pmo-analyst' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the rung' }));
    await screen.findByText('Rung 3 of 6, added by you', {}, SLOW);
    expect(rungNames()).toEqual([
      'PMO Director',
      'PMO Manager',
      'Project / Program Manager',
      'Senior PMO Analyst',
      'PMO Analyst',
      'Project support',
    ]);
    expect(
      screen.getByRole('link', { name: 'Add requirements to Senior PMO Analyst' }),
    ).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Move higher Senior PMO Analyst' }));
    await screen.findByText('Rung 4 of 6, added by you', {}, SLOW);
    // Higher is up the screen: the card now sits above Project / Program Manager.
    expect(rungNames().slice(1, 4)).toEqual([
      'PMO Manager',
      'Senior PMO Analyst',
      'Project / Program Manager',
    ]);
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('Move higher Senior PMO Analyst'),
    );
    const saved = await getLadderPlan(store);
    expect(saved.rungs.map((r) => r.name)[3]).toBe('Senior PMO Analyst');

    fireEvent.click(screen.getByRole('button', { name: 'Remove Senior PMO Analyst' }));
    await waitFor(() => expect(rungNames()).not.toContain('Senior PMO Analyst'));
    expect(screen.getByText('Removed the rung “Senior PMO Analyst”.')).toBeDefined();
    expect((await getLadderPlan(store)).rungs).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Rung 4 of 6, added by you', {}, SLOW);
  });

  it('the first rung cannot move lower nor the top one higher', async () => {
    show([]);
    const lower = await screen.findByRole('button', { name: 'Move lower Project support' }, SLOW);
    expect((lower as HTMLButtonElement).disabled).toBe(true);
    const higher = screen.getByRole('button', { name: 'Move higher PMO Director' });
    expect((higher as HTMLButtonElement).disabled).toBe(true);
  });

  it('asks before removing the target rung; Cancel keeps it', async () => {
    show([]);
    await screen.findByText('Your target', { exact: false }, SLOW);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove PMO Director' }, SLOW));
    const dialog = screen.getByRole('alertdialog', { name: 'Remove PMO Director?' });
    expect(dialog.textContent).toContain('PMO Director is your target rung.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await stored()).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Remove PMO Director' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove the rung' }));
    await waitFor(() => expect(rungNames()).toHaveLength(4));
    expect((await getLadderPlan(store)).rungs.map((r) => r.id)).not.toContain('pmo-director');
  });

  it('keeps the last rung and says why', async () => {
    const only = defaultLadderPlan();
    await saveLadderPlan(store, { ...only, rungs: [{ ...only.rungs[2]!, level: 1 }] });
    show([]);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Remove Project / Program Manager' }, SLOW),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your ladder needs at least one rung, so the last one stays.',
    );
    expect((await getLadderPlan(store)).rungs).toHaveLength(1);
  });

  it('reset brings back removed and moved rungs and drops the user’s own', async () => {
    let plan = defaultLadderPlan();
    plan = {
      ...plan,
      rungs: [plan.rungs[4]!, plan.rungs[0]!, plan.rungs[3]!].map((r, i) => ({
        ...r,
        level: i + 1,
      })),
    };
    await saveLadderPlan(store, plan);
    show([]);
    await waitFor(() => expect(rungNames()).toHaveLength(3), SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Reset the whole ladder to the default' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset the ladder' }));
    await waitFor(() => expect(rungNames()).toHaveLength(5), SLOW);
    expect(rungNames()).toEqual([
      'PMO Director',
      'PMO Manager',
      'Project / Program Manager',
      'PMO Analyst',
      'Project support',
    ]);
    expect(await stored()).toBeUndefined();
  });
});

describe('requirement drafts', () => {
  const q = defaultLadderPlan().rungs[3]!.requirements.find((x) => x.id === 'experience-pmo')!;

  it('an empty time window means the whole history; unchanged numbers keep the source', () => {
    const draft = requirementToDraft(q);
    expect(draft).toEqual({
      kind: 'experience',
      values: { months: '24', windowMonths: '' },
      picked: { roleTypes: ['pmo'] },
      essential: true,
    });
    expect(draftToRequirement('pmo-manager', q, draft)).toEqual(q);
  });

  it('typed numbers become numbers; an empty needed number is NaN for the domain to refuse', () => {
    const next = draftToRequirement('pmo-manager', q, {
      ...requirementToDraft(q),
      values: { months: ' ', windowMonths: '36' },
      essential: false,
    });
    expect(next).toMatchObject({ windowMonths: 36, priority: 'recommended' });
    expect((next as { months: number }).months).toBeNaN();
    expect(next.basis).toEqual({ source: q.basis.source, note: 'You changed this number.' });
  });
});
