// The printed report says how an expired credential is held again in the third person, and
// names the exam only where PMI's texts do (domain-facts §1; §4 says nothing of it).
import { describe, expect, it } from 'vitest';
import { standingFact } from '../../../renderer/src/features/reports/report-words';
import { formatDate } from '../../../renderer/src/components/format';

describe('report: an expired credential', () => {
  it.each([
    ['PMP', 'exam', 'holding it again takes passing the exam again'],
    ['CISA', 'ask-body', 'how it is held again is for the certifying body to say'],
  ] as const)('%s', (name, regain, words) => {
    const text = standingFact(name, {
      credentialId: name.toLowerCase(),
      status: 'expired',
      since: '2025-03-01',
      regain,
    });
    expect(text).toBe(`${name} expired on ${formatDate('2025-03-01')}; ${words}`);
    expect(text).not.toMatch(/\byou(r)?\b/i);
  });
});
