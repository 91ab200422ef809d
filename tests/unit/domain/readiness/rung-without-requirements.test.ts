// A rung of the user's own, just added, has no requirements: it was shown as "100% of the way
// there" with a full bar, and a rung with only recommended ones the same. Readiness now says
// there is nothing to measure (score null, not ready) rather than leaving the screens to guess.
import { describe, expect, it } from 'vitest';
import { rungReadiness } from '../../../../shared/domain/readiness';
import { readinessInput } from '../eligibility/fixtures';
import { req, rungOf } from './fixtures';

const mentor = req('mentor', { kind: 'mentors', count: 1 }, 'recommended');
const own = (done: boolean, priority: 'essential' | 'recommended' = 'essential') =>
  req(`own-${priority}`, { kind: 'custom', title: 'Run a maturity review', done }, priority);

describe('readiness of a rung by the requirements it has', () => {
  it.each([
    ['none', [], { score: null, ready: false, essential: { met: 0, total: 0 } }],
    [
      'only a recommended one',
      [mentor],
      {
        score: null,
        ready: false,
        essential: { met: 0, total: 0 },
        recommended: { met: 0, total: 1 },
      },
    ],
    ['one essential, not met', [own(false)], { score: 0, ready: false }],
    ['one essential, met', [own(true)], { score: 100, ready: true }],
    [
      'one essential met beside a recommended one',
      [own(true), mentor],
      { score: 100, ready: true },
    ],
  ])('%s', (_, requirements, expected) => {
    const r = rungReadiness(rungOf(requirements), readinessInput({}));
    expect(r).toMatchObject(expected);
  });
});
