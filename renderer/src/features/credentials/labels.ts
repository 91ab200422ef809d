/**
 * Names for the engine's codes that need no sentence: Talent Triangle areas, activity types,
 * claim and credential stages, and the awarding bodies (messages.ts re-exports them).
 */
import type { ActivityType, Area, BodyId } from '../../../../shared/catalog/credentials';
import type { CredentialStatus } from '../../../../shared/domain/credentials';
import type { ClaimStatus } from '../../../../shared/domain/credits';

export const areaLabels: Record<Area, string> = {
  waysOfWorking: 'Ways of Working',
  powerSkills: 'Power Skills',
  businessAcumen: 'Business Acumen',
};

export const activityTypeLabels: Record<ActivityType, string> = {
  'course-or-training': 'Course or training',
  'organization-meetings': 'Organization meetings',
  'online-or-digital-media': 'Online or digital media',
  read: 'Read',
  'informal-learning': 'Informal learning',
  'work-as-practitioner': 'Work as a practitioner',
  'create-content': 'Create content',
  'give-presentation': 'Give a presentation',
  'share-knowledge': 'Share knowledge',
  volunteer: 'Volunteer',
};

export const claimStatusLabels: Record<ClaimStatus, string> = {
  planned: 'Planned',
  earned: 'Earned',
  reported: 'Reported',
  accepted: 'Accepted',
  audited: 'Audited',
};

export const credentialStatusLabels: Record<CredentialStatus, string> = {
  target: 'Target',
  preparing: 'Preparing',
  'exam-booked': 'Exam booked',
  earned: 'Earned',
  active: 'Active',
  suspended: 'Suspended',
  expired: 'Expired',
  'not-current': 'Not current',
};

export const bodyLabels: Record<BodyId, string> = {
  PMI: 'PMI',
  PeopleCert: 'PeopleCert (AXELOS)',
  ScrumAlliance: 'Scrum Alliance',
  IIBA: 'IIBA',
  ISACA: 'ISACA',
  CompTIA: 'CompTIA',
  custom: 'Your own',
};
