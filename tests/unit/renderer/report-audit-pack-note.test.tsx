/** After an audit pack is saved, the note counts its evidence files in plain words. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/domain/credits';
import type { Platform } from '../../../shared/platform';
import { openStore, deleteStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { AuditPacks } from '../../../renderer/src/features/reports/AuditPacks';
import { PlatformProvider } from '../../../renderer/src/platform';
import { freshName } from '../../db/helpers';
import { earned } from '../domain/eligibility/fixtures';
import { silentNotifications } from './silent-notifications';

const asOf = '2026-11-22';
let store: Store | undefined;
afterEach(async () => {
  cleanup();
  if (store) {
    store.db.close();
    await deleteStore(store.db.name);
  }
});

const platform: Platform = {
  kind: 'desktop',
  appInfo: async () => ({ name: 'Ascent', version: '0', electron: '', chrome: '', platform: 'x' }),
  saveFile: async (req) => ({ saved: true, fileName: req.suggestedName }),
  openFile: async () => ({ opened: false }),
  openExternal: async () => {},
  print: async () => {},
  printReport: async () => ({ kind: 'pdf', saved: false }),
  backups: null,
  notifications: silentNotifications,
  onMenuCommand: () => () => {},
};

const reading = (id: string): Activity =>
  ({
    id,
    date: '2026-03-01',
    title: `Reading ${id}`,
    type: 'read',
    amount: 2,
    unit: 'hours',
    status: 'earned',
    split: { waysOfWorking: 0, powerSkills: 2, businessAcumen: 0 },
  }) as Activity;

async function savedNote(files: number): Promise<string> {
  store = await openStore(freshName('audit-pack-note'));
  const activity = reading('a1');
  const file = (n: number) => ({
    name: `proof-${n}.txt`,
    mimeType: 'text/plain',
    data: new TextEncoder().encode(`proof ${n}`),
  });
  const saved = await saveActivity(store, activity, asOf, {
    addEvidence: Array.from({ length: files }, (_, i) => file(i + 1)),
  });
  expect(saved.ok).toBe(true);
  const held = [earned('pmp', '2025-01-15')];
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <AuditPacks held={held} activities={[activity]} asOf={asOf} />
      </PlatformProvider>
    </StoreProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: /Save audit pack for PMP/ }));
  let text = '';
  await waitFor(() => {
    text = screen.getByText(/^Saved /).textContent!;
    expect(text).toMatch(/^Saved /);
  });
  return text;
}

describe('the audit pack’s note', () => {
  it.each([
    [1, '(1 evidence file)'],
    [2, '(2 evidence files)'],
  ])('%i file(s): %s', async (files, words) => {
    expect(await savedNote(files)).toContain(words);
  });
});
