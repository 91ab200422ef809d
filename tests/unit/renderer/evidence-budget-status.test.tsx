// Settings → Storage shows how much of the budget the evidence and the courses' certificates
// use and, from 80% of it, says in words (not only a colour) that they are nearly full (or
// full, and named so) and what to do; the activity and course forms word a file refused for
// the budget: nothing was saved, what is kept, what to do. Figures are numbers: no test
// allocates hundreds of MB.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { saveCourse } from '../../../renderer/src/db/repositories/journal';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { EvidenceUse, StorageStatus } from '../../../renderer/src/features/backup/StorageStatus';
import {
  activityErrorText,
  evidenceRefused,
} from '../../../renderer/src/features/credit-log/messages';
import { journalErrorText } from '../../../renderer/src/features/learning/messages';
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

const warning = () =>
  screen.queryByRole('note', { name: /^Evidence and certificates (nearly )?full$/ });

describe('the evidence figure in the storage status', () => {
  it('shows the evidence used of the budget, without a warning under 80%', () => {
    render(<EvidenceUse used={120 * MiB} budget={budget} />);
    expect(screen.getByText('Evidence and certificates: 120 MB of 400 MB')).toBeTruthy();
    expect(warning()).toBeNull();
  });

  it('warns in words from 80% of the budget', () => {
    render(<EvidenceUse used={320 * MiB} budget={budget} />);
    expect(screen.getByText('Evidence and certificates: 320 MB of 400 MB')).toBeTruthy();
    const note = screen.getByRole('note', { name: 'Evidence and certificates nearly full' });
    expect(note.textContent).toBe(
      'Evidence and certificates are nearly full. Ascent keeps up to 400 MB of evidence and certificates so that one backup file holds everything. Remove evidence or certificates you no longer need, or keep large files elsewhere and note where.',
    );
  });

  it('says new files are refused once the budget is reached, and is named full', () => {
    render(<EvidenceUse used={400 * MiB} budget={budget} />);
    const note = screen.getByRole('note', { name: 'Evidence and certificates full' });
    expect(note.textContent).toMatch(
      /^Evidence and certificates are full: new files are refused\. /,
    );
    expect(screen.queryByRole('note', { name: /nearly full/ })).toBeNull();
  });

  it('reads the evidence and the certificates kept from the database', async () => {
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
    const course = await saveCourse(
      store,
      {
        title: 'Scrum course',
        provider: '',
        format: 'virtual',
        status: 'planned',
        start: '2026-12-01',
        end: null,
        contactHours: 7,
        cost: null,
        link: '',
        topic: 'agile',
        split: null,
        notes: '',
      },
      {
        asOf: '2026-11-22',
        certificate: { name: 'c.pdf', mimeType: 'application/pdf', data: new Uint8Array(50) },
      },
    );
    if (!course.ok) throw new Error('fixture');
    render(
      <StoreProvider store={store}>
        <StorageStatus desktop evidenceBudget={1000} />
      </StoreProvider>,
    );
    expect(
      await screen.findByText('Evidence and certificates: 950 bytes of 1,000 bytes', {}, SLOW),
    ).toBeTruthy();
    expect(warning()?.textContent).toMatch(/^Evidence and certificates are nearly full\./);
  });
});

describe('a file refused for the budget, in words', () => {
  const error = {
    field: 'evidence',
    code: 'TOTAL_TOO_LARGE',
    actual: 390 * MiB,
    expected: budget,
    adding: 0,
    freed: 0,
  };
  const why =
    'Ascent keeps up to 400 MB of evidence and certificates so that one backup file holds everything; keep large files elsewhere and note where.';

  it('next to the files: nothing was saved, which file, how much is kept, what to do', () => {
    expect(evidenceRefused('b.pdf', error.code, error)).toBe(
      `Nothing was saved: “b.pdf” would take the evidence and certificates kept past 400 MB (390 MB is kept). Remove it, or remove evidence you no longer need, then save again. ${why}`,
    );
  });

  it('in the error summary, the same', () => {
    expect(activityErrorText({ ...error, name: 'b.pdf' })).toBe(
      evidenceRefused('b.pdf', error.code, error),
    );
  });

  it('counts the new files before it apart from what is kept, and says when removals are left out', () => {
    expect(evidenceRefused('b.pdf', error.code, { ...error, adding: 8 * MiB, freed: MiB })).toBe(
      `Nothing was saved: “b.pdf”, with the 8 MB of new files before it, would take the evidence and certificates kept past 400 MB (390 MB is kept without the files you removed). Remove it, or remove evidence you no longer need, then save again. ${why}`,
    );
  });

  it('on the course form: nothing was saved, and what to do', () => {
    expect(journalErrorText('TOTAL_TOO_LARGE', { ...error, field: 'certificate' })).toBe(
      `Nothing was saved: this certificate would take the evidence and certificates kept past 400 MB (390 MB is kept). Choose a smaller copy, or remove evidence or certificates you no longer need, then save again. ${why}`,
    );
  });
});
