/**
 * "Skip to content": the first Tab stop on every page, before any banner above the screen (the
 * backup reminder, sample data, read-only) and before the sidebar. It goes to the page's
 * <main> — the shell's, or the welcome's and first steps' — and the next Tab goes on inside it.
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(e) => {
        // Not a move: the hash is the app's address (routes.ts), so the link only moves focus.
        e.preventDefault();
        const main = document.getElementById('main');
        if (!main) return;
        if (!main.hasAttribute('tabindex')) main.tabIndex = -1;
        main.focus();
      }}
    >
      Skip to content
    </a>
  );
}
