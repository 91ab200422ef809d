// PMP "With a GAC-accredited degree": a bachelor's holder whose degree is not GAC-accredited
// read "Bachelor's degree (four-year) | Bachelor's degree (four-year) or higher | Not met", the
// one thing missing (accreditation) never said. The row now says it, and so does "Still needed".
import { describe, expect, it } from 'vitest';
import { findExamRule } from '../../../shared/catalog/exams';
import { evaluateExam } from '../../../shared/domain/eligibility';
import type { EducationLevel } from '../../../shared/domain/profile/profile';
import {
  conditionText,
  eligibilitySentence,
} from '../../../renderer/src/features/ladder/eligibility-messages';
import { input } from '../domain/eligibility/fixtures';

const BACHELOR = 'Bachelor’s degree (four-year)';

/** PMP's GAC path, judged for a degree at `level`, accredited or not. */
function gacPath(level: EducationLevel | null, gac: boolean) {
  const e = evaluateExam(findExamRule('pmp')!, input({ level, gac, hours: 40 }));
  const path = e.paths.find((p) => p.pathId === 'gac-degree')!;
  const education = path.conditions.find((c) => c.kind === 'education')!;
  return { path, education };
}

describe('the education row of PMP’s GAC path', () => {
  it.each([
    ['a bachelor’s, not accredited', 'bachelor', false, 'unmet', `${BACHELOR}, not GAC-accredited`],
    [
      'a master’s, not accredited',
      'master',
      false,
      'unmet',
      'Master’s degree or MBA, not GAC-accredited',
    ],
    ['a bachelor’s, accredited', 'bachelor', true, 'met', BACHELOR],
    // The level is what fails: accreditation is not the thing to name.
    ['an associate degree', 'associate', false, 'unmet', 'Associate degree'],
    ['nothing entered', null, false, 'unknown', 'Not entered'],
  ] as const)('%s: "%s"', (_, level, gac, status, have) => {
    const { education } = gacPath(level, gac);
    expect(education.status).toBe(status);
    expect(conditionText(education)).toEqual({
      what: 'Education (GAC-accredited)',
      have,
      need: `${BACHELOR} or higher, GAC-accredited`,
    });
  });

  it('"Still needed" names the accreditation', () => {
    const { path } = gacPath('bachelor', false);
    expect(eligibilitySentence('PMP', 'not-yet', null, path)).toContain(
      `${BACHELOR} or higher, GAC-accredited`,
    );
  });

  it('the four-year degree path says nothing of accreditation', () => {
    const e = evaluateExam(findExamRule('pmp')!, input({ level: 'bachelor', hours: 40 }));
    const degree = e.paths.find((p) => p.pathId === 'degree')!;
    const education = degree.conditions.find((c) => c.kind === 'education')!;
    expect(conditionText(education)).toEqual({
      what: 'Education',
      have: BACHELOR,
      need: `${BACHELOR} or higher`,
    });
  });
});
