import { emptyProfileDraft } from '../../../../shared/domain/profile/profile';
import { ProfileForm } from '../profile/ProfileForm';

/** First start: who you are on the ladder, your education and your study time. */
export function Onboarding({ onDone }: { onDone: () => void }) {
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
    </main>
  );
}
