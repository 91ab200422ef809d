// The credit log opened on an unrenewed PMP cycle ("Open in the credit log" in the cycle history
// of a credential's page) ran To a year past the cycle's end, through its suspension year, and
// did not say why. Below the dates, as To's description, it now says the range includes the
// suspension year because activities dated in it can still count toward renewing that cycle
// (domain-facts §1); a cycle renewed late in that year runs to the renewal; a range ending by
// the cycle's end says nothing.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCredentialRule } from '../../../shared/catalog/credentials';
import { cycleLogQuery } from '../../../shared/domain/claims';
import { cyclesFor, type HeldWithRule, type Renewal } from '../../../shared/domain/credentials';
import { formatDate as day } from '../../../renderer/src/components/format';
import { openStore, type Store } from '../../../renderer/src/db/database';
import type { CreditData } from '../../../renderer/src/db/credit-hooks';
import type { ActivityRow } from '../../../renderer/src/db/repositories/activities';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { LogView } from '../../../renderer/src/features/credit-log/LogView';
import { PlatformProvider } from '../../../renderer/src/platform';
import { fakePlatform } from '../../db/backup-fakes';
import { freshName } from '../../db/helpers';

const STAMP = '2020-05-01T09:00:00.000Z';

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('log-suspension-note'));
});
afterEach(async () => {
  cleanup();
  store.db.close();
  await store.db.delete();
});

// PMP earned 3 Feb 2017: cycle 1 to 2 Feb 2020, its suspension year to 2 Feb 2021 (§1).
const pmp = (renewals: Renewal[] = []) =>
  ({
    credential: {
      id: 'held-pmp',
      credentialId: 'pmp',
      stage: 'earned',
      earnedDate: '2017-02-03',
      renewals,
    },
    rule: findCredentialRule('pmp')!,
  }) as HeldWithRule;

const course = (id: string, date: string): ActivityRow => ({
  id,
  title: id,
  type: 'course-or-training',
  date,
  amount: 10,
  unit: 'hours',
  status: 'earned',
  split: { waysOfWorking: 0, powerSkills: 10, businessAcumen: 0 },
  createdAt: STAMP,
  updatedAt: STAMP,
});
const activities = [course('Risk course', '2019-05-01'), course('Agile course', '2020-04-01')];

/** The log as "Open in the credit log" opens it for `held`'s first cycle on `today`. */
function openFirstCycle(held: HeldWithRule, today: string) {
  const first = cyclesFor(held.credential, held.rule, today)[0]!;
  window.location.hash = `#/credit-log?${cycleLogQuery('held-pmp', first)}`;
  const data: CreditData = { held: [], custom: [], activities, withRules: [held] };
  render(
    <StoreProvider store={store}>
      <PlatformProvider platform={fakePlatform(null)}>
        <UndoProvider>
          <LogView data={data} today={today} />
        </UndoProvider>
      </PlatformProvider>
    </StoreProvider>,
  );
}

const to = () => screen.getByLabelText('To') as HTMLInputElement;
/** What describes To (its aria-describedby), or '' when nothing does. */
const toDescription = () =>
  (to().getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
    .join(' ');

const year = `${day('2020-02-03')} – ${day('2021-02-02')}`;

describe('the credit log of a cycle whose dates run into its suspension year', () => {
  it('an unrenewed PMP cycle, suspended now: says why To runs through that year', () => {
    openFirstCycle(pmp(), '2020-06-01');
    expect(to().value).toBe('2021-02-02');
    expect(toDescription()).toBe(
      `To is after the end of cycle 1 of PMP (${day('2020-02-02')}): the dates reach into its suspension year (${year}), because activities dated in that year can still count toward renewing cycle 1.`,
    );
    // The activity of the suspension year is in view: it counts toward cycle 1.
    expect(screen.getByText(/^Showing /).textContent).toBe('Showing 2 activities of 2.');
  });

  it('after the suspension year, unrenewed: says it could have counted', () => {
    openFirstCycle(pmp(), '2024-06-01');
    expect(toDescription()).toBe(
      `To is after the end of cycle 1 of PMP (${day('2020-02-02')}): the dates reach into its suspension year (${year}), because activities dated in that year could still count toward renewing cycle 1, though it was not renewed.`,
    );
  });

  it('renewed late, in that year: says the dates run to the renewal', () => {
    openFirstCycle(pmp([{ date: '2020-10-01' }]), '2024-06-01');
    expect(to().value).toBe('2020-10-01');
    expect(toDescription()).toBe(
      `To is after the end of cycle 1 of PMP (${day('2020-02-02')}): the dates reach into its suspension year, to the renewal on ${day('2020-10-01')}, because activities dated in that year up to the renewal counted toward renewing cycle 1.`,
    );
  });

  it('says nothing once To is by the cycle’s end, or for a cycle renewed in time', () => {
    openFirstCycle(pmp(), '2020-06-01');
    fireEvent.change(to(), { target: { value: '2020-02-02' } });
    expect(to().getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByText(/suspension year/)).toBeNull();
    cleanup();

    openFirstCycle(pmp([{ date: '2020-01-10' }]), '2024-06-01');
    expect(to().value).toBe('2020-02-02');
    expect(screen.queryByText(/suspension year/)).toBeNull();
  });
});
