/**
 * Random career rows for the backup properties: complete records as the career repositories
 * write them (roles, degrees, contact hours, skill assessments, goals with every kind of
 * target, an edited ladder with every kind of requirement), optional fields sometimes absent,
 * random extra fields on top.
 */
import fc from 'fast-check';
import { areas } from '../../shared/catalog/credentials/types';
import { skillIds } from '../../shared/catalog/skills/skills';
import { trainingTopics } from '../../shared/domain/eligibility/education';
import { roleTypes } from '../../shared/domain/experience';
import { goalKinds, goalStatuses, goalUnits } from '../../shared/domain/goals/types';
import { educationLevels } from '../../shared/domain/profile/profile';
import { day, id, oneOf, quarter, table, text, time } from './backup-arbitraries-base';

const maybeDay = fc.option(day, { nil: null });
const stamps = { createdAt: time, updatedAt: time };
const count = fc.nat(40);
const month = fc
  .tuple(fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const roleSelector = fc.oneof(
  fc.constant('any-role'),
  fc.uniqueArray(oneOf(roleTypes), { minLength: 1, maxLength: 3 }),
);
const skill = oneOf(skillIds);
const level = fc.integer({ min: 1, max: 5 });
const topic = oneOf(trainingTopics);
const ids = fc.array(id, { maxLength: 3 });

const measure = fc.oneof(
  fc.record({ source: fc.constant('experience'), roleTypes: roleSelector }),
  fc.record({ source: fc.constant('contact-hours'), topic }),
  fc.record({ source: fc.constant('learning-credits'), area: oneOf([...areas, 'all']) }),
  fc.record({ source: oneOf(['leadership-training', 'conferences', 'memberships', 'mentors']) }),
  fc.record({ source: fc.constant('skill'), skill }),
  fc.record({ source: fc.constant('credentials'), anyOf: ids }),
  fc.record({ source: fc.constant('manual'), current: quarter }),
);
const target = fc.option(
  fc.oneof(
    fc.record(
      {
        type: fc.constant('number'),
        value: quarter,
        unit: oneOf(goalUnits),
        unitLabel: text,
        measure,
      },
      { requiredKeys: ['type', 'value', 'unit', 'measure'] },
    ),
    fc.record({ type: fc.constant('requirement'), rungId: id, requirementId: id }),
  ),
  { nil: null },
);
const milestone = fc.record({ id, title: text, due: day, doneOn: maybeDay });

/** Every kind of ladder requirement, with the fields all requirements share. */
const requirement = fc
  .tuple(
    fc.record({
      id,
      priority: oneOf(['essential', 'recommended']),
      basis: fc.record({ source: text, note: text }, { requiredKeys: ['source'] }),
      origin: oneOf(['default', 'user']),
    }),
    fc.oneof(
      fc.record({
        kind: fc.constant('credential'),
        anyOf: ids,
        count,
        standing: oneOf(['good', 'earned']),
      }),
      fc.record({ kind: fc.constant('education-level'), minLevel: oneOf(educationLevels) }),
      fc.record({ kind: fc.constant('pm-education-hours'), hours: quarter, topic }),
      fc.record({
        kind: fc.constant('experience'),
        roleTypes: roleSelector,
        months: fc.nat(600),
        windowMonths: fc.option(fc.nat(600), { nil: null }),
      }),
      fc.record({ kind: fc.constant('industries'), count, roleTypes: roleSelector }),
      fc.record({ kind: fc.constant('team-size'), size: fc.nat(1000), roleTypes: roleSelector }),
      fc.record({ kind: fc.constant('skill'), skill, level }),
      fc.record({ kind: fc.constant('conferences'), perYear: count }),
      fc.record({ kind: oneOf(['memberships', 'mentors']), count }),
      fc.record({ kind: fc.constant('continuous-learning'), area: oneOf(areas), hours: quarter }),
      fc.record({ kind: fc.constant('leadership-training'), hours: quarter }),
      fc.record({ kind: fc.constant('custom'), title: text, done: fc.boolean() }),
    ),
  )
  .map(([base, spec]) => ({ ...base, ...spec }));

const rungs = fc
  .array(
    fc.record({
      id,
      name: text,
      typicalTitles: fc.array(text, { maxLength: 2 }),
      typicalYears: fc.record({ min: fc.nat(20), max: fc.option(fc.nat(40), { nil: null }) }),
      typicalCredentials: ids,
      requirements: fc.array(requirement, { maxLength: 4 }),
      origin: oneOf(['default', 'user']),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((list) => list.map((r, i) => ({ ...r, level: i + 1 })));

export const careerTables: Record<string, fc.Arbitrary<Record<string, unknown>[]>> = {
  roles: table(
    {
      id,
      title: text,
      organisation: text,
      industry: text,
      start: month,
      end: fc.option(month, { nil: null }),
      roleTypes: fc.uniqueArray(oneOf(roleTypes), { minLength: 1, maxLength: 3 }),
      ...stamps,
    },
    {
      teamSize: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
      budget: fc.option(fc.record({ amount: fc.nat(1_000_000), currency: oneOf(['EUR', 'USD']) }), {
        nil: null,
      }),
      description: text,
    },
  ).map((rows) =>
    // A role never ends before it starts (the restore check refuses that).
    rows.map((r) =>
      r.end !== null && String(r.end) < String(r.start) ? { ...r, end: r.start } : r,
    ),
  ),
  degrees: table({
    id,
    level: oneOf(educationLevels),
    field: text,
    institution: text,
    year: fc.option(fc.integer({ min: 1950, max: 2030 }), { nil: null }),
    gacAccredited: fc.boolean(),
    ...stamps,
  }),
  contactHours: table(
    { id: fc.constant('me'), hours: quarter, updatedAt: time },
    {
      courses: fc.array(
        fc.record(
          { title: text, hours: quarter, date: maybeDay, topic },
          { requiredKeys: ['title', 'hours', 'date'] },
        ),
        { maxLength: 3 },
      ),
    },
    1,
  ),
  skillAssessments: table({ id, skill, level, date: day, createdAt: time }, { note: text }),
  goals: table(
    {
      id,
      title: text,
      kind: oneOf(goalKinds),
      target,
      startDate: day,
      targetDate: maybeDay,
      milestones: fc.array(milestone, { maxLength: 3 }),
      status: oneOf(goalStatuses),
      ...stamps,
    },
    { why: text },
  ),
  ladderPlan: table({ id: fc.constant('me'), rungs, updatedAt: time }, {}, 1),
};
