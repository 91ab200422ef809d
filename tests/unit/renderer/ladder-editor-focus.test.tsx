// The rung editor keeps a keyboard user's place (WCAG 2.4.3): a requirement's Remove and
// "Reset this rung to the default" take their button away, so focus goes on to the next
// requirement's Edit (the one before for the last) or to the rung's name, never to the page;
// Undo brings it back to the control that came back. A rung name refused is said beside the
// field, which is marked invalid and gets the focus.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultLadderPlan } from '../../../shared/catalog/ladder-requirements';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { getLadderPlan, saveLadderPlan } from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 15_000 };
const TEST = { timeout: 60_000 };

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('ladder-editor-focus'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error('profile not saved');
});
afterEach(async () => {
  cleanup();
  await store.db.delete();
});

function show(rungId: string) {
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <main>
          <LadderScreen rest={[rungId]} />
        </main>
      </UndoProvider>
    </StoreProvider>,
  );
}

/** Focus a control the way a keyboard user reaches it, then press it. */
function press(control: HTMLElement) {
  control.focus();
  fireEvent.click(control);
}

/** What has the focus, in words: its text (or its label's, for a field). */
function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(the page)';
  const label = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
  return `${el.tagName.toLowerCase()}: ${(label ?? el).textContent?.trim()}`;
}

const editorList = () => screen.getByRole('list', { name: /^Requirements you can change/ });
/** The requirements' titles as the editor lists them, from their Edit buttons. */
const titles = () =>
  within(editorList())
    .queryAllByRole('button', { name: /^Edit / })
    .map((b) => b.textContent!.replace(/^Edit /, ''));

describe('removing a requirement in the rung editor', TEST, () => {
  it('focus goes to the next requirement’s Edit; Undo brings it back to Remove', async () => {
    show('pmo-director');
    await screen.findByRole('list', { name: /^Requirements you can change/ }, SLOW);
    const [first, second] = titles();
    press(within(editorList()).getByRole('button', { name: `Remove ${first}` }));
    await waitFor(() => expect(titles()).not.toContain(first), SLOW);
    await waitFor(() => expect(focused()).toBe(`button: Edit ${second}`), SLOW);

    press(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()[0]).toBe(first), SLOW);
    await waitFor(() => expect(focused()).toBe(`button: Remove ${first}`), SLOW);
  });

  it('the last one removed: focus goes to the one before it', async () => {
    show('pmo-director');
    await screen.findByRole('list', { name: /^Requirements you can change/ }, SLOW);
    const all = titles();
    const last = all.at(-1)!;
    press(within(editorList()).getByRole('button', { name: `Remove ${last}` }));
    await waitFor(() => expect(titles()).not.toContain(last), SLOW);
    await waitFor(() => expect(focused()).toBe(`button: Edit ${all.at(-2)}`), SLOW);
  });

  it('the only one removed: focus goes to “Add a requirement”', async () => {
    const plan = defaultLadderPlan();
    await saveLadderPlan(store, {
      ...plan,
      rungs: plan.rungs.map((r) =>
        r.id === 'pmo-director' ? { ...r, requirements: r.requirements.slice(0, 1) } : r,
      ),
    });
    show('pmo-director');
    await screen.findByRole('list', { name: /^Requirements you can change/ }, SLOW);
    const [only] = titles();
    press(within(editorList()).getByRole('button', { name: `Remove ${only}` }));
    await waitFor(() => expect(titles()).toEqual([]), SLOW);
    await waitFor(() => expect(focused()).toBe('h3: Add a requirement'), SLOW);
  });
});

describe('resetting a rung to the default', TEST, () => {
  it('focus goes to the rung’s name; Undo brings it back to the Reset button', async () => {
    show('pmo-director');
    await screen.findByRole('list', { name: /^Requirements you can change/ }, SLOW);
    const [first] = titles();
    press(within(editorList()).getByRole('button', { name: `Remove ${first}` }));
    const reset = await screen.findByRole(
      'button',
      { name: 'Reset this rung to the default' },
      SLOW,
    );

    press(reset);
    await waitFor(() => expect(titles()[0]).toBe(first), SLOW);
    await waitFor(
      () =>
        expect(screen.queryByRole('button', { name: 'Reset this rung to the default' })).toBeNull(),
      SLOW,
    );
    await waitFor(() => expect(focused()).toBe('input: Rung name'), SLOW);

    press(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).not.toContain(first), SLOW);
    await waitFor(() => expect(focused()).toBe('button: Reset this rung to the default'), SLOW);
  });
});

describe('a rung name left empty', TEST, () => {
  it('is refused beside the field, which is marked invalid and takes the focus', async () => {
    show('pmo-director');
    const name = (await screen.findByLabelText('Rung name', undefined, SLOW)) as HTMLInputElement;
    fireEvent.change(name, { target: { value: '   ' } });
    press(screen.getByRole('button', { name: 'Save name' }));

    expect(focused()).toBe('input: Rung name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const said = document.getElementById(name.getAttribute('aria-describedby') ?? '');
    expect(said?.textContent).toBe('Give the rung a name.');
    // Beside the field, in the rename form, and not in the card's alert.
    const form = screen.getByRole('form', { name: 'Rename the rung' });
    expect(form.contains(said)).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await getLadderPlan(store)).rungs.find((r) => r.id === 'pmo-director')?.name).toBe(
      'PMO Director',
    );

    // A name then saved: the words go.
    fireEvent.change(name, { target: { value: 'Head of PMO' } });
    press(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(async () => {
      const plan = await getLadderPlan(store);
      expect(plan.rungs.find((r) => r.id === 'pmo-director')?.name).toBe('Head of PMO');
    }, SLOW);
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Give the rung a name.')).toBeNull();
  });
});
