/**
 * Names inside the audit pack (safeName) keep the rule suggested save names keep
 * (suggestedFileName): every control character (C0, DEL and C1, Unicode's Cc) becomes a dash,
 * a run of them one dash, and bidirectional controls (U+202A–U+202E, U+2066–U+2069) are taken
 * out, so no file in the ZIP reads as another ("notes\u202Efdp.exe" shown as "notesexe.pdf":
 * Unicode Technical Report #36, "Bidirectional Text Spoofing").
 */
import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../../../../shared/domain/claims';
import { planAuditPack, safeName } from '../../../../shared/domain/report';
import { suggestedFileName } from '../../../../shared/files/suggested-name';

describe('safeName and control characters', () => {
  it.each([
    ['a C1 control', 'line\u0085break.pdf', 'line-break.pdf'],
    ['C1 controls, one dash a run', 'a\u0080\u009fb.pdf', 'a-b.pdf'],
    ['C0 and C1 together, one dash', 'a\u0001\u0090\u007fb.pdf', 'a-b.pdf'],
    ['a leading C1 control', '\u009bscan.png', 'scan.png'],
    ['a trailing C1 control', 'scan.png\u0085', 'scan.png-'],
    ['the override spoof', 'notes\u202efdp.exe', 'notesfdp.exe'],
    ['an isolate around a word', 'Risk \u2067workshop\u2069.pdf', 'Risk workshop.pdf'],
    ['only bidirectional controls: the fallback', '\u202a\u202b\u202c\u202d', 'file'],
    ['a control beside an override, one dash', 'a\u0001\u202e\u0002b.pdf', 'a-b.pdf'],
  ])('%s', (_what, name, expected) => {
    expect(safeName(name, 'file')).toBe(expected);
  });

  it('an activity folder loses them too', () => {
    expect(safeName('Exam\u0085prep \u202egnirps', 'activity', { keepExtension: false })).toBe(
      'Exam-prep gnirps',
    );
  });

  it.each([
    'line\u0085break.pdf',
    'notes\u202efdp.exe',
    'a\u0001\u0090\u007fb.pdf',
    'Risk \u2067workshop\u2069.pdf',
  ])('the same name as a suggested save name: %j', (name) => {
    expect(safeName(name, 'file')).toBe(suggestedFileName(name));
  });

  it('paths in the pack carry neither', () => {
    const row: ClaimRow = {
      activityId: 'a1',
      provider: 'PMI',
      activityTitle: 'Risk\u0085work \u202eshop',
      startDate: '2025-03-10',
      completionDate: '2025-03-10',
      type: 'course-or-training',
      category: null,
      counted: {
        total: 2,
        byArea: { waysOfWorking: 2, powerSkills: 0, businessAcumen: 0 },
        education: 2,
        givingBack: 0,
        general: 0,
        practitioner: false,
        category: null,
      },
      claimCode: '',
      claimStatus: 'earned',
    };
    const plan = planAuditPack(
      { acronym: 'PMP', unit: 'PDU', recordRetentionMonths: null },
      { start: '2024-01-01', end: '2026-12-31' },
      [row],
      [{ id: 'e1', activityId: 'a1', name: 'notes\u202efdp.exe' }],
    );
    const paths = plan.files.map((f) => f.path);
    expect(paths).toEqual(['evidence/001-2025-03-10-Risk-work shop/notesfdp.exe']);
  });
});
