// After a move to another screen, focus starts from the new screen's heading once that screen
// is drawn, also the first time, when its code is still on its way (a lazy screen): a keyboard
// user's next Tab then goes on from there, not from the top of the page. Focus the screen or
// the person put somewhere stays.
import { act, render, screen } from '@testing-library/react';
import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { useArrivalFocus } from '../../../renderer/src/app/use-arrival-focus';

const frames = (n: number) =>
  act(
    () =>
      new Promise<void>((resolve) => {
        const step = (left: number) =>
          left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
        step(n);
      }),
  );

function List() {
  return (
    <>
      <h1>Credentials</h1>
      <a href="#/credentials/pmp">PMP</a>
    </>
  );
}

/** A screen whose code arrives when `arrive` is called, as on its first visit. */
function lazyScreen(Screen: ComponentType) {
  let arrive = () => {};
  const Lazy = lazy(
    () =>
      new Promise<{ default: ComponentType }>((resolve) => {
        arrive = () => resolve({ default: Screen });
      }),
  );
  return { Lazy, arrive: () => act(async () => arrive()) };
}

function App({ route, Detail }: { route: string; Detail: ComponentType }) {
  const mainRef = useRef<HTMLElement>(null);
  useArrivalFocus(route, mainRef);
  return (
    <>
      <nav>
        <button type="button">About Ascent</button>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<p role="status">Opening…</p>}>
          {route === 'list' ? <List /> : <Detail />}
        </Suspense>
      </main>
    </>
  );
}

const focusedText = () => {
  const el = document.activeElement;
  return !el || el === document.body ? '<body>' : `${el.tagName}: ${el.textContent}`;
};

describe('focus on arriving at a screen', () => {
  it('goes to the heading of a screen drawn only once its code has arrived', async () => {
    const { Lazy, arrive } = lazyScreen(() => <h1>PMP — Project Management Professional</h1>);
    const { rerender } = render(<App route="list" Detail={Lazy} />);
    screen.getByRole('link', { name: 'PMP' }).focus();
    rerender(<App route="detail" Detail={Lazy} />);
    await frames(5);
    expect(screen.getByRole('status').textContent).toBe('Opening…');
    await arrive();
    await frames(3);
    expect(focusedText()).toBe('H1: PMP — Project Management Professional');
  });

  it('leaves the focus where the new screen puts it itself', async () => {
    function Form() {
      const ref = useRef<HTMLInputElement>(null);
      useEffect(() => ref.current?.focus(), []);
      return (
        <>
          <h1>Log an activity</h1>
          <label>
            Title <input ref={ref} />
          </label>
        </>
      );
    }
    const { Lazy, arrive } = lazyScreen(Form);
    const { rerender } = render(<App route="list" Detail={Lazy} />);
    screen.getByRole('link', { name: 'PMP' }).focus();
    rerender(<App route="detail" Detail={Lazy} />);
    await arrive();
    await frames(3);
    expect(focusedText()).toBe('INPUT: ');
    expect(document.activeElement).toBe(screen.getByLabelText('Title'));
  });

  it('leaves the focus where the person moved it while the screen was on its way', async () => {
    const { Lazy, arrive } = lazyScreen(() => <h1>Career ladder</h1>);
    const { rerender } = render(<App route="list" Detail={Lazy} />);
    screen.getByRole('link', { name: 'PMP' }).focus();
    rerender(<App route="detail" Detail={Lazy} />);
    await frames(2);
    screen.getByRole('button', { name: 'About Ascent' }).focus();
    await arrive();
    await frames(3);
    expect(focusedText()).toBe('BUTTON: About Ascent');
  });
});
