// A palette command that opens a form ("New study session") puts focus in the form's first
// field once the form is drawn, but never takes focus back from a field the form (or the
// person, already pressing Tab) has focused meanwhile.
import { afterEach, describe, expect, it } from 'vitest';
import { focusAfterMove } from '../../../renderer/src/app/command-palette/focus-after-move';

afterEach(() => {
  document.body.innerHTML = '';
});

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(n);
  });

const form = `
  <section aria-labelledby="log-title">
    <h2 id="log-title">Log a study session</h2>
    <select id="plan" aria-label="Session plan"><option>No plan</option></select>
    <input id="date" type="date" aria-label="Session date" />
  </section>`;

function palette() {
  document.body.innerHTML = `<main id="main" tabindex="-1"><h1>Dashboard</h1></main>
    <dialog open><input id="search" aria-label="Search" /></dialog>`;
  const search = document.getElementById('search')!;
  search.focus();
  return search;
}

/** The palette closes and the study screen is drawn in its place. */
function drawForm() {
  document.querySelector('dialog')!.remove();
  document.getElementById('main')!.innerHTML = `<h1>Study planner</h1>${form}`;
}

describe('focus after a palette command', () => {
  it('goes to the first field of the named section once it is drawn', async () => {
    palette();
    focusAfterMove('log-title', true);
    await frames(2);
    drawForm();
    await frames(3);
    expect(document.activeElement?.id).toBe('plan');
  });

  it('stays on the next field when the person pressed Tab as the form appeared', async () => {
    palette();
    focusAfterMove('log-title', true);
    drawForm();
    // The form focused its own first field on opening; the person is already one Tab on.
    document.getElementById('date')!.focus();
    await frames(3);
    expect(document.activeElement?.id).toBe('date');
  });

  it('goes to the main content when the section never appears', async () => {
    palette();
    focusAfterMove('no-such-heading', true);
    document.querySelector('dialog')!.remove();
    await frames(125);
    expect(document.activeElement?.id).toBe('main');
  });
});
