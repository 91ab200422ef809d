/**
 * The printed report, as a walk-through found it:
 * - Exam eligibility listed seven "Information missing … Ascent cannot tell yet whether you are
 *   eligible for CAPM." rows for a PMP and PgMP holder without saying what was missing (now said
 *   once, as a fact for whoever reads the report, not as an instruction to its owner);
 * - a CSM whose cycle ended on 31 Jan 2018 printed "Counted 0 SEUs (20 required), 20 still needed";
 * - the credit log's dates wrapped onto three lines (reports.css keeps them on one; the PDF is
 *   read back in tests/e2e/report.spec.ts).
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateAllExams } from '../../../shared/domain/eligibility';
import { credentialRows } from '../../../shared/domain/report';
import { formatDate } from '../../../renderer/src/components/format';
import {
  CredentialsPart,
  EligibilityPart,
} from '../../../renderer/src/features/reports/CareerSections';
import {
  notJudgedGroupsSentence,
  notJudgedSentence,
} from '../../../renderer/src/features/reports/report-words';
import { earned, input } from '../domain/eligibility/fixtures';
import { activity } from '../domain/readiness/fixtures';

afterEach(cleanup);

const PMP = earned('pmp', '2024-03-01');
const PGMP = earned('pgmp', '2025-02-01');
// Neither work history nor contact hours entered (asOf 10 May 2026).
const holder = () => evaluateAllExams(input({ roles: null, hours: null, held: [PMP, PGMP] }));
// Grouped by what each exam lacks: CAPM (and PMI-PMOCP, its PMP held) need no work history.
const WAITING =
  'Eligibility cannot be judged yet for these exams, as some records are not in Ascent. ' +
  'CAPM and PMI-PMOCP: PM education contact hours are not recorded. ' +
  'PMI-ACP, PMI-RMP, PMI-SP and PMI-PBA: work history and PM education contact hours are ' +
  'not recorded. PfMP: work history is not recorded.';

const rowText = (exam: string) =>
  screen
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader', { name: exam }))
    ?.textContent?.replace(/\s+/g, ' ');

describe('the report’s exam eligibility', () => {
  it('says once what is not recorded, for every exam waiting for it', () => {
    const shown = new Set([PMP.credential.id, PGMP.credential.id]);
    render(<EligibilityPart exams={holder()} shownHeldIds={shown} />);
    expect(screen.getByTestId('eligibility-waiting').textContent).toBe(WAITING);
    expect(screen.queryByText(/cannot tell yet/)).toBeNull();
    expect(screen.queryByText('Information missing')).toBeNull();
    // The held exams are named once, since Credentials shows them held.
    expect(screen.getByTestId('eligibility-held').textContent).toBe(
      'Not listed here: PMP and PgMP, already held (see Credentials).',
    );
    // One row left: the verdict the PMP gives (the prerequisite of PRINCE2 Practitioner).
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'PRINCE2 Practitioner',
    ]);
    expect(rowText('PRINCE2 Practitioner')).toBe(
      'PRINCE2 PractitionerEligible nowStandard pathEligible for PRINCE2 Practitioner now.',
    );
  });

  it('keeps “Held” rows when the report leaves Credentials out', () => {
    render(<EligibilityPart exams={holder()} />);
    expect(rowText('PMP')).toBe('PMPHeld—Holds PMP.');
    expect(rowText('PgMP')).toBe('PgMPHeld—Holds PgMP.');
    expect(screen.queryByTestId('eligibility-held')).toBeNull();
    expect(screen.getByTestId('eligibility-waiting').textContent).toBe(WAITING);
  });

  it('an expired credential keeps its row, saying what is not recorded to judge sitting it again', () => {
    // PMP earned 1 Mar 2015: expired from 1 Mar 2019 (after its suspension year).
    const old = earned('pmp', '2015-03-01');
    const exams = evaluateAllExams(input({ roles: null, hours: null, held: [old] }));
    render(<EligibilityPart exams={exams} shownHeldIds={new Set([old.credential.id])} />);
    expect(rowText('PMP')).toBe(
      `PMPInformation missingWith a four-year degree` +
        `PMP expired on ${formatDate('2019-03-01')}; holding it again takes passing the exam ` +
        'again. Eligibility for PMP cannot be judged yet: work history and PM education contact ' +
        'hours are not recorded in Ascent.',
    );
    expect(screen.getByTestId('eligibility-waiting').textContent).not.toContain(' PMP,');
  });
});

describe('notJudgedSentence', () => {
  it.each<[Parameters<typeof notJudgedSentence>[0], string[], string]>([
    [
      ['EXPERIENCE_LOG'],
      ['CAPM', 'PMI-ACP'],
      'Eligibility for CAPM and PMI-ACP cannot be judged yet: work history is not recorded in Ascent.',
    ],
    [
      ['EXPERIENCE_LOG', 'EDUCATION_LEVEL', 'CONTACT_HOURS'],
      ['PMP'],
      'Eligibility for PMP cannot be judged yet: work history, education and PM education ' +
        'contact hours are not recorded in Ascent.',
    ],
    [
      ['CONTACT_HOURS'],
      ['CAPM'],
      'Eligibility for CAPM cannot be judged yet: PM education contact hours are not recorded in Ascent.',
    ],
  ])('%j for %j', (missing, exams, sentence) => {
    expect(notJudgedSentence(missing, exams)).toBe(sentence);
  });

  it('a fresh profile: CAPM is said to wait for contact hours only, not for work history', () => {
    const fresh = evaluateAllExams(input({ roles: null, hours: null, held: [] }));
    render(<EligibilityPart exams={fresh} />);
    expect(screen.getByTestId('eligibility-waiting').textContent).toBe(
      'Eligibility cannot be judged yet for these exams, as some records are not in Ascent. ' +
        'CAPM: PM education contact hours are not recorded. ' +
        'PMP, PMI-ACP, PMI-RMP, PMI-SP, PMI-PBA and PMI-PMOCP: work history and PM education ' +
        'contact hours are not recorded. PgMP and PfMP: work history is not recorded.',
    );
  });

  it('one group keeps the one sentence', () => {
    const group = {
      examIds: ['pgmp' as const, 'pfmp' as const],
      facts: ['EXPERIENCE_LOG' as const],
    };
    expect(notJudgedGroupsSentence([group])).toBe(
      'Eligibility for PgMP and PfMP cannot be judged yet: work history is not recorded in Ascent.',
    );
  });
});

describe('the report’s credentials: an expired cycle', () => {
  const ASOF = '2026-11-22';
  const CSM = earned('csm', '2016-02-01'); // cycle to 31 Jan 2018, expired from 1 Feb 2018

  it('says when it expired and what it counted, with no shortfall or chart', () => {
    const log = [activity('talk', '2017-05-01', { powerSkills: 5 })];
    render(<CredentialsPart rows={credentialRows([CSM], log, ASOF)} />);
    const block = screen.getByRole('heading', {
      name: 'CSM — Certified ScrumMaster: Expired',
    }).parentElement!;
    expect(within(block).getByText(/^Cycle 1/).textContent).toBe(
      `Cycle 1, ${formatDate('2016-02-01')} to ${formatDate('2018-01-31')}, not renewed. ` +
        `Expired on ${formatDate('2018-02-01')}. Counted 5 SEUs in that cycle.`,
    );
    expect(block.textContent).not.toMatch(/still needed|required|left/);
    expect(within(block).queryByRole('img')).toBeNull();
  });

  it('with nothing counted, says only when it expired', () => {
    render(<CredentialsPart rows={credentialRows([CSM], [], ASOF)} />);
    expect(screen.getByText(/^Cycle 1/).textContent).toBe(
      `Cycle 1, ${formatDate('2016-02-01')} to ${formatDate('2018-01-31')}, not renewed. ` +
        `Expired on ${formatDate('2018-02-01')}.`,
    );
  });

  it('a running cycle still says what is needed', () => {
    const pmp = earned('pmp', '2025-01-15');
    render(<CredentialsPart rows={credentialRows([pmp], [], ASOF)} />);
    expect(screen.getByText(/^Cycle 1/).textContent).toBe(
      `Cycle 1, ${formatDate('2025-01-15')} to ${formatDate('2028-01-14')}: At risk. ` +
        'Counted 0 PDUs (60 required), 60 still needed, 418 days left.',
    );
  });
});
