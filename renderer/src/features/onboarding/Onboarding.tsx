import { emptyProfileDraft } from '../../../../shared/domain/profile/profile';
import { focusSoon } from '../../components/focus-soon';
import { useStore } from '../../db/store-context';
import { ProfileForm } from '../profile/ProfileForm';
import { FIRST_STEPS_TITLE, rememberFirstStep } from './first-steps-state';

/**
 * First start: who you are on the ladder, your education and your study time. From here on
 * "Your first steps" are owed, also after a reload, until they are finished or skipped.
 */
export function Onboarding({
  onDone,
  onExploreSample,
}: {
  onDone: () => void;
  /** Opens the app on a separate database of made-up records. */
  onExploreSample: () => void;
}) {
  const store = useStore();
  // Owed from the moment the profile is saved, not while the welcome shows: a backup restored
  // from the welcome instead opens on the dashboard.
  // The form (and its button) goes once saved: the next screen's heading takes the focus.
  const started = () => {
    rememberFirstStep(store, 'credentials');
    onDone();
    focusSoon(() => document.getElementById(FIRST_STEPS_TITLE));
  };
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
        onSaved={started}
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
