// The Talent Triangle split is PMI's alone. A PMI holder's course saved without it counts for
// none of their PMI credentials: the form asks before saving ("Is this right?"), and the log
// marks the saved row in words. Someone who holds no PMI credential is not pushed to fill it:
// the split is folded away, PMI's note on the types is not said, and the log has no area
// columns. And the relevant share is said as stored, so the sum in its sentence reads right.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import { logRows, noLogFilter } from '../../../shared/domain/claims';
import type { HeldStage, HeldWithRule } from '../../../shared/domain/credentials';
import { wantingSplit, type Activity } from '../../../shared/domain/credits';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { resetUnsavedChanges } from '../../../renderer/src/components/unsaved-changes';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { listActivities } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { ActivityEditor } from '../../../renderer/src/features/credit-log/ActivityEditor';
import { LogTable } from '../../../renderer/src/features/credit-log/LogTable';
import { reasonText } from '../../../renderer/src/features/credentials/messages';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const TEST = { timeout: 30_000 };
const TODAY = '2026-11-22';
const QUESTION =
  'Talent Triangle split: This counts for none of your PMI credentials until its hours are split across the Talent Triangle. Add the split, or save it as it is.';

let store: Store;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 0)); // 22 Nov 2026
  // jsdom has no CSS.escape; the form finds a field by its name with it (plain names here).
  vi.stubGlobal('CSS', { escape: (name: string) => name.replace(/["\\]/g, '\\$&') });
  store = await openStore(freshName('credit-log-pmi-split'));
});
afterEach(async () => {
  cleanup();
  resetUnsavedChanges();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await store.db.delete();
});

const holding = (credentialId: string, stage: HeldStage = 'earned'): HeldWithRule => ({
  credential: {
    id: `held-${credentialId}`,
    credentialId,
    stage,
    ...(stage === 'earned' ? { earnedDate: '2025-01-15' } : {}),
  },
  rule: findCredentialRule(credentialId)!,
});
const PMP = holding('pmp');
const NO_PMI = ['cbap', 'csm', 'cisa', 'prince2-practitioner'].map((id) => holding(id));

function showForm(held: HeldWithRule[]) {
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <ActivityEditor original={null} held={held} today={TODAY} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
  return screen.getByRole('form', { name: 'Log an activity' });
}

const type = (form: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

/** A course of `hours` on 1 Oct 2026, its split left as it is. */
function fillCourse(form: HTMLElement, hours: string) {
  type(form, 'Title', 'Negotiation course');
  type(form, 'Activity type', 'course-or-training');
  type(form, 'Completion date', '2026-10-01');
  type(form, 'Amount', hours);
}

const save = (form: HTMLElement) =>
  fireEvent.click(within(form).getByRole('button', { name: 'Save activity' }));
const question = (form: HTMLElement) =>
  within(form).queryByRole('group', { name: 'Is this right? Nothing is saved yet:' });
const typeHint = (form: HTMLElement) =>
  within(form).getByLabelText('Activity type').getAttribute('aria-describedby')
    ? document.getElementById(
        within(form).getByLabelText('Activity type').getAttribute('aria-describedby')!,
      )?.textContent
    : null;

describe('a PMP holder’s course without a split', TEST, () => {
  it('asks before saving, and the item goes to the split', async () => {
    const form = showForm([PMP]);
    fillCourse(form, '8');
    save(form);
    const check = await waitFor(() => {
      const found = question(form);
      if (!found) throw new Error('no question');
      return found;
    });
    expect(
      within(check)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([QUESTION, 'Save as it is']);
    expect(await listActivities(store)).toEqual([]);
    fireEvent.click(within(check).getByRole('button', { name: QUESTION }));
    expect(document.activeElement).toBe(within(form).getByLabelText('Ways of Working'));
  });

  it('saves as it is when asked to', async () => {
    const form = showForm([PMP]);
    fillCourse(form, '8');
    save(form);
    await waitFor(() => expect(question(form)).not.toBeNull());
    fireEvent.click(within(form).getByRole('button', { name: 'Save as it is' }));
    await waitFor(async () =>
      expect((await listActivities(store)).map((a) => [a.title, a.split ?? null])).toEqual([
        ['Negotiation course', null],
      ]),
    );
  });

  it('saves with no question once the hours are split', async () => {
    const form = showForm([PMP]);
    fillCourse(form, '8');
    type(form, 'Power Skills', '8');
    save(form);
    await waitFor(async () =>
      expect((await listActivities(store)).map((a) => a.title)).toEqual(['Negotiation course']),
    );
    expect(question(form)).toBeNull();
  });
});

describe('the split for someone who holds no PMI credential', TEST, () => {
  it('is folded away, with neutral words once opened, and saves with no question', async () => {
    const form = showForm(NO_PMI);
    fillCourse(form, '16');
    const disclosure = within(form).getByRole('button', {
      name: 'Talent Triangle split (PMI only)',
    });
    expect(disclosure.getAttribute('aria-expanded')).toBe('false');
    expect(within(form).queryByLabelText('Ways of Working')).toBeNull();
    expect(typeHint(form)).toBeNull();

    fireEvent.click(disclosure);
    expect(disclosure.getAttribute('aria-expanded')).toBe('true');
    const split = within(form).getByRole('group', { name: 'Talent Triangle split' });
    expect(split.textContent).toContain(
      'Only PMI credentials use this split, and you hold none: you can leave it empty.',
    );
    expect(split.textContent).toContain('The areas add up to 0 of 16 hours counted.');
    expect(split.textContent).not.toContain('still to place');

    save(form);
    await waitFor(async () =>
      expect((await listActivities(store)).map((a) => a.title)).toEqual(['Negotiation course']),
    );
  });

  it.each<[string, HeldWithRule[]]>([
    ['PMP earned', [PMP]],
    ['PMP exam booked, CBAP earned', [holding('cbap'), holding('pmp', 'exam-booked')]],
    ['CAPM a target', [holding('capm', 'target')]],
    ['nothing held yet', []],
  ])('is open as today with a PMI credential held or planned: %s', (_name, held) => {
    const form = showForm(held);
    fillCourse(form, '16');
    expect(
      within(form).queryByRole('button', { name: 'Talent Triangle split (PMI only)' }),
    ).toBeNull();
    const split = within(form).getByRole('group', { name: 'Talent Triangle split' });
    expect(split.textContent).toContain(
      'The areas add up to 0 of 16 hours counted: 16 hours still to place.',
    );
    expect(typeHint(form)).toBe(
      'PMI’s types: Education has no cap; Giving Back is capped per cycle.',
    );
  });
});

const course = (id: string, split: Activity['split']): Activity => ({
  id,
  title: id,
  date: '2026-10-01',
  type: 'course-or-training',
  amount: 8,
  unit: 'hours',
  status: 'earned',
  ...(split ? { split } : {}),
});
const log = [
  course('Split course', { waysOfWorking: 4, powerSkills: 4, businessAcumen: 0 }),
  course('Unsplit course', null),
];

function showLog(held: HeldWithRule[], pmi: boolean) {
  render(
    <LogTable
      rows={logRows(log, noLogFilter, new Map(), new Map())}
      sort={{ key: 'title', direction: 'ascending' }}
      onSort={() => undefined}
      credential={null}
      pmi={pmi}
      wantingSplit={wantingSplit(log, held, TODAY)}
    />,
  );
  const table = screen.getByRole('table');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim());
  const typeOf = (title: string) =>
    within(table)
      .getByRole('row', { name: new RegExp(title) })
      .querySelectorAll('td')[2]?.textContent;
  return { headers, typeOf };
}

describe('the log table', () => {
  it('marks, in words, the row that counts for no PMI credential for want of a split', () => {
    const { headers, typeOf } = showLog([PMP], true);
    expect(headers).toEqual([
      'Date',
      'Title',
      'Provider',
      'Type',
      'Hours',
      'Ways of Working',
      'Power Skills',
      'Business Acumen',
      'Giving Back',
      'Status',
      'Evidence',
    ]);
    expect(typeOf('Unsplit course')).toBe(
      'Course or training No split: counts for no PMI credential',
    );
    expect(typeOf('Split course')).toBe('Course or training');
  });

  it('has no area columns and no mark without a PMI credential', () => {
    const { headers, typeOf } = showLog(NO_PMI, false);
    expect(headers).toEqual(['Date', 'Title', 'Provider', 'Type', 'Hours', 'Status', 'Evidence']);
    expect(typeOf('Unsplit course')).toBe('Course or training');
  });
});

describe('the relevant share, as stored', () => {
  it.each<[number, number, string]>([
    [99.9, 10, 'Only the relevant share counts: 99.9% of 10 PDUs, so 9.75 PDUs.'],
    [33.3, 10, 'Only the relevant share counts: 33.3% of 10 PDUs, so 3.25 PDUs.'],
    [33.33, 3, 'Only the relevant share counts: 33.33% of 3 PDUs, so 0.75 PDUs.'],
    [50, 15, 'Only the relevant share counts: 50% of 15 PDUs, so 7.5 PDUs.'],
  ])('%s percent of %s hours', (percent, hours, text) => {
    expect(reasonText({ code: 'RELEVANT_SHARE', percent, hours }, 'PDU')).toBe(text);
  });

  it('says CPEs the same way', () => {
    expect(reasonText({ code: 'RELEVANT_SHARE', percent: 33.3, hours: 10 }, 'CPE')).toBe(
      'Only the relevant share counts: 33.3% of 10 CPEs, so 3.25 CPEs.',
    );
  });
});
