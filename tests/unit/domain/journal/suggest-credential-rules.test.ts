// Which held credentials a journal entry's credit counts for, by each credential's rule: a
// credential that takes no credits (CompTIA Project+, valid for life with no credit requirement,
// domain-facts §4) and an expired one (its cycle and suspension year over, §1 "Cycle dates and
// status") earn nothing, and the entry says why instead of "earns credit for Project+".
import { describe, expect, it } from 'vitest';
import {
  customCredentialRule,
  findCredentialRule,
  type CredentialRule,
} from '../../../../shared/catalog/credentials';
import type { HeldCredential, HeldWithRule } from '../../../../shared/domain/credentials';
import {
  courseCredits,
  creditCountsFor,
  creditStanding,
  eventCredits,
  interactionCredits,
  mediaCredits,
  takesCredits,
  type CreditHolder,
} from '../../../../shared/domain/journal';
import { course, event, interaction, media, pmpEarned, session } from './fixtures';

const rule = (id: string): CredentialRule => findCredentialRule(id)!;
const withRule = (credential: HeldCredential, r = rule(credential.credentialId)): HeldWithRule => ({
  credential,
  rule: r,
});

const projectPlus: HeldCredential = {
  id: 'held-pp',
  credentialId: 'comptia-project-plus',
  stage: 'earned',
  earnedDate: '2020-05-02',
};
// PMP earned 15 Jan 2019, never renewed: cycle to 14 Jan 2022, suspended to 14 Jan 2023,
// expired from 15 Jan 2023 (§1).
const pmpLapsed: HeldCredential = {
  id: 'held-old-pmp',
  credentialId: 'pmp',
  stage: 'earned',
  earnedDate: '2019-01-15',
};
const own = customCredentialRule({
  id: 'own-pmo',
  acronym: 'PMO-X',
  name: 'Our PMO practitioner',
  body: 'Our guild',
  unit: 'hours',
  cycleMonths: 24,
  total: 20,
});
if (!own.ok) throw new Error('custom rule refused');
const ownHeld: HeldCredential = {
  id: 'held-own',
  credentialId: 'own-pmo',
  stage: 'earned',
  earnedDate: '2024-02-01',
};

describe('takesCredits (domain-facts §4: Project+ has no cycle and no credit requirement)', () => {
  it.each([
    ['comptia-project-plus', false],
    ['pmp', true],
    ['capm', true],
  ])('%s takes credits: %s', (id, takes) => {
    expect(takesCredits(rule(id))).toBe(takes);
  });

  it('a credential of the user’s own takes credits', () => {
    expect(takesCredits(own.value)).toBe(true);
  });
});

describe('creditStanding', () => {
  const cases: {
    name: string;
    held: CreditHolder[];
    date: string;
    countsFor: string[];
    reason: string | null;
  }[] = [
    {
      name: 'Project+ only, bare (its catalogue rule)',
      held: [projectPlus],
      date: '2026-03-04',
      countsFor: [],
      reason: 'NO_CREDIT_REQUIRED',
    },
    {
      name: 'Project+ only, with its rule',
      held: [withRule(projectPlus)],
      date: '2026-03-04',
      countsFor: [],
      reason: 'NO_CREDIT_REQUIRED',
    },
    {
      name: 'Project+ and an active PMP: the PMP only',
      held: [projectPlus, pmpEarned],
      date: '2026-03-04',
      countsFor: ['held-pmp'],
      reason: null,
    },
    {
      name: 'Project+ earned after the day: none earned by then',
      held: [projectPlus],
      date: '2020-05-01',
      countsFor: [],
      reason: 'NO_EARNED_CREDENTIAL',
    },
    {
      name: 'PMP expired by the day (with its rule)',
      held: [withRule(pmpLapsed)],
      date: '2026-03-04',
      countsFor: [],
      reason: 'NO_CURRENT_CREDENTIAL',
    },
    {
      name: 'PMP expired by the day, and Project+: the PMP is the reason',
      held: [withRule(projectPlus), withRule(pmpLapsed)],
      date: '2026-03-04',
      countsFor: [],
      reason: 'NO_CURRENT_CREDENTIAL',
    },
    {
      name: 'PMP on its first expired day',
      held: [withRule(pmpLapsed)],
      date: '2023-01-15',
      countsFor: [],
      reason: 'NO_CURRENT_CREDENTIAL',
    },
    {
      name: 'PMP in its suspension year still counts (§1: PDUs may still be earned)',
      held: [withRule(pmpLapsed)],
      date: '2023-01-14',
      countsFor: ['held-old-pmp'],
      reason: null,
    },
    {
      name: 'PMP while it was active, though expired since',
      held: [withRule(pmpLapsed)],
      date: '2021-06-01',
      countsFor: ['held-old-pmp'],
      reason: null,
    },
    {
      name: 'PMP expired, bare: its cycles need the rule after overrides, so it is counted',
      held: [pmpLapsed],
      date: '2026-03-04',
      countsFor: ['held-old-pmp'],
      reason: null,
    },
    {
      name: 'a credential of the user’s own, bare (no catalogue rule)',
      held: [ownHeld],
      date: '2026-03-04',
      countsFor: ['held-own'],
      reason: null,
    },
    {
      name: 'a credential of the user’s own, with its rule, in its second cycle',
      held: [withRule(ownHeld, own.value)],
      date: '2026-03-04',
      countsFor: [],
      reason: 'NO_CURRENT_CREDENTIAL',
    },
    {
      name: 'a credential of the user’s own, with its rule, in its first cycle',
      held: [withRule(ownHeld, own.value)],
      date: '2025-03-04',
      countsFor: ['held-own'],
      reason: null,
    },
  ];

  it.each(cases)('$name', ({ held, date, countsFor, reason }) => {
    expect(creditStanding(held, date)).toEqual({ countsFor, reason });
  });
});

describe('creditCountsFor with the bare credentials the journal screens pass', () => {
  it.each([
    ['Project+ only', [projectPlus], []],
    ['Project+ and PMP', [projectPlus, pmpEarned], ['held-pmp']],
    ['a credential of the user’s own', [ownHeld], ['held-own']],
  ])('%s', (_name, held, ids) => {
    expect(creditCountsFor(held, '2026-03-04')).toEqual(ids);
  });
});

describe('every kind of entry with Project+ as the only credential', () => {
  const asOf = '2026-11-22';
  const proposals = (held: CreditHolder[]) => ({
    course: courseCredits(course({ title: 'Risk management essentials' }), held),
    event: eventCredits(event(), [session()], held, asOf),
    media: mediaCredits(media(), held),
    mentoring: interactionCredits(interaction({ kind: 'mentoring-received' }), 'Ana Lima', held),
  });

  it.each([
    ['bare', [projectPlus]],
    ['with its rule', [withRule(projectPlus)]],
  ])('proposes nothing and says none takes credits (%s)', (_how, held) => {
    for (const p of Object.values(proposals(held))) {
      expect(p).toEqual({ suggestions: [], countsFor: [], reason: 'NO_CREDIT_REQUIRED' });
    }
  });
});
