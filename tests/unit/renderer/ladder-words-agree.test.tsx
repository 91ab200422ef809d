// The Ladder's words agree with each other:
// - the Education tab and the command palette name the place the same ("Education"), and the
//   palette still finds it by "contact hours";
// - the degree form says "programme", as onboarding and Settings do;
// - the exam-eligibility table gives what you have and what is needed in the same unit
//   (months), so the two columns can be compared at a glance.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConditionResult } from '../../../shared/domain/eligibility';
import { matchCommands, paletteCommands } from '../../../renderer/src/app/command-palette/commands';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { DegreeForm } from '../../../renderer/src/features/experience/DegreeForm';
import {
  conditionText,
  eligibilitySentence,
} from '../../../renderer/src/features/ladder/eligibility-messages';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 10_000 };
const TEST = { timeout: 20_000 };

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  store = await openStore(freshName('ladder-words-agree'));
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await store.db.delete();
});

function show(element: React.ReactElement) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <main>{element}</main>
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const experience = (have: number, need: number, windowMonths: number | null = null) =>
  ({
    kind: 'experience',
    code: 'EXPERIENCE_MONTHS',
    experience: 'leading-projects',
    status: have >= need ? 'met' : 'unmet',
    met: have >= need,
    have,
    need,
    windowMonths,
  }) as unknown as ConditionResult;

describe('the Education tab and the command palette', TEST, () => {
  it('name the place the same, and the palette finds it by “contact hours” too', async () => {
    show(<LadderScreen rest={['education']} />);
    const tabs = screen.getByRole('navigation', { name: 'Ladder sections' });
    const tab = within(tabs)
      .getAllByRole('link')
      .find((a) => a.getAttribute('href') === '#/ladder/education')!;
    const command = paletteCommands().find((c) => c.href === '#/ladder/education')!;
    expect(tab.textContent).toBe('Education');
    expect(command.label).toBe(tab.textContent);
    expect(await screen.findByRole('heading', { level: 1 }, SLOW)).toHaveProperty(
      'textContent',
      'Education',
    );
    const found = matchCommands(paletteCommands(), 'contact hours').map((c) => c.label);
    expect(found).toContain('Education');
  });
});

describe('the degree form', TEST, () => {
  it('says “programme”, as onboarding and Settings do', () => {
    show(<DegreeForm onDone={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Add a degree' });
    expect(
      within(form).getByLabelText(
        'From a GAC-accredited programme (PMI Global Accreditation Center)',
      ),
    ).toHaveProperty('type', 'checkbox');
    expect(form.textContent).not.toMatch(/\bprogram\b/);
  });
});

describe('exam eligibility: experience in one unit', () => {
  it.each([
    [0, 60, '0 months', '60 months'],
    [1, 36, '1 month', '36 months'],
    [15, 24, '15 months', '24 months'],
    [40, 36, '40 months', '36 months'],
  ])('have %i, need %i months: “%s” against “%s”', (have, need, haveText, needText) => {
    const t = conditionText(experience(have, need));
    expect([t.have, t.need]).toEqual([haveText, needText]);
  });

  it('keeps the window in years in the condition’s name', () => {
    expect(conditionText(experience(50, 60, 96)).what).toBe(
      'Experience leading projects in the last 8 years',
    );
  });

  it('names what is still needed in months, both sides alike', () => {
    const path = {
      pathId: 'secondary',
      status: 'unmet',
      conditions: [experience(15, 60)],
      progress: 0,
      eligibleOn: null,
    } as never;
    expect(eligibilitySentence('PMP', 'not-yet', null, path)).toBe(
      'Not yet eligible for PMP. Still needed: Experience leading projects: 15 months of 60 months.',
    );
  });
});
