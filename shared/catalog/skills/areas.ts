/** The skill areas' data (see skills.ts for sources); Ascent's own wording throughout. */
import type { SkillArea, SkillId } from './skills';

const SEED_000 = 'Career guidance on becoming a PMO professional: key skills';
const SEED_002 = 'Career guidance on becoming a PMO Director';

export const skillAreas: readonly SkillArea[] = [
  {
    id: 'leadership',
    name: 'Leadership and management',
    summary: 'Guiding people, taking decisions and settling disagreements.',
    facets: ['team leadership', 'decision making', 'conflict handling'],
    levels: [
      'Follows the lead of others and understands why decisions are taken.',
      'Leads small pieces of work and a few colleagues with support.',
      'Leads a project team, takes day-to-day decisions and resolves most conflicts.',
      'Leads leaders across several teams and handles hard conflicts calmly.',
      'Shapes how the organisation leads projects and develops future leaders.',
    ],
    source: SEED_000,
  },
  {
    id: 'communication',
    name: 'Communication',
    summary: 'Keeping stakeholders, teams and executives informed and aligned.',
    facets: ['stakeholders', 'reporting', 'presenting'],
    levels: [
      'Shares status accurately when asked.',
      'Writes clear updates and minutes for the team.',
      'Tailors messages to each audience and runs stakeholder meetings well.',
      'Handles difficult conversations and persuades senior stakeholders.',
      'Is the trusted voice of the portfolio at board level.',
    ],
    source: SEED_000,
  },
  {
    id: 'analytical',
    name: 'Analytical thinking',
    summary: 'Reading project data, spotting risks early and deciding on evidence.',
    facets: ['performance data', 'risk spotting', 'evidence-based decisions'],
    levels: [
      'Collects the figures a report needs.',
      'Builds basic reports and notices obvious variances.',
      'Explains trends in cost, schedule and risk and proposes responses.',
      'Designs the measures a PMO tracks and forecasts outcomes.',
      'Turns portfolio data into strategic choices for the organisation.',
    ],
    source: SEED_000,
  },
  {
    id: 'organisational',
    name: 'Organisation',
    summary: 'Juggling several projects, priorities and deadlines.',
    facets: ['planning', 'prioritising', 'deadlines'],
    levels: [
      'Keeps their own tasks and dates in order.',
      'Keeps a project plan and its actions up to date.',
      'Runs several workstreams and keeps their priorities straight.',
      'Balances resources and priorities across many projects.',
      'Designs how the whole organisation plans and prioritises work.',
    ],
    source: SEED_000,
  },
  {
    id: 'technicalTools',
    name: 'Technical tools',
    summary: 'Using project management software well (schedulers, trackers, boards).',
    facets: ['scheduling tools', 'issue trackers', 'reporting tools'],
    levels: [
      'Finds their way around the team’s tools.',
      'Maintains plans and boards in one tool without help.',
      'Uses several tools fluently, including dependencies and baselines.',
      'Configures tools and reporting for a team or a PMO.',
      'Chooses and rolls out the toolset for the organisation.',
    ],
    source: SEED_000,
  },
  {
    id: 'businessAcumen',
    name: 'Business acumen',
    summary: 'Understanding money, risk and strategy well enough to steer investment.',
    facets: ['financial management', 'risk management', 'strategic planning'],
    levels: [
      'Knows how projects link to the organisation’s goals.',
      'Tracks a project budget and keeps a risk log.',
      'Builds business cases, manages budgets and risks on their own.',
      'Aligns a set of projects with strategy and manages their finances and risks.',
      'Shapes strategy and investment decisions across the portfolio.',
    ],
    source: SEED_002,
  },
  {
    id: 'adaptability',
    name: 'Adaptability',
    summary: 'Adjusting approach and style to each project, team and change.',
    facets: ['openness to new ideas', 'flexible methods', 'resilience'],
    levels: [
      'Accepts changes when they are explained.',
      'Adjusts their own work quickly when plans change.',
      'Picks the approach that suits each project, predictive or agile.',
      'Helps teams through disruption and changes style as needed.',
      'Makes the organisation quicker to adapt.',
    ],
    source: SEED_002,
  },
  {
    id: 'organisationalChange',
    name: 'Leading organisational change',
    summary: 'Improving how the organisation runs projects and ties them to strategy.',
    facets: ['process improvement', 'change management', 'strategy alignment'],
    levels: [
      'Follows new ways of working once introduced.',
      'Suggests improvements from their own projects.',
      'Introduces an improvement in a team and sees it adopted.',
      'Leads change across several teams or a department.',
      'Leads organisation-wide transformation of project practice.',
    ],
    source: 'Career guidance on becoming a PMO professional: leading organisational change',
  },
];

/** The area with this id (every SkillId has one). */
export function skillArea(id: SkillId): SkillArea {
  const area = skillAreas.find((a) => a.id === id);
  if (!area) throw new RangeError(`Unknown skill: ${id}`);
  return area;
}
