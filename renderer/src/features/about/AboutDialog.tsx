import { useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../../shared/ipc/contract';
import { usePlatform } from '../../platform';

/** Help → About Ascent: a native <dialog>, so Escape closes it and focus is trapped. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const platform = usePlatform();
  const ref = useRef<HTMLDialogElement>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    platform.appInfo().then(setInfo, () => setInfo(null));
  }, [platform]);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">About Ascent</h2>
      <p>An offline planner for the road from project coordinator to PMO Director.</p>
      <p>Your records live only on this computer. Ascent makes no network connections.</p>
      {info && (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Running as</dt>
          <dd>
            {platform.kind === 'desktop'
              ? `Desktop app (${info.platform})`
              : 'Web app in this browser'}
          </dd>
        </dl>
      )}
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
