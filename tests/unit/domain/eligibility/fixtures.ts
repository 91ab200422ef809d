// Builders for eligibility, readiness and goal tests: small records typed by hand.
import { findCredentialRule } from '../../../../shared/catalog/credentials';
import type { LocalDate } from '../../../../shared/dates';
import type { HeldCredential, HeldWithRule } from '../../../../shared/domain/credentials';
import type { ContactCourse } from '../../../../shared/domain/eligibility/education';
import type { EligibilityInput } from '../../../../shared/domain/eligibility/types';
import type { Role, RoleType } from '../../../../shared/domain/experience/role';
import type { EducationLevel } from '../../../../shared/domain/profile/profile';
import type { ReadinessInput } from '../../../../shared/domain/readiness/types';

let next = 0;

/** A role of the given types from `start` to `end` (null: ongoing). */
export function role(
  types: RoleType[],
  start: string,
  end: string | null,
  extra: Partial<Role> = {},
): Role {
  next += 1;
  return {
    id: `role-${next}`,
    title: 'Role',
    organisation: 'Org',
    industry: 'Finance',
    start,
    end,
    roleTypes: types,
    ...extra,
  };
}

/** An earned credential of the catalogue with its rule. */
export function earned(credentialId: string, earnedDate: LocalDate): HeldWithRule {
  const rule = findCredentialRule(credentialId);
  if (!rule) throw new Error(`no rule ${credentialId}`);
  const credential: HeldCredential = {
    id: `held-${credentialId}-${earnedDate}`,
    credentialId,
    stage: 'earned',
    earnedDate,
  };
  return { credential, rule };
}

export function preparing(credentialId: string): HeldWithRule {
  const rule = findCredentialRule(credentialId)!;
  return { credential: { id: `held-${credentialId}`, credentialId, stage: 'preparing' }, rule };
}

export interface InputOptions {
  asOf?: LocalDate;
  level?: EducationLevel | null;
  gac?: boolean;
  hours?: number | null;
  courses?: ContactCourse[];
  roles?: Role[] | null;
  held?: HeldWithRule[];
  other?: string[];
}

export const AS_OF = '2026-05-10';

export function input(o: InputOptions = {}): EligibilityInput {
  return {
    asOf: o.asOf ?? AS_OF,
    education: {
      highest: o.level === undefined ? 'bachelor' : o.level,
      gacAccredited: o.gac ?? false,
    },
    contactHours: o.hours === null ? null : { hours: o.hours ?? 0, courses: o.courses ?? [] },
    roles: o.roles === undefined ? [] : o.roles,
    held: o.held ?? [],
    otherQualifications: o.other ?? [],
  };
}

export function readinessInput(
  o: InputOptions & Partial<Pick<ReadinessInput, 'assessments' | 'activities' | 'network'>> = {},
): ReadinessInput {
  return {
    ...input(o),
    assessments: o.assessments ?? [],
    activities: o.activities ?? [],
    network: o.network ?? { conferences: [], memberships: [], mentors: [] },
  };
}

export function course(hours: number, topic: ContactCourse['topic'], date: string | null = null) {
  return { title: `${topic} course`, hours, date, topic };
}
