import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { BackupFailedBanner } from '../../../renderer/src/features/backup/Banners';
import { fileTooLargeText } from '../../../renderer/src/platform/send-size';

const said = (message: string) => {
  render(<BackupFailedBanner message={message} onHide={() => {}} />);
  return screen.getByRole('region', { name: 'Automatic backup failed' }).textContent ?? '';
};

describe('the banner of a failed automatic backup', () => {
  it('adds one full stop to a message without one, and says to export a backup', () => {
    expect(said('the disk is full')).toBe(
      'The automatic backup could not be saved: the disk is full. Your records are still in Ascent; export a backup from Settings to be safe.Hide this message',
    );
  });

  it('adds none to a message that ends with its own', () => {
    expect(said('The disk is full.')).toContain('saved: The disk is full. Your records');
  });

  it('does not send a backup too large for one file to an export that would fail the same way', () => {
    const text = said(fileTooLargeText(530 * 1024 * 1024, 'backup'));
    expect(text).toContain('then try again. Your records are still in Ascent.Hide');
    expect(text).not.toContain('..');
    expect(text).not.toContain('export a backup');
  });
});
