/**
 * The note a form shows when what it edits was changed elsewhere (a restored backup or another
 * window) while it held changes of the person's (useStoredDraft, ProfileForm): saving replaces
 * that change. `subject`: what changed, as the sentence starts ("Your profile"); `plural` when
 * it is several things ("These numbers were … editing them").
 */
export function ChangedElsewhere({
  subject,
  plural = false,
}: {
  subject: string;
  plural?: boolean;
}) {
  return (
    <p className="form-summary" role="status">
      {subject} {plural ? 'were' : 'was'} changed elsewhere (a restored backup or another window)
      while you were editing {plural ? 'them' : 'it'}. Saving replaces that change with what is
      shown here; to see it instead, leave this screen without saving.
    </p>
  );
}
