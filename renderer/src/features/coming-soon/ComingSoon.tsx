import { areas, type AreaId } from '../../app/routes';

const plans: Partial<Record<AreaId, string>> = {
  ladder:
    'See every rung’s requirements, what you already meet and the next actions that close each gap.',
  credentials:
    'Track the credentials you hold or aim for, with their cycles, deadlines and live status.',
  'credit-log':
    'Log each continuing-education activity once and see it counted for every credential.',
  learning: 'Keep your courses, conferences, reading and webinars, and turn them into credits.',
  study: 'Plan study time towards an exam, follow it week by week and export it to your calendar.',
  goals: 'Set measurable goals with milestones, linked to the ladder.',
  network: 'Keep contacts, mentors and follow-ups in one place.',
  reports: 'Print a progress report for yourself, your manager or an appraisal.',
};

/** An area that is not built yet says so plainly, with no made-up content. */
export function ComingSoon({ area }: { area: AreaId }) {
  const label = areas.find((a) => a.id === area)?.label ?? area;
  return (
    <section className="coming-soon" aria-labelledby="coming-title">
      <h1 id="coming-title">{label}</h1>
      <p>
        <strong>Coming in a later version.</strong> This area is not built yet.
      </p>
      {plans[area] && <p className="muted">{plans[area]}</p>}
    </section>
  );
}
