// The readiness percentage is the mean progress over the essential requirements, part-way
// progress included (readinessScore); the count beside it is of those fully met. A reviewer
// read "84% ready: 15 of 21 essential requirements met" (15/21 = 71%) as a sum error. The
// words now keep the two apart, and a note where the figure is shown says why they differ:
// on the Dashboard, the Ladder, a rung's own page and the printed report.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SummarySection } from '../../../shared/domain/report';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { ReadinessSummary } from '../../../renderer/src/features/ladder/ReadinessSummary';
import { SummaryPart } from '../../../renderer/src/features/reports/CareerSections';
import { freshName } from '../../db/helpers';

/** fake-indexeddb and live queries take a while on a busy machine. */
const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };

const NOTE =
  'A readiness percentage also counts part-way progress on each essential requirement, so it can be higher than the share fully met.';
/** What the old words said: "84% ready: 15 of 21 …", "Readiness 77% — 13 of 23 … met." */
const OLD = /% ready:|Readiness \d+%|essential requirements met/;
const LINE = /^\d+% of the way there · \d+ of \d+ essential requirements fully met\.$/;

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('readiness-wording'));
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    name: 'Dana',
    currentRung: 'pmo-analyst',
    targetRung: 'pmo-director',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error('profile not saved');
});
afterEach(() => {
  cleanup();
  store?.db.close();
});

const inStore = (ui: React.ReactNode) =>
  render(
    <StoreProvider store={store}>
      <UndoProvider>{ui}</UndoProvider>
    </StoreProvider>,
  );

describe('readiness in words', TEST, () => {
  it('the printed report: 84% of the way there beside 15 of 21 fully met, with the note', () => {
    const summary: SummarySection = {
      currentRung: { id: 'pmo-analyst', name: 'PMO Analyst' },
      targetRung: { id: 'pmo-manager', name: 'PMO Manager' },
      readiness: { score: 84, ready: false, met: 15, total: 21 },
      actions: [],
    };
    inStore(<SummaryPart s={summary} />);
    const section = screen.getByRole('region', { name: 'Summary' });
    expect(section.textContent).toContain(
      'Readiness for PMO Manager: 84% of the way there · 15 of 21 essential requirements fully met.',
    );
    expect(within(section).getByText('84% of the way there').tagName).toBe('STRONG');
    expect(within(section).getByText(NOTE)).toBeDefined();
    expect(section.textContent).not.toMatch(OLD);
  });

  it('the Dashboard card says the percentage and the count apart, and why they differ', async () => {
    inStore(<ReadinessSummary />);
    const card = await screen.findByRole('region', { name: 'Readiness for PMO Director' }, SLOW);
    expect(within(card).getByText(LINE)).toBeDefined();
    expect(within(card).getByText(NOTE)).toBeDefined();
    expect(card.textContent).not.toMatch(OLD);
  });

  it('the Ladder: every rung in the same words, the note said once above them', async () => {
    inStore(<LadderScreen rest={[]} />);
    const list = await screen.findByRole('list', { name: 'Your ladder, top rung first' }, SLOW);
    const rungs = within(list).getAllByRole('listitem');
    expect(rungs).toHaveLength(5);
    for (const rung of rungs) expect(within(rung).getByText(LINE)).toBeDefined();
    expect(screen.getAllByText(NOTE)).toHaveLength(1);
    expect(list.textContent).not.toMatch(OLD);
  });

  it('a rung’s own page counts the recommended requirements apart, with the note', async () => {
    inStore(<LadderScreen rest={['pmo-director']} />);
    await screen.findByRole('table', { name: 'Requirements for PMO Director' }, SLOW);
    const header = screen.getByRole('banner');
    expect(
      within(header).getByText(
        /^Readiness: \d+% of the way there · \d+ of \d+ essential and \d+ of \d+ recommended requirements fully met\.$/,
      ),
    ).toBeDefined();
    expect(within(header).getByText(NOTE)).toBeDefined();
    expect(header.textContent).not.toMatch(OLD);
  });
});
