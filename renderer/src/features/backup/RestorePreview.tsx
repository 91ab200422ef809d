import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { isRecordTable, type ValidBackup } from '../../db/backup';
import { formatDate, formatNumber } from '../../components/format';
import { holdsSettings } from '../../db/backup/restore';
import { recordsText, settingsInFileText, sizeText, tableLabel, timeText } from './messages';
import { useSettings } from '../../db/hooks';

interface Props {
  backup: ValidBackup;
  /** Records in the database now, to say what will be replaced. */
  current: number;
  desktop: boolean;
  onConfirm: (downloadCopy: boolean) => void;
  onCancel: () => void;
}

/** True while the box's content is taller than the box, so that it scrolls. */
function useScrolls() {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollHeight > box.clientHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // The box changes size with the window's height; its children with what they say.
    const observer = new ResizeObserver(measure);
    for (const el of [box, ...box.children]) observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, scrolls] as const;
}

/**
 * The restore dialog's middle, between its title and its buttons: when the window is too short
 * for all of it, it scrolls on its own (backup.css) so the title and the buttons stay in view.
 * Only then is it a named region and a tab stop, so that a keyboard can scroll it; otherwise
 * the dialog reads and tabs through its controls as it always did.
 */
export function DialogDetails({ label, children }: { label: string; children: ReactNode }) {
  const [ref, scrolls] = useScrolls();
  return (
    <div
      ref={ref}
      className="backup-dialog-details"
      // Focusable from code either way: a box that stops scrolling (the window grew) while it
      // has the focus keeps it instead of dropping it to the page.
      tabIndex={scrolls ? 0 : -1}
      {...(scrolls && { role: 'region', 'aria-label': label })}
    >
      {children}
    </div>
  );
}

/** What the file holds, what restoring it replaces, and the confirmation. */
export function RestorePreview({ backup, current, desktop, onConfirm, onCancel }: Props) {
  const clock = useSettings()?.clock;
  const { preview } = backup;
  const copyId = useId();
  const [downloadCopy, setDownloadCopy] = useState(true);
  // Many kinds of record, most of them empty for most people: only what is there is listed. The table
  // counts records by the same rule as "records now in Ascent" and "records are back", so the
  // three agree; the settings row is not a record, and is named apart. Only that row holds
  // the user's settings (another settings row, the remembered import, holds none of them).
  const records = preview.tables.filter((t) => isRecordTable(t.name));
  const filled = records.filter((t) => t.rows > 0);
  const hasSettings = holdsSettings(backup.tables);
  return (
    <>
      <DialogDetails label="About this backup">
        <dl className="facts">
          <dt>Made on</dt>
          <dd>{timeText(preview.exportedAt, clock)}</dd>
          <dt>By Ascent</dt>
          <dd>{preview.appVersion}</dd>
          {preview.profileName && (
            <>
              <dt>Profile</dt>
              <dd>{preview.profileName}</dd>
            </>
          )}
          <dt>Activities dated</dt>
          <dd>
            {preview.activityDates
              ? `${formatDate(preview.activityDates.first)} to ${formatDate(preview.activityDates.last)}`
              : 'No activities'}
          </dd>
          <dt>Evidence files</dt>
          <dd>
            {formatNumber(preview.files)} ({sizeText(preview.fileBytes)})
          </dd>
        </dl>
        <table className="data-table backup-counts">
          <caption>What the backup holds</caption>
          <thead>
            <tr>
              <th scope="col">Kind of record</th>
              <th scope="col">Count</th>
            </tr>
          </thead>
          <tbody>
            {filled.map((t) => (
              <tr key={t.name}>
                <th scope="row">{tableLabel(t.name)}</th>
                <td>{formatNumber(t.rows)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Records in all</th>
              <td>{formatNumber(preview.records)}</td>
            </tr>
          </tfoot>
        </table>
        <p className="hint">{hasSettings ? settingsInFileText.held : settingsInFileText.none}</p>
        <p className="backup-warning">
          <strong>Restoring replaces everything now in Ascent</strong>
          {current > 0 ? ` (${recordsText(current)})` : ''} with this backup.
        </p>
        {current > 0 && desktop && (
          <p className="hint">First, Ascent keeps an automatic backup of your current data.</p>
        )}
        {current > 0 && !desktop && (
          <div className="checkbox-field">
            <input
              id={copyId}
              type="checkbox"
              checked={downloadCopy}
              onChange={(e) => setDownloadCopy(e.target.checked)}
            />
            <label htmlFor={copyId}>First download a copy of my current data (recommended)</label>
          </div>
        )}
      </DialogDetails>
      <div className="actions">
        <button type="button" onClick={() => onConfirm(downloadCopy)}>
          Replace my data with this backup
        </button>
        <button type="button" className="secondary" onClick={onCancel} autoFocus>
          Cancel
        </button>
      </div>
    </>
  );
}
