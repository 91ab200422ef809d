// Requirements of any kind Ascent measures, added to a rung of the user's own (issue 5
// part 1: "add their own"): the kind, what it is about and its numbers, checked by the
// domain (validateRequirement) before anything is saved, marked "Added by you", and counted
// by readiness like the shipped ones.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRung,
  defaultLadderPlan,
  newUserRung,
  validateRequirement,
  type LadderEdit,
  type LadderPlan,
  type RequirementKind,
} from '../../../shared/catalog/ladder-requirements';
import { localDateOf } from '../../../shared/dates';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { hasUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import {
  getLadderPlan,
  saveLadderPlan,
  saveRole,
} from '../../../renderer/src/db/repositories/career';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import {
  draftToNewRequirement,
  newRequirementDraft,
  newRequirementFields,
} from '../../../renderer/src/features/ladder/new-requirement';
import type { NewRequirementDraft } from '../../../renderer/src/features/ladder/new-requirement-shape';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };

const ok = (edit: LadderEdit): LadderPlan => {
  if (!edit.ok) throw new Error(JSON.stringify(edit.errors));
  return edit.value;
};
const withSenior = ok(addRung(defaultLadderPlan(), newUserRung('senior', 'Senior PMO Analyst'), 2));

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('add-requirement'));
  await saveLadderPlan(store, withSenior);
  const saved = await saveProfile(store, {
    ...emptyProfileDraft(),
    currentRung: 'pmo-analyst',
    targetRung: 'senior',
    education: 'bachelor',
  });
  if (!saved.ok) throw new Error('profile not saved');
});
afterEach(() => {
  cleanup();
  store?.db.close();
});

function show() {
  render(
    <StoreProvider store={store}>
      <UndoProvider>
        <LadderScreen rest={['senior']} />
      </UndoProvider>
    </StoreProvider>,
  );
}

const seniorRequirements = async () =>
  (await getLadderPlan(store)).rungs.find((r) => r.id === 'senior')!.requirements;
const form = () => screen.findByRole('form', { name: 'Add a requirement' }, SLOW);
const header = () => screen.getByText(/^Readiness: \d+% of the way there/);

