// Two things on the Ladder a reviewer found. "Place it" started at "Above PMO Director (at
// the top)" while the help's example is "Senior PMO Analyst": a name typed and Enter put it
// at the top. Now it starts just above the rung the person is on, and the select says so.
// Removing a rung sent focus to the whole list, so the view jumped; now it goes to the name
// of the rung shown next (the one before for the bottom rung), and back after Undo.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getLadderPlan } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };

let store: Store;
async function profile(currentRung: string, targetRung = 'pmo-director') {
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    currentRung,
    targetRung,
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error('profile not saved');
}
beforeEach(async () => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  store = await openStore(freshName('ladder-add-place'));
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

function show() {
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <main>
          <LadderScreen rest={[]} />
        </main>
      </UndoProvider>
    </StoreProvider>,
  );
}

/** The names in climbing order, as saved. */
const climbing = async () => (await getLadderPlan(store)).rungs.map((r) => r.name);
const shownNames = () =>
  within(screen.getByRole('list', { name: 'Your ladder, top rung first' }))
    .getAllByRole('heading', { level: 2 })
    .map((h) => within(h).getByRole('link').textContent);
const selected = (select: HTMLElement) =>
  (select as HTMLSelectElement).selectedOptions[0]?.textContent;

describe('where a new rung goes unless you choose', TEST, () => {
  it('just above the rung you are on, said under “Place it”; Enter puts it there', async () => {
    await profile('pmo-analyst');
    show();
    const form = await screen.findByRole('form', { name: 'Add a rung of your own' }, SLOW);
    const place = within(form).getByLabelText('Place it');
    expect(selected(place)).toBe('Above PMO Analyst');
    const hint =
      'It goes just above the rung you are on, PMO Analyst, unless you choose another place.';
    expect(within(form).getByText(hint).id).toBe(place.getAttribute('aria-describedby'));

    const name = within(form).getByLabelText('Name of the new rung');
    fireEvent.change(name, { target: { value: 'Senior PMO Analyst' } });
    fireEvent.submit(name.closest('form')!);
    await waitFor(async () => expect(await climbing()).toHaveLength(6), SLOW);
    expect(await climbing()).toEqual([
      'Project support',
      'PMO Analyst',
      'Senior PMO Analyst',
      'Project / Program Manager',
      'PMO Manager',
      'PMO Director',
    ]);
  });

  it('follows the rung you are on: on Project support, just above it', async () => {
    await profile('project-support');
    show();
    const form = await screen.findByRole('form', { name: 'Add a rung of your own' }, SLOW);
    expect(selected(within(form).getByLabelText('Place it'))).toBe('Above Project support');
  });

  it('a place you choose is kept', async () => {
    await profile('pmo-analyst');
    show();
    const form = await screen.findByRole('form', { name: 'Add a rung of your own' }, SLOW);
    const place = within(form).getByLabelText('Place it');
    fireEvent.change(place, { target: { value: 'above:pmo-manager' } });
    expect(selected(place)).toBe('Above PMO Manager');
  });
});

/** What has the focus, in words. */
function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(the page)';
  return `${el.tagName.toLowerCase()}: ${el.textContent?.trim()}`;
}
function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

describe('removing a rung keeps your place', TEST, () => {
  it('focus goes to the name of the rung shown next; Undo brings it to the rung put back', async () => {
    await profile('pmo-analyst');
    show();
    await screen.findByRole('list', { name: 'Your ladder, top rung first' }, SLOW);
    press(screen.getByRole('button', { name: 'Remove Project / Program Manager' }));
    await waitFor(() => expect(shownNames()).not.toContain('Project / Program Manager'), SLOW);
    await waitFor(() => expect(focused()).toBe('a: PMO Analyst'), SLOW);

    press(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownNames()).toContain('Project / Program Manager'), SLOW);
    await waitFor(() => expect(focused()).toBe('a: Project / Program Manager'), SLOW);
  });

  it('the bottom rung removed: focus goes to the one shown before it', async () => {
    await profile('pmo-analyst');
    show();
    await screen.findByRole('list', { name: 'Your ladder, top rung first' }, SLOW);
    press(screen.getByRole('button', { name: 'Remove Project support' }));
    await waitFor(() => expect(shownNames()).not.toContain('Project support'), SLOW);
    await waitFor(() => expect(focused()).toBe('a: PMO Analyst'), SLOW);
  });

  it('your target rung, after “Remove the rung” in the question: the rung shown next', async () => {
    await profile('pmo-analyst');
    show();
    await screen.findByRole('list', { name: 'Your ladder, top rung first' }, SLOW);
    press(screen.getByRole('button', { name: 'Remove PMO Director' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove PMO Director?' });
    press(within(dialog).getByRole('button', { name: 'Remove the rung' }));
    await waitFor(() => expect(shownNames()).not.toContain('PMO Director'), SLOW);
    await waitFor(() => expect(focused()).toBe('a: PMO Manager'), SLOW);
  });
});
