/**
 * How big each generated career is. `career` is issue 9's 25-year career; `small` and
 * `medium` keep tests and quick runs short.
 */
export interface Preset {
  name: 'small' | 'medium' | 'career';
  years: number;
  activities: number;
  /** One activity in `evidenceEvery` has an evidence file. */
  evidenceEvery: number;
  studySessions: number;
  courses: number;
  events: number;
  eventSessions: number;
  contacts: number;
  goals: number;
  credentials: number;
  roles: number;
}

export const presets: Readonly<Record<Preset['name'], Preset>> = {
  small: {
    name: 'small',
    years: 5,
    activities: 200,
    evidenceEvery: 4,
    studySessions: 30,
    courses: 6,
    events: 4,
    eventSessions: 20,
    contacts: 20,
    goals: 8,
    credentials: 4,
    roles: 4,
  },
  medium: {
    name: 'medium',
    years: 12,
    activities: 4_000,
    evidenceEvery: 4,
    studySessions: 600,
    courses: 60,
    events: 24,
    eventSessions: 120,
    contacts: 200,
    goals: 80,
    credentials: 10,
    roles: 20,
  },
  career: {
    name: 'career',
    years: 25,
    activities: 20_000,
    evidenceEvery: 4,
    studySessions: 3_000,
    courses: 300,
    events: 120,
    eventSessions: 600,
    contacts: 1_000,
    goals: 400,
    credentials: 25,
    roles: 60,
  },
};

export const presetNames = Object.keys(presets) as Preset['name'][];
