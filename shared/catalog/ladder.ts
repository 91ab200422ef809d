/**
 * The default PMO career ladder (PRODUCT.md, "The career ladder"; structure from the two
 * career-guidance texts in the brief's seeds). Titles vary by organisation, so the user may
 * edit the rungs later; these are the defaults the app starts with.
 */

export type RungId =
  'project-support' | 'pmo-analyst' | 'project-manager' | 'pmo-manager' | 'pmo-director';

export interface Rung {
  id: RungId;
  /** 1 = first rung. */
  level: number;
  name: string;
  typicalTitles: readonly string[];
  /** Typical years of experience; `max` null means "and more". */
  typicalYears: { min: number; max: number | null };
  typicalCredentials: readonly string[];
}

export interface Ladder {
  id: string;
  source: string;
  rungs: readonly Rung[];
}

export const defaultLadder: Ladder = {
  id: 'pmo-default',
  source: 'Ascent’s PMO career ladder, drawn from published career guidance for PMO roles',
  rungs: [
    {
      id: 'project-support',
      level: 1,
      name: 'Project support',
      typicalTitles: ['Project Coordinator', 'Project Administrator', 'PMO Administrator'],
      typicalYears: { min: 0, max: 2 },
      typicalCredentials: ['CAPM', 'PRINCE2 Foundation'],
    },
    {
      id: 'pmo-analyst',
      level: 2,
      name: 'PMO Analyst',
      typicalTitles: ['PMO Analyst', 'PMO Officer', 'Project Planner / Controller'],
      typicalYears: { min: 2, max: 5 },
      typicalCredentials: ['PMP (when eligible)', 'PRINCE2 Practitioner', 'PMI-PMOCP'],
    },
    {
      id: 'project-manager',
      level: 3,
      name: 'Project / Program Manager',
      typicalTitles: ['Project Manager', 'Senior Project Manager', 'Program Manager'],
      typicalYears: { min: 3, max: 8 },
      typicalCredentials: ['PMP', 'PMI-ACP', 'PRINCE2 Practitioner'],
    },
    {
      id: 'pmo-manager',
      level: 4,
      name: 'PMO Manager',
      typicalTitles: ['PMO Manager', 'Programme Office Manager', 'Portfolio Office Manager'],
      typicalYears: { min: 6, max: 10 },
      typicalCredentials: ['PMP plus a second credential', 'PMI-PMOCP', 'PgMP (when eligible)'],
    },
    {
      id: 'pmo-director',
      level: 5,
      name: 'PMO Director',
      typicalTitles: ['PMO Director', 'Head of PMO', 'Director of Project Management'],
      typicalYears: { min: 10, max: null },
      typicalCredentials: ['PMP plus PgMP or PfMP', 'Often an MBA or master’s degree'],
    },
  ],
};

export const rungIds: readonly RungId[] = defaultLadder.rungs.map((r) => r.id);
