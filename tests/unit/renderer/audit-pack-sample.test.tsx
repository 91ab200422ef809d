/**
 * The audit pack says what it holds and what it is made of: made from the sample data, its
 * file name and the first line of its read-me say so, as the printed report does; with no
 * evidence file, the read-me describes no evidence folder; and where a course counted by its
 * semester credits, it names the CSVs' "How counted" column.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { credentialCatalog } from '../../../shared/catalog/credentials';
import type { ClaimRow } from '../../../shared/domain/claims';
import type { Activity } from '../../../shared/domain/credits';
import { planAuditPack } from '../../../shared/domain/report';
import type { Platform, SaveRequest } from '../../../shared/platform';
import { deleteStore, openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { AuditPacks } from '../../../renderer/src/features/reports/AuditPacks';
import { readMeText } from '../../../renderer/src/features/reports/audit-zip';
import { SAMPLE_DATABASE_NAME } from '../../../renderer/src/features/sample/sample-mode';
import { PlatformProvider } from '../../../renderer/src/platform';
import { freshName } from '../../db/helpers';
import { earned } from '../domain/eligibility/fixtures';
import { silentNotifications } from './silent-notifications';

const SAMPLE_LINE =
  'Sample data, not a real person’s records: this audit pack is made from the invented ' +
  'records that come with Ascent for trying it out.';
const NO_FILES = 'No evidence files are attached to these activities.';
const asOf = '2026-11-22';

let store: Store | undefined;
afterEach(async () => {
  cleanup();
  if (store) {
    store.db.close();
    await deleteStore(store.db.name);
    store = undefined;
  }
});

function savingPlatform() {
  const saved: SaveRequest[] = [];
  const platform: Platform = {
    kind: 'desktop',
    appInfo: async () => ({
      name: 'Ascent',
      version: '0',
      electron: '',
      chrome: '',
      platform: 'x',
    }),
    saveFile: async (req) => {
      saved.push(req);
      return { saved: true, fileName: req.suggestedName };
    },
    openFile: async () => ({ opened: false }),
    openExternal: async () => {},
    print: async () => {},
    printReport: async () => ({ kind: 'pdf', saved: false }),
    backups: null,
    notifications: silentNotifications,
    onMenuCommand: () => () => {},
  };
  return { platform, saved };
}

const reading: Activity = {
  id: 'a1',
  date: '2026-03-01',
  title: 'Reading a1',
  type: 'read',
  amount: 2,
  unit: 'hours',
  status: 'earned',
  split: { waysOfWorking: 0, powerSkills: 2, businessAcumen: 0 },
} as Activity;

/** Saves the PMP pack from a store of that name; its suggested name and read-me lines. */
async function savePack(name: string) {
  store = await openStore(name);
  const { platform, saved } = savingPlatform();
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={platform}>
        <AuditPacks held={[earned('pmp', '2025-01-15')]} activities={[reading]} asOf={asOf} />
      </PlatformProvider>
    </StoreProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: /Save audit pack for PMP/ }));
  await waitFor(() => expect(saved).toHaveLength(1));
  const files = unzipSync(saved[0]!.content as Uint8Array);
  return {
    fileName: saved[0]!.suggestedName,
    readMe: strFromU8(files['README.txt']!).split('\r\n'),
    names: Object.keys(files),
  };
}

describe('an audit pack made from the sample data', () => {
  it('says so in its file name and on the read-me’s first line', async () => {
    const pack = await savePack(SAMPLE_DATABASE_NAME);
    expect(pack.fileName).toBe('PMP-cycle-2025-01-15-to-2028-01-14-audit-pack-sample-data.zip');
    expect(pack.readMe[0]).toBe(SAMPLE_LINE);
    expect(pack.readMe[2]).toBe('Audit pack: PMP, cycle 2025-01-15 to 2028-01-14.');
  });

  it('made from the user’s own records, says nothing of the kind', async () => {
    const pack = await savePack(freshName('audit-pack-own'));
    expect(pack.fileName).toBe('PMP-cycle-2025-01-15-to-2028-01-14-audit-pack.zip');
    expect(pack.readMe[0]).toBe('Audit pack: PMP, cycle 2025-01-15 to 2028-01-14.');
    expect(pack.readMe.join('\n')).not.toContain('Sample data');
  });

  it('with no evidence file, describes no evidence folder, and says there is none', async () => {
    const pack = await savePack(freshName('audit-pack-none'));
    expect(pack.names.filter((n) => n.startsWith('evidence/'))).toEqual([]);
    expect(pack.readMe).toContain(NO_FILES);
    expect(pack.readMe.some((l) => l.startsWith('evidence/'))).toBe(false);
    expect(pack.readMe.join('\n')).not.toContain('Course certificate');
  });
});

describe('readMeText', () => {
  const pmp = credentialCatalog.find((r) => r.id === 'pmp')!;
  const cisa = credentialCatalog.find((r) => r.id === 'cisa')!;
  const cycle = { start: '2024-01-01', end: '2026-12-31' };
  const row = (total: number, howCounted?: ClaimRow['howCounted']): ClaimRow => ({
    activityId: 'a',
    provider: 'University',
    activityTitle: 'IT governance',
    startDate: '2024-03-01',
    completionDate: '2024-03-01',
    type: 'course-or-training',
    category: null,
    counted: {
      total,
      byArea: { waysOfWorking: total, powerSkills: 0, businessAcumen: 0 },
      education: total,
      givingBack: 0,
      general: 0,
      practitioner: false,
      category: null,
    },
    claimCode: '',
    claimStatus: 'earned',
    howCounted,
  });
  const evidence = [{ id: 'e', activityId: 'a', name: 'certificate.pdf' }];

  it('with evidence files: describes the evidence folder', () => {
    const plan = planAuditPack(pmp, cycle, [row(10)], evidence);
    const lines = readMeText({ acronym: 'PMP', body: 'PMI' }, plan, cycle).split('\r\n');
    expect(lines).toContain(
      'evidence/: one folder per claimed activity, with its files exactly as stored in Ascent.',
    );
    expect(lines).toContain('Every claimed activity has at least one evidence file.');
    expect(lines).not.toContain(NO_FILES);
  });

  it('names the "How counted" column when a course counted by its semester credits', () => {
    const how = { credits: { credits: 3, perCredit: 15, hours: 45 }, reasons: [] };
    const plan = planAuditPack(cisa, cycle, [row(45, how)], evidence, () => '3 × 15 = 45');
    const text = readMeText({ acronym: 'CISA', body: 'ISACA' }, plan, cycle);
    expect(text).toContain(
      'Both CSV files end with a "How counted" column: how a course\'s semester credits were counted.',
    );
    const without = planAuditPack(pmp, cycle, [row(10)], evidence, () => 'unused');
    expect(readMeText({ acronym: 'PMP', body: 'PMI' }, without, cycle)).not.toContain(
      'How counted',
    );
  });
});
