// With no date to project, the eligibility sentence names what is still needed, and an
// "any of" condition says which option is met rather than a bare "Met".
import { describe, expect, it } from 'vitest';
import type { ConditionResult, PathResult } from '../../../shared/domain/eligibility';
import { formatDate } from '../../../renderer/src/components/format';
import {
  conditionText,
  eligibilitySentence,
} from '../../../renderer/src/features/ladder/eligibility-messages';

const training = (have: number, need: number) =>
  ({
    kind: 'training',
    code: 'TRAINING_HOURS',
    status: have >= need ? 'met' : 'unmet',
    met: have >= need,
    topic: 'pmo',
    have,
    need,
  }) as unknown as ConditionResult;

const path = (conditions: ConditionResult[]) =>
  ({
    pathId: 'standard',
    status: 'unmet',
    conditions,
    progress: 0,
    eligibleOn: null,
  }) as PathResult;

describe('eligibilitySentence', () => {
  it('names the conditions still unmet when no date can be projected', () => {
    expect(
      eligibilitySentence('PMI-PMOCP', 'not-yet', null, path([training(16, 10), training(4, 10)])),
    ).toBe(
      'Not yet eligible for PMI-PMOCP. Still needed: Contact hours (PMO): 4 hours of 10 hours.',
    );
  });

  it('names every option of a "one of these" condition with what it still needs', () => {
    const anyOf = {
      kind: 'any-of',
      code: 'ANY_OF',
      status: 'unmet',
      met: false,
      satisfiedBy: null,
      options: [
        training(0, 35),
        { kind: 'credential', status: 'unmet', met: false, anyOf: ['capm'], have: null },
      ],
    } as unknown as ConditionResult;
    expect(eligibilitySentence('PMP', 'not-yet', null, path([anyOf]))).toBe(
      'Not yet eligible for PMP. Still needed: one of: Contact hours (PMO): 0 hours of 35 hours, or CAPM held.',
    );
  });

  it('keeps the projected date when there is one', () => {
    expect(eligibilitySentence('PMP', 'not-yet', '2027-12-01', path([training(4, 10)]))).toBe(
      `Eligible for PMP on ${formatDate('2027-12-01')} if your current role continues.`,
    );
  });

  it('without a path, says no date can be projected', () => {
    expect(eligibilitySentence('PMP', 'not-yet', null)).toBe(
      'Not yet eligible for PMP; no date can be projected from your current records.',
    );
  });
});

describe('conditionText: one of these', () => {
  const anyOf = (satisfiedBy: number | null) =>
    ({
      kind: 'any-of',
      code: 'ANY_OF',
      status: satisfiedBy === null ? 'unmet' : 'met',
      met: satisfiedBy !== null,
      satisfiedBy,
      options: [training(4, 10), training(12, 10)],
    }) as unknown as ConditionResult;

  it('says which option is met and what it has', () => {
    expect(conditionText(anyOf(1)).have).toBe('Contact hours (PMO): 12 hours');
  });

  it('says none is met otherwise', () => {
    expect(conditionText(anyOf(null)).have).toBe('None met');
  });
});

describe('conditionText: what each option of "one of these" needs', () => {
  it('names every option with its number, or the credential held', () => {
    const c = {
      kind: 'any-of',
      code: 'ANY_OF',
      status: 'unmet',
      met: false,
      satisfiedBy: null,
      options: [
        training(0, 1),
        {
          kind: 'experience',
          status: 'unmet',
          met: false,
          experience: 'project',
          windowMonths: null,
          have: 0,
          need: 36,
        },
        { kind: 'credential', status: 'unmet', met: false, anyOf: ['pmp', 'capm'], have: null },
      ],
    } as unknown as ConditionResult;
    expect(conditionText(c).need).toBe(
      '1 contact hour (PMO), or 36 months of project experience, or PMP or CAPM held',
    );
  });
});
