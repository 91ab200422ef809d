// A holder whose only credential is valid for life (CompTIA Project+: no credit requirement,
// domain-facts §4) completes a course: nothing earns credit for it, so Learning must not say
// the course "earns credit for Project+" nor offer credit entries. A PMP whose cycle had lapsed
// before the course is not offered either; a current one is.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveCourse } from '../../../renderer/src/db/repositories/journal';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LearningScreen } from '../../../renderer/src/features/learning/LearningScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const asOf = '2026-11-22';
const SLOW = { timeout: 10_000 };
let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 10, 0));
  store = await openStore(freshName('learning-lifetime'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

async function showCourse() {
  const saved = await saveCourse(
    store,
    {
      title: 'Risk management essentials',
      provider: 'Acme',
      format: 'virtual',
      status: 'completed',
      start: '2026-09-01',
      end: '2026-09-03',
      contactHours: 16,
      cost: null,
      link: '',
      topic: 'general',
      split: null,
      notes: '',
    },
    { asOf },
  );
  expect(saved.ok).toBe(true);
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <LearningScreen rest={['courses']} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  await screen.findByRole('row', { name: /Risk management essentials/ }, SLOW);
}

describe('Learning and credentials that take no credits', { timeout: 30_000 }, () => {
  it('a course does not earn credit for a credential valid for life', async () => {
    const held = await saveHeld(
      store,
      { credentialId: 'comptia-project-plus', stage: 'earned', earnedDate: '2024-03-01' },
      asOf,
    );
    expect(held.ok).toBe(true);
    await showCourse();
    expect(screen.queryByRole('button', { name: /^Propose credit entries/ })).toBeNull();
    expect(document.body.textContent).not.toContain('earns credit for Project+');
  });

  it('a PMP whose cycle had lapsed before the course is not offered credit', async () => {
    // Earned 2015, never renewed: the first cycle ended in 2018 and the suspension year in 2019.
    const held = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2015-02-03' },
      asOf,
    );
    expect(held.ok).toBe(true);
    await showCourse();
    expect(screen.queryByRole('button', { name: /^Propose credit entries/ })).toBeNull();
  });

  it('a PMP current when the course ended is offered credit', async () => {
    const held = await saveHeld(
      store,
      { credentialId: 'pmp', stage: 'earned', earnedDate: '2025-01-15' },
      asOf,
    );
    expect(held.ok).toBe(true);
    await showCourse();
    expect(screen.queryByRole('button', { name: /^Propose credit entries/ })).not.toBeNull();
  });
});
