/**
 * Education (issue 5 part 3): degrees and PM education contact hours. Levels and GAC
 * accreditation decide exam paths (domain-facts §2: four-year degree vs secondary diploma;
 * a GAC-accredited degree shortens the PMP path); contact hours are the training condition
 * of most exams ("contact hours before an exam are not PDUs", §2).
 */
import type { LocalDate } from '../../dates';
import { educationLevels, type EducationLevel } from '../profile/profile';

export interface Degree {
  id: string;
  level: EducationLevel;
  field: string;
  institution: string;
  /** Year awarded; null when not given. */
  year: number | null;
  /** From a GAC-accredited program (PMI's Global Accreditation Center). */
  gacAccredited: boolean;
}

/**
 * Topics an exam's training condition asks for (§2: PMP 35 h PM education, PMI-ACP 28 h
 * agile, PMI-RMP risk, PMI-SP scheduling, PMI-PBA business analysis, PMI-PMOCP 10 h PMO).
 * Every topic is PM education and counts towards 'general' too.
 */
export const trainingTopics = [
  'general',
  'agile',
  'risk',
  'scheduling',
  'business-analysis',
  'pmo',
] as const;
export type TrainingTopic = (typeof trainingTopics)[number];

export interface ContactCourse {
  title: string;
  hours: number;
  date: LocalDate | null;
  /** Absent: 'general'. One topic per entry; split a mixed course into two entries. */
  topic?: TrainingTopic;
}

/**
 * PM education contact hours, kept simple: hours typed by hand without a breakdown (general
 * PM education), plus an optional list of courses (the learning journal will add its
 * courses here). The total is the hand-typed hours plus every course.
 */
export interface ContactHours {
  hours: number;
  courses?: readonly ContactCourse[];
}

/** What the exam rules need to know about education. */
export interface EducationSummary {
  /** Highest level; null when nothing is known. */
  highest: EducationLevel | null;
  /** A bachelor's degree or higher from a GAC-accredited program. */
  gacAccredited: boolean;
}

/** Position of a level on the scale secondary < associate < bachelor < master < doctorate. */
export function educationRank(level: EducationLevel): number {
  return educationLevels.indexOf(level);
}

/** True when `have` is at least `need` on that scale. */
export function meetsLevel(have: EducationLevel, need: EducationLevel): boolean {
  return educationRank(have) >= educationRank(need);
}

function isDegreeLevel(level: EducationLevel): boolean {
  return meetsLevel(level, 'bachelor');
}

/**
 * The highest level and GAC accreditation from the degrees, falling back on the profile's
 * answers (onboarding asks for the highest level and GAC). Domain-facts §2: "four-year
 * degree" = bachelor or higher; GAC counts only on a bachelor's degree or higher.
 */
export function summariseEducation(
  degrees: readonly Pick<Degree, 'level' | 'gacAccredited'>[],
  profile?: { education: EducationLevel; gacAccredited: boolean } | null,
): EducationSummary {
  const levels = degrees.map((d) => d.level);
  if (profile) levels.push(profile.education);
  let highest: EducationLevel | null = null;
  for (const l of levels) if (highest === null || !meetsLevel(highest, l)) highest = l;
  const gacDegree = degrees.some((d) => d.gacAccredited && isDegreeLevel(d.level));
  const gacProfile = !!profile?.gacAccredited && isDegreeLevel(profile.education);
  return { highest, gacAccredited: gacDegree || gacProfile };
}

/**
 * Contact hours on a topic up to `asOf` (courses dated later are planned, not done;
 * undated courses count). 'general' is every hour; another topic only its courses.
 */
export function contactHoursOn(
  contact: ContactHours,
  topic: TrainingTopic,
  asOf: LocalDate,
): number {
  let total = topic === 'general' ? contact.hours : 0;
  for (const course of contact.courses ?? []) {
    if (course.date !== null && course.date > asOf) continue;
    if (topic === 'general' || (course.topic ?? 'general') === topic) total += course.hours;
  }
  return total;
}
