/**
 * A walk-through on 5 Dec 2026 with a PMP earned 5 Dec 2023 (cycle to 4 Dec 2026, so
 * suspended until 4 Dec 2027), 64.75 PDUs logged (the rule is met), and an active CAPM:
 * - the PMO Director rung read "Hold PMP – Not met – You have 0" and never said to renew;
 * - Exam eligibility judged CAPM ("Not yet eligible for CAPM … 12 of 23") while CAPM is held;
 * - a merged action named PgMP beside the rung's own number of months;
 * - the Dashboard said "Suspended" twice and led with CAPM's deadline above a suspended PMP.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyProfileDraft } from '../../../shared/domain/profile/profile';
import { evaluateAllExams } from '../../../shared/domain/eligibility';
import type { NextAction, RequirementResult } from '../../../shared/domain/readiness';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { saveActivity } from '../../../renderer/src/db/repositories/activities';
import { saveHeld } from '../../../renderer/src/db/repositories/credentials';
import { saveProfile } from '../../../renderer/src/db/repositories/profile';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  CredentialsSummary,
  Headline,
} from '../../../renderer/src/features/dashboard/CredentialsSummary';
import { conditionText } from '../../../renderer/src/features/ladder/eligibility-messages';
import { LadderScreen } from '../../../renderer/src/features/ladder/LadderScreen';
import { actionText } from '../../../renderer/src/features/ladder/action-messages';
import { requirementStatusText } from '../../../renderer/src/features/ladder/messages';
import { ReadinessSummary } from '../../../renderer/src/features/ladder/ReadinessSummary';
import { EligibilityPart } from '../../../renderer/src/features/reports/CareerSections';
import { earned, input, role } from '../domain/eligibility/fixtures';
import { freshName } from '../../db/helpers';

const SLOW = { timeout: 5000 };
const TEST = { timeout: 30_000 };

afterEach(cleanup);

const SUSPENDED_ON = formatDate('2026-12-05');
const RENEW_BY = formatDate('2027-12-04');
const WHY = `PMP has been suspended since ${SUSPENDED_ON}; renew it by ${RENEW_BY}`;

const action = (a: Partial<NextAction>): NextAction =>
  ({ requirementIds: ['x'], priority: 'essential', gain: 4.3, deadline: null, ...a }) as NextAction;
const renew = (o: object) =>
  action({
    code: 'RENEW_CREDENTIAL',
    credential: 'pmp',
    heldId: 'h',
    renewBy: '2027-12-04',
    unit: 'PDU',
    ...o,
  } as Partial<NextAction>);

describe('next actions in words', () => {
  it.each<[string, NextAction, string]>([
    [
      'renew, the log meeting the rule',
      renew({ logMeetsRule: true, remaining: 0 }),
      'Record your PMP renewal on its credential page (your log meets the requirement) (readiness +4%).',
    ],
    [
      'renew, PDUs still to log',
      renew({ logMeetsRule: false, remaining: 3.25 }),
      `Log 3.25 more PDUs and renew PMP by ${RENEW_BY} (readiness +4%).`,
    ],
    [
      'renew, the rule’s numbers unknown',
      renew({ logMeetsRule: false, remaining: null }),
      `Renew PMP by ${RENEW_BY} (readiness +4%).`,
    ],
    [
      'a merged experience ask: the rung’s months, and the part that opens PgMP',
      action({
        code: 'GAIN_EXPERIENCE',
        roleTypes: ['leading-projects'],
        months: 29,
        on: '2028-10-01',
        partWay: { amount: 17, unlocks: { exam: 'pgmp', on: null } },
        gain: 10.8,
      }),
      'Log 2 years 5 months more experience (leading projects); 1 year 5 months of it: a step towards PgMP (readiness +11%).',
    ],
    [
      'a merged training ask with a date',
      action({
        code: 'COMPLETE_TRAINING',
        topic: 'general',
        hours: 35,
        partWay: { amount: 23, unlocks: { exam: 'capm', on: '2027-01-01' } },
        gain: 0,
      }),
      `Complete 35 hours of general project management training; 23 hours of it: eligible for CAPM on ${formatDate('2027-01-01')}.`,
    ],
  ])('%s', (_, a, text) => {
    expect(actionText(a)).toBe(text);
  });
});

describe('why a credential requirement or condition is not met', () => {
  const pmpHeld = {
    credentialId: 'pmp',
    heldId: 'h',
    status: 'suspended' as const,
    since: '2026-12-05',
    renewBy: '2027-12-04',
  };
  const result = (outOfStanding: object[]) =>
    ({
      met: false,
      status: 'unmet',
      evidence: { kind: 'credential', held: [], outOfStanding },
    }) as unknown as RequirementResult;
  const name = (id: string) => id.toUpperCase();

  it.each<[string, object[], string]>([
    ['suspended', [pmpHeld], `Not met: ${WHY}`],
    [
      'expired',
      [{ ...pmpHeld, status: 'expired', since: '2027-12-05', renewBy: undefined, regain: 'exam' }],
      `Not met: PMP expired on ${formatDate('2027-12-05')}; pass the exam again to hold it`,
    ],
    [
      'expired, another body (domain-facts §4 says nothing of an exam)',
      [
        {
          credentialId: 'cbap',
          heldId: 'c',
          status: 'expired',
          since: '2027-12-05',
          regain: 'ask-body',
        },
      ],
      `Not met: CBAP expired on ${formatDate('2027-12-05')}; ask the certifying body how to hold it again`,
    ],
    ['never earned', [], 'Not met'],
  ])('a rung requirement: %s', (_, lost, text) => {
    expect(requirementStatusText(result(lost), name)).toBe(text);
  });

  it('PgMP’s “leading projects or a PMP” names the suspension instead of a bare “None met”', () => {
    const pgmp = evaluateAllExams(
      input({
        asOf: '2026-12-05',
        roles: [role(['leading-projects'], '2025-01', null)],
        held: [earned('pmp', '2023-12-05')],
      }),
    ).find((e) => e.examId === 'pgmp')!;
    expect(conditionText(pgmp.path.conditions[1]!).have).toBe(`None met: ${WHY}`);
  });
});

describe('exams the user holds, in the printed report', () => {
  it('says “Holds …” with the standing instead of a verdict', () => {
    const exams = evaluateAllExams(
      input({
        asOf: '2026-12-05',
        hours: 12,
        held: [earned('pmp', '2023-12-05'), earned('capm', '2025-01-10')],
      }),
    );
    render(<EligibilityPart exams={exams} />);
    const row = (exam: string) =>
      [...screen.getAllByRole('row')]
        .find((r) => within(r).queryByRole('rowheader', { name: exam }))!
        .textContent?.replace(/\s+/g, ' ');
    expect(row('CAPM')).toBe('CAPMHeld—Holds CAPM.');
    expect(row('PMP')).toBe(
      `PMPHeld (suspended)—Holds PMP, suspended since ${SUSPENDED_ON}; renewal due by ${RENEW_BY}.`,
    );
    expect(screen.queryByText(/Not yet eligible for CAPM/)).toBeNull();
    expect(row('PgMP')).toMatch(/^PgMPNot yet/);
  });
});

describe('the Dashboard headline', () => {
  it('a suspended credential still short of credits: what to log, and by when', () => {
    const pmp = earned('pmp', '2023-12-05');
    render(
      <Headline
        h={{
          kind: 'suspended',
          heldId: pmp.credential.id,
          since: '2026-12-05',
          renewBy: '2027-12-04',
          logMeetsRule: false,
          remaining: 18,
        }}
        held={pmp}
      />,
    );
    expect(screen.getByText(/is suspended: renew by/).textContent).toBe(
      `PMP is suspended: renew by ${RENEW_BY} — log 18 more PDUs first.`,
    );
  });
});

describe('the walk-through, on 5 Dec 2026', TEST, () => {
  let store: Store;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 5, 12, 0, 0)); // 5 Dec 2026, noon local
    const asOf = '2026-12-05';
    store = await openStore(freshName('suspended-wording'));
    const saved = await saveProfile(store, {
      ...emptyProfileDraft(),
      name: 'Dana',
      currentRung: 'pmo-manager',
      targetRung: 'pmo-director',
      education: 'bachelor',
    });
    if (!saved.ok) throw new Error('profile not saved');
    for (const [credentialId, earnedDate] of [
      ['pmp', '2023-12-05'],
      ['capm', '2025-01-10'],
    ] as const) {
      const held = await saveHeld(store, { credentialId, stage: 'earned', earnedDate }, asOf);
      if (!held.ok) throw new Error(`${credentialId} not saved`);
    }
    const course = await saveActivity(
      store,
      {
        date: '2024-03-01',
        title: 'Leadership programme',
        type: 'course-or-training',
        amount: 64.75,
        unit: 'hours',
        split: { waysOfWorking: 30, powerSkills: 20, businessAcumen: 14.75 },
        status: 'earned',
      },
      asOf,
    );
    if (!course.ok) throw new Error('activity not saved');
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    store?.db.close();
  });

  const inStore = (ui: React.ReactNode) =>
    render(
      <StoreProvider store={store}>
        <UndoProvider>{ui}</UndoProvider>
      </StoreProvider>,
    );

  it('the Dashboard: the suspended PMP leads, and each standing is said once', async () => {
    inStore(<CredentialsSummary />);
    const headline = await screen.findByText(/is suspended: renew by/, {}, SLOW);
    expect(headline.textContent).toBe(
      `PMP is suspended: renew by ${RENEW_BY} — your log meets the requirement: record the renewal on its page.`,
    );
    expect(screen.queryByText(/Next cycle end/)).toBeNull();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('PMP Suspended 64.75 PDUs counted — 60 required');
    expect(items.find((t) => t?.startsWith('PMP'))).not.toMatch(/Suspended.*Suspended/);
  });

  it('the Dashboard’s readiness card: record the renewal first', async () => {
    inStore(<ReadinessSummary />);
    const list = await screen.findByRole('list', { name: 'Top next best actions' }, SLOW);
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(first.textContent).toMatch(
      /^Record your PMP renewal on its credential page \(your log meets the requirement\) \(readiness \+[\d.]+%\)\.$/,
    );
  });

  it('the PMO Director rung says why “Hold PMP” is not met', async () => {
    inStore(<LadderScreen rest={['pmo-director']} />);
    const table = await screen.findByRole('table', { name: 'Requirements for PMO Director' }, SLOW);
    const row = within(table).getByRole('row', { name: /^Hold PMP/ });
    expect(within(row).getByText(`Not met: ${WHY}`)).toBeDefined();
  });

  it('Exam eligibility: CAPM and PMP are held, not judged', async () => {
    inStore(<LadderScreen rest={['eligibility']} />);
    const capm = await screen.findByRole('region', { name: 'CAPM You hold it' }, SLOW);
    expect(within(capm).getByText(/^You hold CAPM\./)).toBeDefined();
    expect(within(capm).queryByRole('table')).toBeNull();
    const pmp = screen.getByRole('region', { name: 'PMP You hold it (suspended)' });
    expect(pmp.textContent).toContain(
      `You hold PMP. It has been suspended since ${SUSPENDED_ON}; renew it by ${RENEW_BY}.`,
    );
    expect(
      within(pmp).getByRole('link', { name: 'Open your PMP under Credentials' }),
    ).toBeDefined();
    expect(screen.queryByText(/Not yet eligible for CAPM/)).toBeNull();
  });
});
