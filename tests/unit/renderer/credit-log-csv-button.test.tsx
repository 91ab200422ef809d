import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Platform, SaveRequest } from '../../../shared/platform';
import { writeFailureText } from '../../../shared/files/write-failure';
import { PlatformProvider } from '../../../renderer/src/platform';
import { CycleCsvButton } from '../../../renderer/src/features/credit-log/CycleCsvButton';
import { course, evaluate, givingBack, holding } from '../domain/credits/fixtures';
import { silentNotifications } from './silent-notifications';

/** A platform double that records what the button asked to save. */
function recordingPlatform(outcome: () => Promise<{ saved: boolean }>) {
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
      const o = await outcome();
      return o.saved ? { saved: true, fileName: `/home/u/${req.suggestedName}` } : { saved: false };
    },
    openFile: async () => ({ opened: false }),
    openExternal: async () => {},
    print: async () => {},
    printReport: async () => ({ kind: 'browser-print' }),
    backups: null,
    notifications: silentNotifications,
    onMenuCommand: () => () => {},
  };
  return { platform, saved };
}

const pmp = holding('pmp', '2025-01-15');
const log = [
  course('2025-03-10', { waysOfWorking: 5, powerSkills: 2, businessAcumen: 1 }, { title: 'Risk' }),
  givingBack('2025-05-20', 'volunteer', 10, { title: 'Volunteering' }),
];

function renderButton(platform: Platform, activities = log) {
  const evaluation = evaluate(pmp, activities, '2026-11-22');
  render(
    <PlatformProvider platform={platform}>
      <CycleCsvButton held={pmp} evaluation={evaluation} activities={activities} />
    </PlatformProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Export cycle as CSV' }));
}

afterEach(cleanup);

const expectStatus = (text: string) =>
  waitFor(() => expect(screen.getByRole('status').textContent).toBe(text));

describe('CycleCsvButton', () => {
  it('saves the cycle’s CSV under a name with the credential and cycle dates', async () => {
    const { platform, saved } = recordingPlatform(async () => ({ saved: true }));
    renderButton(platform);
    await expectStatus('Saved /home/u/PMP-cycle-2025-01-15-to-2028-01-14.csv (2 activities).');
    expect(saved).toHaveLength(1);
    const [req] = saved;
    expect(req?.suggestedName).toBe('PMP-cycle-2025-01-15-to-2028-01-14.csv');
    expect(req?.mimeType).toBe('text/csv;charset=utf-8');
    expect(req?.filters).toEqual([{ name: 'CSV (spreadsheet)', extensions: ['csv'] }]);
    const lines = String(req?.content).split('\r\n');
    expect(lines[0]?.charCodeAt(0)).toBe(0xfeff);
    expect(lines.slice(1)).toEqual([
      ',Risk,2025-03-10,2025-03-10,Course or training,5,2,1,0,8,,Earned',
      ',Volunteering,2025-05-20,2025-05-20,Volunteer,0,0,0,10,10,,Earned',
      '',
    ]);
  });

  it('says so, and saves nothing, when no activity counts in the cycle', async () => {
    const { platform, saved } = recordingPlatform(async () => ({ saved: true }));
    renderButton(platform, []);
    await expectStatus('Nothing to export yet: no activity counts in this cycle.');
    expect(saved).toHaveLength(0);
  });

  it('reports a failed save and what to do', async () => {
    const { platform } = recordingPlatform(async () => {
      throw new Error('disk full');
    });
    renderButton(platform);
    await expectStatus('The file was not saved (disk full). Try again.');
  });

  it('says once why the desktop could not write it, and what to do', async () => {
    const { platform } = recordingPlatform(async () => {
      throw new Error(writeFailureText.IN_USE);
    });
    renderButton(platform);
    await expectStatus(`The file was not saved. ${writeFailureText.IN_USE}`);
  });

  it('shows progress, then stays quiet when the user cancels the save dialog', async () => {
    let answer!: (o: { saved: boolean }) => void;
    const { platform, saved } = recordingPlatform(() => new Promise((r) => (answer = r)));
    renderButton(platform);
    await expectStatus('Exporting…');
    answer({ saved: false });
    await expectStatus('');
    expect(saved).toHaveLength(1);
  });
});