describe('adding a measured requirement to a rung of your own', TEST, () => {
  it('months of experience: refused until complete, then saved, shown and counted', async () => {
    show();
    const f = await form();
    fireEvent.change(within(f).getByLabelText('Kind of requirement'), {
      target: { value: 'experience' },
    });
    fireEvent.click(within(f).getByRole('button', { name: 'Add requirement' }));
    expect(await within(f).findByText('Choose at least one kind of experience.')).toBeDefined();
    expect(within(f).getByText('Enter a number.')).toBeDefined();
    const leading = within(f).getByLabelText('Leading projects');
    expect(leading.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-invalid')).toBe('true'));
    expect(await seniorRequirements()).toEqual([]);

    fireEvent.click(leading);
    fireEvent.change(within(f).getByLabelText('Months of experience'), {
      target: { value: '24' },
    });
    fireEvent.click(within(f).getByLabelText('Essential (counts towards readiness)'));
    fireEvent.click(within(f).getByRole('button', { name: 'Add requirement' }));

    const table = await screen.findByRole(
      'table',
      { name: 'Requirements for Senior PMO Analyst' },
      SLOW,
    );
    const row = await within(table).findByRole(
      'row',
      { name: /^2 years of leading projects/ },
      SLOW,
    );
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toBe('Essential');
    expect(cells[3]).toBe('2 years');
    // "Why", folded under its summary: the source once opened.
    const why = within(row).getAllByRole('cell').at(-1)!;
    expect(why.querySelector('details > p')?.textContent).toBe('Added by you');
    expect(within(f).getByRole('status').textContent).toBe(
      'Added “2 years of leading projects” to Senior PMO Analyst.',
    );
    expect(header().textContent).toContain('0 of 1 essential');
    expect(await seniorRequirements()).toMatchObject([
      {
        kind: 'experience',
        roleTypes: ['leading-projects'],
        months: 24,
        windowMonths: null,
        priority: 'essential',
        origin: 'user',
        basis: { source: 'Added by you' },
      },
    ]);

    // Readiness counts it: two years leading projects meets it.
    const today = localDateOf(new Date());
    const saved = await saveRole(
      store,
      {
        title: 'Project Manager',
        organisation: 'Contoso',
        industry: 'Healthcare',
        start: `${Number(today.slice(0, 4)) - 3}-01`,
        end: null,
        roleTypes: ['leading-projects'],
      },
      today,
    );
    expect(saved.ok).toBe(true);
    await waitFor(() => expect(header().textContent).toContain('1 of 1 essential'), SLOW);
    expect(header().textContent).toMatch(/^Readiness: 100% of the way there/);
  });

  it('a credential, one of several: the count appears with the second one and is checked', async () => {
    show();
    const f = await form();
    fireEvent.change(within(f).getByLabelText('Kind of requirement'), {
      target: { value: 'credential' },
    });
    expect(within(f).queryByLabelText('How many of them')).toBeNull();
    fireEvent.click(within(f).getByLabelText(/^PMP — /));
    fireEvent.click(within(f).getByLabelText(/^PgMP — /));
    const count = within(f).getByLabelText('How many of them');
    fireEvent.change(count, { target: { value: '3' } });
    fireEvent.click(within(f).getByRole('button', { name: 'Add requirement' }));
    expect(
      await within(f).findByText('Only 2 credentials are listed here; ask for that many or fewer.'),
    ).toBeDefined();
    expect(await seniorRequirements()).toEqual([]);

    fireEvent.change(count, { target: { value: '2' } });
    fireEvent.click(within(f).getByRole('button', { name: 'Add requirement' }));
    await screen.findByRole('row', { name: /^Hold 2 of PMP or PgMP/ }, SLOW);
    expect(await seniorRequirements()).toMatchObject([
      { kind: 'credential', anyOf: ['pmp', 'pgmp'], count: 2, standing: 'good' },
    ]);
    // The form starts again for the next one, on the same kind.
    expect((within(f).getByLabelText(/^PMP — /) as HTMLInputElement).checked).toBe(false);
  });

  it('free text still works, under its old label', async () => {
    show();
    const f = await form();
    fireEvent.change(within(f).getByRole('textbox', { name: 'Your own requirement' }), {
      target: { value: 'Run a PMO maturity assessment' },
    });
    fireEvent.click(within(f).getByRole('button', { name: 'Add requirement' }));
    await screen.findByRole('row', { name: /^Run a PMO maturity assessment/ }, SLOW);
    expect(await seniorRequirements()).toMatchObject([
      { kind: 'custom', done: false, priority: 'recommended', basis: { source: 'Added by you' } },
    ]);
  });
});

describe('changing the kind of requirement', TEST, () => {
  it('keeps the essential tick and shared ticks, and brings back what was typed', async () => {
    show();
    const f = await form();
    const kind = within(f).getByLabelText('Kind of requirement');
    fireEvent.change(within(f).getByRole('textbox', { name: 'Your own requirement' }), {
      target: { value: 'Run a PMO maturity assessment' },
    });
    fireEvent.click(within(f).getByLabelText('Essential (counts towards readiness)'));

    fireEvent.change(kind, { target: { value: 'experience' } });
    const essential = () =>
      (within(f).getByLabelText('Essential (counts towards readiness)') as HTMLInputElement)
        .checked;
    expect(essential()).toBe(true);
    fireEvent.click(within(f).getByLabelText('Leading projects'));
    fireEvent.change(within(f).getByLabelText('Months of experience'), {
      target: { value: '24' },
    });

    // The kinds of experience are the same question for industries: the ticks stay.
    fireEvent.change(kind, { target: { value: 'industries' } });
    expect((within(f).getByLabelText('Leading projects') as HTMLInputElement).checked).toBe(true);
    expect(essential()).toBe(true);

    fireEvent.change(kind, { target: { value: 'custom' } });
    expect(
      (within(f).getByRole('textbox', { name: 'Your own requirement' }) as HTMLInputElement).value,
    ).toBe('Run a PMO maturity assessment');
    expect(hasUnsavedChanges()).toBe(true);

    fireEvent.change(kind, { target: { value: 'experience' } });
    expect((within(f).getByLabelText('Months of experience') as HTMLInputElement).value).toBe('24');
    expect((within(f).getByLabelText('Leading projects') as HTMLInputElement).checked).toBe(true);

    fireEvent.click(within(f).getByRole('button', { name: 'Add requirement' }));
    await screen.findByRole('row', { name: /^2 years of leading projects/ }, SLOW);
    // Added: the form starts afresh, and nothing typed for another kind is left waiting.
    fireEvent.change(kind, { target: { value: 'custom' } });
    expect(
      (within(f).getByRole('textbox', { name: 'Your own requirement' }) as HTMLInputElement).value,
    ).toBe('');
    expect(hasUnsavedChanges()).toBe(false);
  });
});

describe('new requirement drafts', () => {
  const draft = (
    kind: RequirementKind,
    values: Record<string, string>,
    picked: Record<string, string[]> = {},
  ): NewRequirementDraft => {
    const d = newRequirementDraft(kind, true);
    return { ...d, values: { ...d.values, ...values }, picked };
  };

  it.each<[string, NewRequirementDraft, Record<string, unknown>]>([
    [
      'a skill at a level',
      draft('skill', { skill: 'leadership', level: '4' }),
      { kind: 'skill', skill: 'leadership', level: 4 },
    ],
    [
      'Talent Triangle credits in the last 12 months',
      draft('continuous-learning', { area: 'powerSkills', hours: '7.5' }),
      { kind: 'continuous-learning', area: 'powerSkills', hours: 7.5 },
    ],
    [
      'PM education hours on a topic',
      draft('pm-education-hours', { topic: 'agile', hours: '21' }),
      { kind: 'pm-education-hours', topic: 'agile', hours: 21 },
    ],
    [
      'conferences a year',
      draft('conferences', { perYear: '2' }),
      { kind: 'conferences', perYear: 2 },
    ],
    [
      'experience in any role over a window',
      draft('experience', { months: '12', windowMonths: '36' }, { roleTypes: ['pmo', 'any-role'] }),
      { kind: 'experience', roleTypes: 'any-role', months: 12, windowMonths: 36 },
    ],
    [
      'one credential: count 1 without asking',
      draft('credential', {}, { anyOf: ['pmi-pmocp'] }),
      { kind: 'credential', anyOf: ['pmi-pmocp'], count: 1, standing: 'good' },
    ],
    [
      'a credential ever earned',
      draft('credential', { standing: 'earned' }, { anyOf: ['capm'] }),
      { standing: 'earned' },
    ],
  ])('%s', (_, d, expected) => {
    const q = draftToNewRequirement(d, 'q1');
    expect(q).toMatchObject({
      ...expected,
      id: 'q1',
      priority: 'essential',
      origin: 'user',
      basis: { source: 'Added by you' },
    });
    expect(validateRequirement(q)).toEqual([]);
  });

  it.each<[string, NewRequirementDraft, string[]]>([
    ['no number typed', draft('conferences', {}), ['perYear:NOT_A_NUMBER']],
    [
      'hours off the quarter',
      draft('leadership-training', { hours: '1.1' }),
      ['hours:HOURS_NOT_QUARTER'],
    ],
    ['skill level out of range', draft('skill', { level: '6' }), ['level:LEVEL_OUT_OF_RANGE']],
    ['no credential ticked', draft('credential', {}), ['anyOf:NO_CREDENTIAL']],
  ])('%s is refused by the domain', (_, d, codes) => {
    const q = draftToNewRequirement(d, 'q1');
    expect(validateRequirement(q).map((e) => `${e.field}:${e.code}`)).toEqual(codes);
  });

  it('every drop-down starts on its first option; the area names the hours field', () => {
    const d = newRequirementDraft('continuous-learning');
    expect(d.values.area).toBe('waysOfWorking');
    expect(newRequirementFields(d).map((f) => f.label)).toEqual([
      'Talent Triangle area',
      'Hours of Ways of Working learning a year',
    ]);
  });
});
