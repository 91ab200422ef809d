/**
 * The printed report may be handed to a manager or an appraisal panel: it states facts about
 * the person's record and never speaks to its owner ("Enter your work history under Ladder →
 * Experience", "You hold PMP", "Rate your …", "record it under Learning → Events").
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateAllExams } from '../../../shared/domain/eligibility';
import type { NextAction } from '../../../shared/domain/readiness';
import type { SummarySection } from '../../../shared/domain/report';
import { formatDate } from '../../../renderer/src/components/format';
import { UndoProvider } from '../../../renderer/src/components/undo';
import { openStore, type Store } from '../../../renderer/src/db/database';
import { StoreProvider } from '../../../renderer/src/db/store-context';
import {
  EligibilityPart,
  SummaryPart,
} from '../../../renderer/src/features/reports/CareerSections';
import { freshName } from '../../db/helpers';
import { earned, input, role } from '../domain/eligibility/fixtures';

/** Words that speak to the report's owner or send them somewhere in the app. */
const OWNER = /\byou\b|\byour\b|Enter your|under Ladder|Ladder →|Learning →|Experience →/i;

let store: Store;
beforeEach(async () => {
  store = await openStore(freshName('report-third-person'));
});
afterEach(() => {
  cleanup();
  store?.db.close();
});

const text = () => document.body.textContent!.replace(/\s+/g, ' ');

describe('the printed report speaks about the person, not to them', () => {
  it('exam eligibility: what is not recorded, what is held, what is still needed', () => {
    const sets = [
      // Nothing entered: every exam waits for information.
      evaluateAllExams(input({ roles: null, hours: null, held: [earned('pgmp', '2025-02-01')] })),
      // A suspended PMP beside an active CAPM, with a role that continues.
      evaluateAllExams(
        input({
          asOf: '2026-12-05',
          hours: 12,
          roles: [role(['leading-projects'], '2025-01', null)],
          held: [earned('pmp', '2023-12-05'), earned('capm', '2025-01-10')],
        }),
      ),
      // An expired PMP, to be sat again.
      evaluateAllExams(input({ roles: null, hours: null, held: [earned('pmp', '2015-03-01')] })),
    ];
    render(
      <>
        {sets.map((exams, i) => (
          <EligibilityPart key={i} exams={exams} />
        ))}
      </>,
    );
    const all = text();
    expect(all).toContain('Holds CAPM.');
    expect(all).toContain(
      `Holds PMP, suspended since ${formatDate('2026-12-05')}; renewal due by ${formatDate('2027-12-04')}.`,
    );
    expect(all).toContain(
      `PMP expired on ${formatDate('2019-03-01')}; holding it again takes passing the exam again.`,
    );
    expect(all).toMatch(/Not yet eligible for \S+\. Still needed: /);
    expect(screen.getAllByTestId('eligibility-waiting')[0]!.textContent).toMatch(
      /^Eligibility cannot be judged yet for these exams, as some records are not in Ascent\. .+: work history and PM education contact hours are not recorded\./,
    );
    expect(all).not.toMatch(OWNER);
  });

  it('next actions: facts and a plan, with no directions to the app', async () => {
    const action = (spec: object): NextAction =>
      ({
        requirementIds: ['r'],
        priority: 'essential',
        gain: 0,
        deadline: null,
        ...spec,
      }) as NextAction;
    const summary: SummarySection = {
      currentRung: { id: 'pmo-analyst', name: 'PMO Analyst' },
      targetRung: { id: 'pmo-director', name: 'PMO Director' },
      readiness: null,
      actions: [
        action({ code: 'ENTER_INFORMATION', missing: 'EXPERIENCE_LOG' }),
        action({
          code: 'ENTER_INFORMATION',
          missing: 'CONTACT_HOURS',
          unlocks: { exam: 'pmp', on: null },
        }),
        action({ code: 'ASSESS_SKILL', skill: 'communication', target: 3 }),
        action({ code: 'ATTEND_CONFERENCE', count: 2, by: '2027-06-30' }),
        action({
          code: 'COMPLETE_CUSTOM',
          requirementId: 'own-1',
          title: 'Run a PMO maturity review',
        }),
        action({ code: 'REPLACE_DELETED_CREDENTIAL', requirementId: 'r-2' }),
        action({
          code: 'RENEW_CREDENTIAL',
          credential: 'pmp',
          heldId: 'h',
          renewBy: '2027-12-04',
          logMeetsRule: true,
          remaining: 0,
          unit: 'PDU',
        }),
        action({ code: 'EARN_CREDENTIAL', credential: 'pgmp', eligibility: null }),
      ],
    };
    render(
      <StoreProvider store={store}>
        <UndoProvider>
          <SummaryPart s={summary} />
        </UndoProvider>
      </StoreProvider>,
    );
    const items = (await screen.findAllByRole('listitem')).map((li) => li.textContent);
    expect(items).toEqual([
      'Work history not recorded yet.',
      'PM education contact hours not recorded yet: needed to judge eligibility for PMP.',
      'Rate Communication (not rated yet; level 3 is expected).',
      'Attend 2 conferences.',
      'Complete “Run a PMO maturity review”, a requirement set for this rung.',
      'Replace a requirement that names a deleted credential.',
      'Renewal of PMP not recorded yet (the credit log meets the requirement).',
      'Earn the PgMP.',
    ]);
    expect(text()).not.toMatch(OWNER);
  });
});
