/**
 * Row checks of the continuing-education records (issue 3): the profile, held credentials
 * (with the user's rule overrides), definitions of the user's own and the credit log, each
 * with every field of the stored type (ProfileRow, HeldRow, CustomRow, ActivityRow in
 * renderer/src/db/repositories/), optional only where the type says so. Every screen that
 * shows a credit figure reads all of them, so a value of the wrong kind (a list where a map
 * belongs, `null` inside the renewals, a number as text, an amount below zero or not
 * finite) would make them fail after the restore said it had worked.
 *
 * Shape, not the forms' rules. An activity that validateActivity (shared/domain/credits/
 * validate-activity.ts) finds wrong is still restored: the credit log keeps such an entry
 * (an older version's, or one whose credential changed since) and shows it with its errors,
 * counting it nowhere, so a backup holding one must restore as it is. Hours off the quarter
 * steps, a split that does not add up to the counted hours, a share of 0 or above 100 %, an
 * activity type or category id the catalogue no longer has, a role period on another type,
 * a start after the end: all restored. Only what a reader cannot read is refused: a field of
 * the wrong type, a day that is not a calendar day, a number that is negative or not finite,
 * a nested map or list of the wrong shape. The same goes for a held credential's overrides
 * and a definition of the user's own: numbers the rule would refuse (ruleFor falls back to
 * the catalogue's, or skips the definition) restore; numbers that are not numbers do not.
 *
 * The stamps (createdAt, updatedAt) are checked when present but may be absent: these four
 * tables were checked only by their key fields until now, so a file without them restored.
 */
import { z } from 'zod';
import type { ActivityType } from '../../../../shared/catalog/credentials';
import type { RuleOverrides } from '../../../../shared/catalog/credentials/overrides';
import { amountUnits, claimStatuses, type AreaSplit } from '../../../../shared/domain/credits';
import {
  applicationAttempts,
  heldStages,
  renewalRoutes,
  type Renewal,
  type RenewalMethod,
} from '../../../../shared/domain/credentials';
import {
  educationLevels,
  type WeeklyAvailability,
} from '../../../../shared/domain/profile/profile';
import type { ActivityRow } from '../repositories/activities';
import type { CustomRow, HeldRow } from '../repositories/credential-rows';
import type { ProfileRow } from '../repositories/profile';
import { amount, id, localDate, recordOf, text, timestamp, wholeCount } from './row-fields';

/**
 * Text the user types with no limit in the forms (a note, a title, a provider, names): any
 * length, as the app saves it, so that every backup it writes restores.
 */
const freeText = z.string();

/** A stored type with its createdAt/updatedAt optional (see the note above). */
type StampsOptional<T extends { createdAt: string; updatedAt: string }> = Omit<
  T,
  'createdAt' | 'updatedAt'
> & { createdAt?: string; updatedAt?: string };
const stamps = { createdAt: timestamp.optional(), updatedAt: timestamp.optional() };

/**
 * A credit-log number: finite and not below zero. No upper bound: the credit log's own rule
 * sets none, and a backup the app wrote must restore (a huge amount is shown and kept).
 */
const credit = amount;

/** Every value of a string union, checked complete at compile time (a missing key fails). */
const everyOf = <T extends string>(all: Record<T, true>) => Object.keys(all) as [T, ...T[]];

/** Any type name: one the catalogue no longer has is kept and shown with its error. */
const activityType = z.custom<ActivityType>((v) => id.safeParse(v).success, 'not a type name');

/** Hours per Talent Triangle area: every area, each a credit amount. */
const split = recordOf<AreaSplit>()({
  waysOfWorking: credit,
  powerSkills: credit,
  businessAcumen: credit,
});

type Period = NonNullable<ActivityRow['practitionerPeriod']>;

const activity = recordOf<StampsOptional<ActivityRow>>()({
  id,
  date: localDate,
  startDate: localDate.nullish(),
  title: freeText,
  provider: freeText.optional(),
  type: activityType,
  amount: credit,
  unit: z.enum(amountUnits),
  relevantPercent: amount.optional(),
  // A university course's semester credits (ISACA counts 15 CPE each): optional, so a backup
  // made before the field existed restores as it is; when present a number above zero, as
  // any other count would make an ISACA figure of nothing or less.
  semesterCredits: z.number().positive().optional(),
  split: split.nullish(),
  waysOfWorkingFor: z.record(z.string(), credit).optional(),
  status: z.enum(claimStatuses),
  claims: z.record(z.string(), z.enum(claimStatuses)).optional(),
  excludedFrom: z.array(text).optional(),
  categories: z.record(z.string(), text).optional(),
  practitionerPeriod: recordOf<Period>()({ start: localDate, end: localDate }).nullish(),
  claimCode: freeText.optional(),
  notes: freeText.optional(),
  sourceId: text.optional(),
  ...stamps,
});

