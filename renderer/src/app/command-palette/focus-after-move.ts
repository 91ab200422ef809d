import { focusSoon, pageHeading } from '../../components/focus-soon';

/**
 * After a move, focus goes to the first control of the section or form the named heading
 * heads, else to the main content. A command without a section (New activity, New goal)
 * ends where the same move by a link or button ends: on the new screen's heading. Like every
 * focus that waits for a screen to be drawn, it gives way to focus put elsewhere meanwhile, by
 * the screen itself or by a user already moving on (a Tab pressed as the form appeared).
 */
export function focusAfterMove(focusId: string | undefined, moved: boolean) {
  // The shell puts a moved-to screen's heading in focus (Shell.tsx), as after any link.
  if (!focusId && moved) return;
  if (!focusId) return focusSoon(pageHeading, () => document.getElementById('main'));
  const section = () => document.getElementById(focusId)?.closest('section, form');
  focusSoon(
    () => {
      const found = section();
      if (!found) return null;
      found.scrollIntoView({ block: 'start' });
      return (
        found.querySelector('input, select, textarea, button') ?? document.getElementById('main')
      );
    },
    () => document.getElementById('main'),
  );
}
