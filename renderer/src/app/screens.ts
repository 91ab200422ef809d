/**
 * Screens other than the dashboard are loaded on demand: the first paint needs only the shell
 * and the dashboard, and each area's code arrives the first time the user opens it.
 */
import { lazy } from 'react';

export const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
export const CredentialsScreen = lazy(() =>
  import('../features/credentials/CredentialsScreen').then((m) => ({
    default: m.CredentialsScreen,
  })),
);
export const CredentialDetail = lazy(() =>
  import('../features/credentials/CredentialDetail').then((m) => ({
    default: m.CredentialDetail,
  })),
);
export const CreditLogScreen = lazy(() =>
  import('../features/credit-log/CreditLogScreen').then((m) => ({ default: m.CreditLogScreen })),
);
export const LadderScreen = lazy(() =>
  import('../features/ladder/LadderScreen').then((m) => ({ default: m.LadderScreen })),
);
export const GoalsScreen = lazy(() =>
  import('../features/goals/GoalsScreen').then((m) => ({ default: m.GoalsScreen })),
);
export const ReportsScreen = lazy(() =>
  import('../features/reports/ReportsScreen').then((m) => ({ default: m.ReportsScreen })),
);
export const LearningScreen = lazy(() =>
  import('../features/learning/LearningScreen').then((m) => ({ default: m.LearningScreen })),
);
export const NetworkScreen = lazy(() =>
  import('../features/network/NetworkScreen').then((m) => ({ default: m.NetworkScreen })),
);
export const StudyScreen = lazy(() =>
  import('../features/study/StudyScreen').then((m) => ({ default: m.StudyScreen })),
);
