import {
  budgetTextErrors,
  parseBudgetAmount,
  parseTeamSize,
  type Role,
  type RoleType,
} from '../../../../shared/domain/experience';

/** What the role form holds: everything as typed. */
export interface RoleDraft {
  id?: string;
  title: string;
  organisation: string;
  industry: string;
  start: string;
  end: string;
  ongoing: boolean;
  roleTypes: RoleType[];
  teamSize: string;
  budgetAmount: string;
  budgetCurrency: string;
  description: string;
}

export const emptyRoleDraft: RoleDraft = {
  title: '',
  organisation: '',
  industry: '',
  start: '',
  end: '',
  ongoing: false,
  roleTypes: [],
  teamSize: '',
  budgetAmount: '',
  budgetCurrency: '',
  description: '',
};

export function roleToDraft(role: Role): RoleDraft {
  return {
    id: role.id,
    title: role.title,
    organisation: role.organisation,
    industry: role.industry,
    start: role.start,
    end: role.end ?? '',
    ongoing: role.end === null,
    roleTypes: [...role.roleTypes],
    teamSize: role.teamSize == null ? '' : String(role.teamSize),
    budgetAmount: role.budget ? String(role.budget.amount) : '',
    budgetCurrency: role.budget?.currency ?? '',
    description: role.description ?? '',
  };
}

/**
 * What the draft holds that the role it builds cannot carry, to refuse before saving: a budget
 * currency without an amount (budgetTextErrors), which draftToRole would drop unseen.
 */
export const roleDraftErrors = (d: RoleDraft) => budgetTextErrors(d.budgetAmount, d.budgetCurrency);

/** The role the draft describes (unvalidated: the repository checks it before saving). */
export function draftToRole(d: RoleDraft): Omit<Role, 'id'> & { id?: string } {
  // "1,000,000" and "1 000 000" are a million (parseBudgetAmount: why a budget reads them).
  const amount = parseBudgetAmount(d.budgetAmount);
  return {
    ...(d.id ? { id: d.id } : {}),
    title: d.title.trim(),
    organisation: d.organisation.trim(),
    industry: d.industry.trim(),
    start: d.start,
    end: d.ongoing ? null : d.end,
    roleTypes: d.roleTypes,
    // Digits only: "0x10" or "1e1" is no team size (parseTeamSize), never 16 or 10.
    teamSize: parseTeamSize(d.teamSize),
    budget: amount === null ? null : { amount, currency: d.budgetCurrency.trim().toUpperCase() },
    description: d.description.trim(),
  };
}
