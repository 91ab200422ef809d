/**
 * Issue 9: the profile (and the settings and the ladder plan) are read once and kept live for
 * as long as the app runs, so a screen shown again draws at once, and every change still
 * reaches it.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteStore, openStore, type Store } from '../../../renderer/src/db/database';
import { useKeptRead, useProfile } from '../../../renderer/src/db/hooks';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';

const stores: Store[] = [];

afterEach(async () => {
  cleanup();
  for (const s of stores.splice(0)) {
    s.db.close();
    await deleteStore(s.db.name);
  }
});

async function storeWith(name: string, person: string): Promise<Store> {
  const store = await openStore(`kept-read-${name}-${Math.random()}`);
  stores.push(store);
  await saveProfile(store, {
    name: person,
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-manager',
    education: 'bachelor',
    gacAccredited: false,
    weeklyAvailability: { mon: '1', tue: '0', wed: '0', thu: '0', fri: '0', sat: '0', sun: '0' },
  });
  return store;
}

/** Greets whoever the profile names; `renders` gets what each render showed, in order. */
function Greeting({ renders }: { renders: string[] }) {
  const profile = useProfile();
  const text = profile === undefined ? 'loading' : (profile?.name ?? 'nobody');
  renders.push(text);
  return <p>Hello {text}</p>;
}

function shown(store: Store, renders: string[]) {
  return render(
    <StoreProvider store={store}>
      <Greeting renders={renders} />
    </StoreProvider>,
  );
}

describe('kept reads', () => {
  it('a screen shown again has the profile on its first render, and follows changes', async () => {
    const store = await storeWith('again', 'Sam Rivera');
    const first: string[] = [];
    const one = shown(store, first);
    await screen.findByText('Hello Sam Rivera');
    expect(first[0]).toBe('loading');
    one.unmount();

    // Shown again later: drawn at once with what was read, not "loading".
    const second: string[] = [];
    shown(store, second);
    expect(second[0]).toBe('Sam Rivera');
    screen.getByText('Hello Sam Rivera');

    await act(async () => {
      await saveProfile(store, {
        name: 'Sam Okafor',
        currentRung: 'pmo-analyst',
        targetRung: 'pmo-manager',
        education: 'bachelor',
        gacAccredited: false,
        weeklyAvailability: {
          mon: '1',
          tue: '0',
          wed: '0',
          thu: '0',
          fri: '0',
          sat: '0',
          sun: '0',
        },
      });
    });
    await screen.findByText('Hello Sam Okafor');
  });

  it('two stores shown at once each show their own record', async () => {
    const a = await storeWith('both-a', 'Ada Lovelace');
    const b = await storeWith('both-b', 'Grace Hopper');
    shown(a, []);
    shown(b, []);
    await screen.findByText('Hello Ada Lovelace');
    await screen.findByText('Hello Grace Hopper');
  });

  it('a read that failed is read again by the next screen, once the failure was shown', async () => {
    let fail = true;
    const flaky = async (s: Store) => {
      if (fail) throw new Error('The disk did not answer');
      return (await s.db.table('profile').count()) > 0 ? 'found' : 'none';
    };
    function Flaky() {
      const v = useKeptRead('flaky-test', flaky);
      return <p>Read {v ?? 'loading'}</p>;
    }
    class Boundary extends Component<{ children: ReactNode }, { error: boolean }> {
      override state = { error: false };
      static getDerivedStateFromError() {
        return { error: true };
      }
      override render() {
        return this.state.error ? <p>Something went wrong</p> : this.props.children;
      }
    }
    const store = await storeWith('flaky', 'Sam Rivera');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const first = render(
      <StoreProvider store={store}>
        <Boundary>
          <Flaky />
        </Boundary>
      </StoreProvider>,
    );
    await screen.findByText('Something went wrong');
    first.unmount();
    fail = false;
    render(
      <StoreProvider store={store}>
        <Boundary>
          <Flaky />
        </Boundary>
      </StoreProvider>,
    );
    await screen.findByText('Read found');
    quiet.mockRestore();
  });

  it('another store is read afresh, never shown with the first store’s record', async () => {
    const a = await storeWith('a', 'Ada Lovelace');
    const b = await storeWith('b', 'Grace Hopper');
    const one = shown(a, []);
    await screen.findByText('Hello Ada Lovelace');
    one.unmount();
    const renders: string[] = [];
    shown(b, renders);
    expect(renders[0]).toBe('loading');
    await waitFor(() => screen.getByText('Hello Grace Hopper'));
    expect(screen.queryByText('Hello Ada Lovelace')).toBeNull();
  });
});
