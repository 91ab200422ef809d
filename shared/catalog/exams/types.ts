/**
 * Exam eligibility rules as data (DESIGN.md §4: rules are data, functions interpret them;
 * domain-facts.md §2). Every number is a `Sourced` record so the UI can answer "why this
 * number?"; alternative ways in are separate paths, and "X or Y" inside a path is an
 * 'any-of' condition (35 h or a CAPM; 48 months leading projects or a PMP).
 */
import type { Disagreement, Sourced } from '../credentials/types';
import type { RoleSelector } from '../../domain/experience/role';
import type { TrainingTopic } from '../../domain/eligibility/education';
import type { EducationLevel } from '../../domain/profile/profile';

export const examIds = [
  'capm',
  'pmp',
  'pmi-acp',
  'pgmp',
  'pfmp',
  'pmi-rmp',
  'pmi-sp',
  'pmi-pba',
  'pmi-pmocp',
  'prince2-practitioner',
] as const;
/** The credential id of the exam (same ids as the credential catalogue). */
export type ExamId = (typeof examIds)[number];

/** What kind of experience an experience condition asks for, as domain-facts §2 names it. */
export type ExperienceKind =
  | 'leading-projects'
  | 'project'
  | 'program'
  | 'portfolio'
  | 'business'
  | 'agile'
  | 'risk'
  | 'scheduling'
  | 'business-analysis';

/**
 * 'good': in good standing (live status 'active'; PMI's wording for the PMP shortcut).
 * 'earned': earned at any time, whatever its status now (PeopleCert: a "not current"
 * certificate still counts as a prerequisite, domain-facts §3).
 */
export type CredentialStanding = 'good' | 'earned';

export type ExamCondition =
  | {
      kind: 'education';
      minLevel: Sourced<EducationLevel>;
      /** The degree must come from a GAC-accredited program. */
      gacAccredited?: true;
    }
  | {
      kind: 'experience';
      experience: ExperienceKind;
      roleTypes: RoleSelector;
      months: Sourced<number>;
      /** Look-back window in months; null: the whole history. */
      windowMonths: Sourced<number> | null;
    }
  | { kind: 'training'; topic: TrainingTopic; hours: Sourced<number> }
  | { kind: 'credential'; anyOf: Sourced<readonly string[]>; standing: CredentialStanding }
  | { kind: 'any-of'; options: readonly ExamCondition[] };

export type ExamConditionKind = ExamCondition['kind'];

/** 'gac-degree' · 'degree' (four-year) · 'secondary' (or associate) · 'standard' (one path). */
export type ExamPathId = 'gac-degree' | 'degree' | 'secondary' | 'standard';

export interface ExamPath {
  id: ExamPathId;
  conditions: readonly ExamCondition[];
}

export interface ExamRule {
  examId: ExamId;
  acronym: string;
  /** Paths in the order they are preferred when several are met. */
  paths: readonly ExamPath[];
  /** PMI: an approved application stays valid this long (domain-facts §2, B). */
  applicationValidityMonths: Sourced<number> | null;
  /** Where sources disagree about the whole rule (domain-facts §5). */
  disagreement?: Disagreement<string>;
}

/** Qualifications outside the credential catalogue that a rule may accept. */
export const externalQualifications = ['ipma-a', 'ipma-b', 'ipma-c', 'ipma-d'] as const;
export type ExternalQualification = (typeof externalQualifications)[number];

/** An exam edition whose format the catalogue carries (domain-facts §3). */
export type ExamEditionId = 'prince2-7';

/** What an edition changed from the one before, as codes; the UI words them. */
export type EditionChange =
  'themes-became-practices' | 'people-added' | 'sustainability-performance-target';

export interface ExamEdition {
  id: ExamEditionId;
  /** The edition's number: 7 for PRINCE2 7. */
  number: Sourced<number>;
  /** The month the edition's exams began, 'yyyy-MM'. */
  since: Sourced<string>;
  changes: Sourced<readonly EditionChange[]>;
}

/** What an exam is scored out of: 60 questions, or 70 marks. */
export interface ExamSize {
  count: number;
  unit: 'questions' | 'marks';
}

/**
 * How an exam is sat (domain-facts §3). Kept apart from ExamRule: an eligibility rule exists
 * only for an exam with conditions to check (§2), while a format may belong to an exam with
 * none, such as PRINCE2 Foundation.
 */
export interface ExamFormat {
  /** The credential the exam leads to (credential catalogue id). */
  credentialId: string;
  edition: ExamEditionId;
  /** The exam whose card on the Eligibility screen shows this format. */
  shownWith: ExamId;
  size: Sourced<ExamSize>;
  minutes: Sourced<number>;
  /** The pass mark, as a percentage of the questions or marks. */
  passPercent: Sourced<number>;
  openBook: Sourced<boolean>;
}
