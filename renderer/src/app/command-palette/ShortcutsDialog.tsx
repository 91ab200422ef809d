import { useEffect, useRef } from 'react';
import { shortcutGroups } from './shortcuts';

/**
 * Help → Keyboard shortcuts: every shortcut, in a native modal <dialog> (Escape closes it).
 * It opens at its top, with its title in focus: focusing Close, at the end of a long list,
 * would scroll the title and the first groups out of view. The list scrolls on its own (and
 * takes the focus for arrow keys) while Close stays in view in the footer.
 */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    title.current?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog shortcuts-dialog"
      aria-modal="true"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title" ref={title} tabIndex={-1}>
        Keyboard shortcuts
      </h2>
      <div
        className="shortcuts-list"
        role="region"
        aria-label="All keyboard shortcuts"
        tabIndex={0}
      >
        {shortcutGroups().map((g) => (
          <table key={g.title} className="data-table shortcuts">
            <caption>{g.title}</caption>
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">What they do</th>
              </tr>
            </thead>
            <tbody>
              {g.shortcuts.map((s) => (
                <tr key={s.keys + s.does}>
                  <td>
                    <kbd>{s.keys}</kbd>
                  </td>
                  <td>{s.does}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <form method="dialog" className="actions shortcuts-footer">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
