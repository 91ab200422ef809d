import { emptyProfileDraft } from '../../../../shared/domain/profile/profile';
import { ProfileForm } from '../profile/ProfileForm';

/** First start: who you are on the ladder, your education and your study time. */
export function Onboarding({
  onDone,
  onExploreSample,
}: {
  onDone: () => void;
  /** Opens the app on a separate database of made-up records. */
  onExploreSample: () => void;
}) {
  return (
    <main className="onboarding" id="main">
      <header>
        <h1>Welcome to Ascent</h1>
        <p>
          A few questions to place you on the road from project coordinator to PMO Director.
          Everything you enter stays on this computer. You can change any answer later in Settings.
        </p>
      </header>
      <ProfileForm
        initial={emptyProfileDraft()}
        submitLabel="Start using Ascent"
        onSaved={onDone}
      />
      <aside className="card" aria-labelledby="sample-title">
        <h2 id="sample-title">Just looking?</h2>
        <p>
          Explore Ascent with a made-up career first. Sample records are kept apart from yours and
          are removed in one click when you are done.
        </p>
        <button type="button" className="secondary" onClick={onExploreSample}>
          Explore with sample data
        </button>
      </aside>
    </main>
  );
}