type Areas = NonNullable<RuleOverrides['areaMin']>;
type CycleEnd = NonNullable<RuleOverrides['cycleEnd']>;
const numbers = z.record(z.string(), amount);

/** The user's own numbers for a rule: each a number (whether the rule takes it is ruleFor's). */
const overrides = recordOf<RuleOverrides>()({
  cycleMonths: amount.optional(),
  cycleEnd: z
    .enum(everyOf<CycleEnd>({ 'day-before-anniversary': true, anniversary: true }))
    .optional(),
  total: amount.optional(),
  educationMin: amount.optional(),
  areaMin: recordOf<Areas>()({
    waysOfWorking: amount.optional(),
    powerSkills: amount.optional(),
    businessAcumen: amount.optional(),
  }).optional(),
  givingBackMax: amount.optional(),
  practitionerMax: amount.optional(),
  carryOverMax: amount.optional(),
  carryOverWindowMonths: amount.optional(),
  categoryMinDistinct: amount.optional(),
  categoryCaps: numbers.optional(),
  categoryMins: numbers.optional(),
  periodicMin: amount.optional(),
  periodicCategoryMins: numbers.optional(),
  multiTrackAddOn: amount.optional(),
  suspensionMonths: amount.optional(),
  recordRetentionMonths: amount.optional(),
  cpePerSemesterCredit: amount.optional(),
});

const renewal = recordOf<Renewal>()({
  date: localDate,
  method: z.enum(everyOf<RenewalMethod>({ credits: true, exam: true })).optional(),
  assumed: z.boolean().optional(),
});

const held = recordOf<StampsOptional<HeldRow>>()({
  id,
  credentialId: id,
  stage: z.enum(heldStages),
  examDate: localDate.nullish(),
  earnedDate: localDate.nullish(),
  renewals: z.array(renewal).optional(),
  // PMI exam application (shared/domain/credentials/application.ts): optional, so a backup
  // made before these fields existed restores as it is.
  applicationApprovedDate: localDate.nullish(),
  examAttemptsUsed: z.number().int().min(0).max(applicationAttempts.value).nullish(),
  // How a PeopleCert certificate is renewed (held.ts): optional, absent meaning CPD points,
  // so a backup made before it existed restores as it is.
  renewalRoute: z.enum(renewalRoutes).optional(),
  overrides: overrides.optional(),
  ...stamps,
});

type Category = CustomRow['categories'][number];

const custom = recordOf<StampsOptional<CustomRow>>()({
  id,
  acronym: freeText,
  name: freeText,
  body: freeText,
  unit: z.enum(
    everyOf<CustomRow['unit']>({
      PDU: true,
      CPD: true,
      SEU: true,
      CDU: true,
      CPE: true,
      hours: true,
    }),
  ),
  cycleMonths: wholeCount,
  total: amount,
  minDistinctCategories: wholeCount.optional(),
  suspensionMonths: wholeCount.optional(),
  // Absent is read as none (storedCustomCredentialSchema's default), so it may be left out.
  categories: z
    .array(
      recordOf<Category>()({
        id: text,
        name: text,
        min: amount.optional(),
        cap: amount.optional(),
      }),
    )
    .default([]),
  ...stamps,
});

const profile = recordOf<StampsOptional<ProfileRow>>()({
  id: z.literal('me'),
  name: freeText,
  currentRung: id,
  targetRung: id,
  education: z.enum(educationLevels),
  gacAccredited: z.boolean(),
  weeklyAvailability: recordOf<WeeklyAvailability>()({
    mon: amount,
    tue: amount,
    wed: amount,
    thu: amount,
    fri: amount,
    sat: amount,
    sun: amount,
  }),
  ...stamps,
});

export const creditRowSchemas = {
  profile,
  credentials: held,
  customCredentials: custom,
  activities: activity,
} satisfies Record<string, z.ZodType>;
