// focusSoon keeps a keyboard user's place after an action, but never takes the focus from
// where the person moved it while the action's work ran (an export, a delete, an Undo).
import { afterEach, describe, expect, it } from 'vitest';
import { focusSoon } from '../../../renderer/src/components/focus-soon';

afterEach(() => {
  document.body.innerHTML = '';
});

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(n);
  });

function page() {
  document.body.innerHTML = `
    <main><h1>Settings</h1>
      <button id="export">Export</button>
      <input id="name" aria-label="Name" />
      <button id="next">Next step</button>
    </main>`;
  const get = (id: string) => document.getElementById(id)!;
  return { exportButton: get('export'), name: get('name'), next: get('next') };
}

describe('focusSoon', () => {
  it('moves focus on from the pressed control once the work is done', async () => {
    const { exportButton, next } = page();
    exportButton.focus();
    focusSoon(() => next, undefined, exportButton);
    await frames(3);
    expect(document.activeElement).toBe(next);
  });

  it('moves focus on when the pressed control has gone and focus fell to the page', async () => {
    const { exportButton, next } = page();
    exportButton.focus();
    exportButton.remove();
    expect(document.activeElement).toBe(document.body);
    focusSoon(() => next, undefined, exportButton);
    await frames(3);
    expect(document.activeElement).toBe(next);
  });

  it('leaves the focus where the person moved it while the work ran', async () => {
    const { exportButton, name, next } = page();
    exportButton.focus();
    // The work takes a while; meanwhile the person clicks into a field and types.
    name.focus();
    focusSoon(() => next, undefined, exportButton);
    await frames(3);
    expect(document.activeElement).toBe(name);
  });

  it('gives up when the person moves on before the target is drawn', async () => {
    const { exportButton, name } = page();
    exportButton.focus();
    let drawn: HTMLElement | null = null;
    focusSoon(() => drawn, undefined, exportButton);
    await frames(2);
    name.focus();
    drawn = document.createElement('button');
    document.querySelector('main')!.append(drawn);
    await frames(3);
    expect(document.activeElement).toBe(name);
  });
});
