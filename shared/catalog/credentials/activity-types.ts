/**
 * Activity types and the category lists of the bodies that sort credits into categories.
 * PMI's five education and five giving-back types: domain-facts §1 (B). IIBA's six
 * categories: §4 (B). PeopleCert's CPD categories: AXELOS CPD guide (C, see sources.ts).
 * The mapping from a PMI type to another body's category is Ascent's default (M); the user
 * can tag an activity with the body's own category instead.
 */

export const educationTypes = [
  'course-or-training',
  'organization-meetings',
  'online-or-digital-media',
  'read',
  'informal-learning',
] as const;

export const givingBackTypes = [
  'work-as-practitioner',
  'create-content',
  'give-presentation',
  'share-knowledge',
  'volunteer',
] as const;

export type EducationType = (typeof educationTypes)[number];
export type GivingBackType = (typeof givingBackTypes)[number];
export type ActivityType = EducationType | GivingBackType;

export const activityTypes: readonly ActivityType[] = [...educationTypes, ...givingBackTypes];

// Looked up for every activity of a long log (issue 9).
const activityTypeSet: ReadonlySet<string> = new Set(activityTypes);
const givingBackSet: ReadonlySet<string> = new Set(givingBackTypes);

/** True for one of PMI's ten activity types (domain-facts §1). */
export function isActivityType(value: unknown): value is ActivityType {
  return typeof value === 'string' && activityTypeSet.has(value);
}

const typeCodes: ReadonlyMap<unknown, number> = new Map(activityTypes.map((t, k) => [t, k + 1]));

/**
 * A small number per activity type, 1… in the order of `activityTypes`, and 0 for anything
 * that is not one (one lookup tells both; a long log is read into numbers, issue 9).
 */
export function activityTypeCode(value: unknown): number {
  return typeCodes.get(value) ?? 0;
}

/**
 * The types a university or college course may be logged as with its semester credits
 * (domain-facts §4, A/B: ISACA counts 15 CPE hours per semester credit). Only "Course or
 * training": PMI files academic courses under it (§1: "a university course counts its contact
 * hours"), and it is the one type a university course is. Meetings, online or digital media,
 * reading and informal learning earn no academic credit, and giving back is not studied for
 * credit; a semester credit on any of them would be a typo that multiplies the figure.
 */
export const semesterCreditTypes: readonly ActivityType[] = ['course-or-training'];

/** Whether an activity of this type may carry semester credits (semesterCreditTypes). */
export function takesSemesterCredits(type: unknown): boolean {
  return type === 'course-or-training';
}

/** Domain-facts §1: giving back is capped, education is not. */
export function isGivingBack(type: ActivityType): type is GivingBackType {
  return givingBackSet.has(type);
}

export const iibaCategories = [
  'academic',
  'professional-development',
  'professional-activities',
  'self-directed',
  'volunteer',
  'professional-experience',
] as const;
export type IibaCategory = (typeof iibaCategories)[number];

export const peopleCertCategories = [
  'professional-experience',
  'training-and-qualifications',
  'community-participation',
  'self-study',
] as const;
export type PeopleCertCategory = (typeof peopleCertCategories)[number];

/** Ascent's default IIBA category for each PMI activity type (M; the user may re-tag). */
export const iibaCategoryOf: Readonly<Record<ActivityType, IibaCategory>> = {
  'course-or-training': 'professional-development',
  'organization-meetings': 'professional-activities',
  'online-or-digital-media': 'self-directed',
  read: 'self-directed',
  'informal-learning': 'self-directed',
  'work-as-practitioner': 'professional-experience',
  'create-content': 'professional-activities',
  'give-presentation': 'professional-activities',
  'share-knowledge': 'professional-activities',
  volunteer: 'volunteer',
};

/** Ascent's default PeopleCert CPD category for each PMI activity type (M). */
export const peopleCertCategoryOf: Readonly<Record<ActivityType, PeopleCertCategory>> = {
  'course-or-training': 'training-and-qualifications',
  'organization-meetings': 'community-participation',
  'online-or-digital-media': 'self-study',
  read: 'self-study',
  'informal-learning': 'self-study',
  'work-as-practitioner': 'professional-experience',
  'create-content': 'community-participation',
  'give-presentation': 'community-participation',
  'share-knowledge': 'community-participation',
  volunteer: 'community-participation',
};
