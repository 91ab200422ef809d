// Settings → Storage shows how much of the evidence budget is used and, from 80% of it, says
// in words (not only a colour) that evidence is nearly full and what to do; the activity form
// words a file refused for the budget the same way. Figures are numbers: no test allocates
// hundreds of MB.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { EvidenceUse, StorageStatus } from '../../../renderer/src/features/backup/StorageStatus';
import {
  activityErrorText,
  evidenceRefused,
} from '../../../renderer/src/features/credit-log/messages';
import { freshName } from '../../db/helpers';

const MiB = 1024 * 1024;
const budget = 400 * MiB;
const SLOW = { timeout: 5000 };
let store: Store | null = null;
afterEach(() => {
  cleanup();
  store?.db.close();
  store = null;
});

const warning = () => screen.queryByRole('note', { name: 'Evidence nearly full' });

describe('the evidence figure in the storage status', () => {
  it('shows the evidence used of the budget, without a warning under 80%', () => {
    render(<EvidenceUse used={120 * MiB} budget={budget} />);
    expect(screen.getByText('Evidence: 120 MB of 400 MB')).toBeTruthy();
    expect(warning()).toBeNull();
  });

  it('warns in words from 80% of the budget', () => {
    render(<EvidenceUse used={320 * MiB} budget={budget} />);
    expect(screen.getByText('Evidence: 320 MB of 400 MB')).toBeTruthy();
    expect(warning()?.textContent).toBe(
      'Evidence is nearly full. Ascent keeps up to 400 MB of evidence so that one backup file holds everything. Remove evidence you no longer need, or keep large files elsewhere and note where.',
    );
  });

  it('says new files are refused once the budget is reached', () => {
    render(<EvidenceUse used={400 * MiB} budget={budget} />);
    expect(warning()?.textContent).toMatch(/^Evidence is full: new evidence files are refused\. /);
  });

  it('reads the evidence kept from the database', async () => {
    store = await openStore(freshName('evidence-status'));
    const saved = await saveActivity(
      store,
      {
        date: '2026-03-10',
        title: 'Course',
        type: 'course-or-training',
        amount: 2,
        unit: 'hours',
        split: null,
        status: 'earned',
      },
      '2026-11-22',
      { addEvidence: [{ name: 'a.pdf', mimeType: 'application/pdf', data: new Uint8Array(900) }] },
    );
    if (!saved.ok) throw new Error('fixture');
    render(
      <StoreProvider store={store}>
        <StorageStatus desktop evidenceBudget={1000} />
      </StoreProvider>,
    );
    expect(await screen.findByText('Evidence: 900 bytes of 1,000 bytes', {}, SLOW)).toBeTruthy();
    expect(warning()?.textContent).toMatch(/^Evidence is nearly full\./);
  });
});

describe('a file refused for the evidence budget, in words', () => {
  const error = { field: 'evidence', code: 'TOTAL_TOO_LARGE', actual: 392 * MiB, expected: budget };

  it('next to the files: which file, why, how much is used, what to do', () => {
    expect(evidenceRefused('scan.pdf', error.code, error)).toBe(
      '“scan.pdf” was not added. Ascent keeps up to 400 MB of evidence so that one backup file holds everything; 392 MB is used. Remove evidence you no longer need, or keep large files elsewhere and note where.',
    );
  });

  it('in the error summary', () => {
    expect(activityErrorText(error)).toBe(
      'This file was not added. Ascent keeps up to 400 MB of evidence so that one backup file holds everything; 392 MB is used. Remove evidence you no longer need, or keep large files elsewhere and note where.',
    );
  });
});
