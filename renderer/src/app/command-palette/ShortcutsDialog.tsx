import { useEffect, useRef } from 'react';
import { shortcutGroups } from './shortcuts';

/** Help → Keyboard shortcuts: every shortcut, in a native modal <dialog> (Escape closes it). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog shortcuts-dialog"
      aria-modal="true"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
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
      <form method="dialog" className="actions">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
