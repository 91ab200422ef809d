// "New study session" (the command palette, or #/study/sessions/new) opens the study log form
// with its first field focused. The form takes that focus as it is put on the page, never a
// moment later: the palette focuses the same field once the form is drawn, and a person who
// has already pressed Tab to the next field must stay there (an end-to-end run caught the
// form's own focus arriving after the Tab and pulling the person back).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { SessionForm } from '../../../renderer/src/features/study/SessionForm';
import { freshName } from '../../db/helpers';

let store: Store;
let root: Root | null = null;
const g = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let actEnvironment: boolean | undefined;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('session-form-focus'));
  // Real timing: what React does, and when, as in the app (no act() batching it all).
  actEnvironment = g.IS_REACT_ACT_ENVIRONMENT;
  g.IS_REACT_ACT_ENVIRONMENT = false;
});
afterEach(async () => {
  root?.unmount();
  root = null;
  g.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  document.body.innerHTML = '';
  vi.useRealTimers();
  await store.db.delete();
});

async function until(check: () => boolean) {
  const end = performance.now() + 5000;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('the study log form opened to be filled in', () => {
  it('a Tab pressed as soon as the first field has focus is not undone', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    let date: HTMLInputElement | null = null;
    let focusedOnArrival: Element | null = null;
    // As soon as the form is on the page: what had focus, then the palette's focus on the first
    // field and the person's Tab to the next one.
    const arrival = new MutationObserver(() => {
      const plan = container.querySelector<HTMLSelectElement>('select');
      const found = container.querySelector<HTMLInputElement>('input[type="date"]');
      if (!plan || !found) return;
      arrival.disconnect();
      focusedOnArrival = document.activeElement;
      plan.focus();
      found.focus();
      date = found;
    });
    arrival.observe(container, { childList: true, subtree: true });
    root = createRoot(container);
    root.render(
      <StoreProvider store={store}>
        <SessionForm plans={[]} focusOnOpen />
      </StoreProvider>,
    );
    await until(() => date !== null);
    // Long enough for anything the form left for later (effects, frames) to have run.
    await new Promise((r) => setTimeout(r, 100));
    expect(focusedOnArrival).toBe(container.querySelector('select'));
    expect(document.activeElement).toBe(date);
    expect(document.activeElement?.getAttribute('type')).toBe('date');
  });
});
