/**
 * How the PRINCE2 7 exams are sat, and what the 7th edition changed (domain-facts.md §3,
 * confidence B). PRINCE2 Foundation has no eligibility rule (§2 lists none), so its format is
 * shown with PRINCE2 Practitioner, the exam it is a prerequisite of.
 */
import { sourced } from '../credentials/sources';
import { examCite } from './sources';
import type { ExamEdition, ExamEditionId, ExamFormat, ExamId } from './types';

const B = <T>(value: T) => sourced(value, 'B', examCite.prince2Seven);

export const examEditions: readonly ExamEdition[] = [
  {
    id: 'prince2-7',
    number: B(7),
    since: B('2023-09'),
    changes: B([
      'themes-became-practices',
      'people-added',
      'sustainability-performance-target',
    ] as const),
  },
];

export const examFormats: readonly ExamFormat[] = [
  {
    credentialId: 'prince2-foundation',
    edition: 'prince2-7',
    shownWith: 'prince2-practitioner',
    size: B({ count: 60, unit: 'questions' } as const),
    minutes: B(60),
    passPercent: B(60),
    // §3 calls only the Practitioner exam open book; closed book for Foundation is Ascent's
    // reading of that, which no source in §3 states outright.
    openBook: sourced(false, 'M', examCite.prince2Seven, {
      note: 'The sources call only the Practitioner exam open book; Ascent reads Foundation as closed book.',
    }),
  },
  {
    credentialId: 'prince2-practitioner',
    edition: 'prince2-7',
    shownWith: 'prince2-practitioner',
    size: B({ count: 70, unit: 'marks' } as const),
    minutes: B(150),
    passPercent: B(60),
    openBook: B(true),
  },
];

/** The formats the card of an exam shows, in the order they are taken (Foundation first). */
export function findExamFormats(examId: ExamId): readonly ExamFormat[] {
  return examFormats.filter((f) => f.shownWith === examId);
}

/** An exam edition by id. */
export function findExamEdition(id: ExamEditionId): ExamEdition | undefined {
  return examEditions.find((e) => e.id === id);
}

/**
 * The questions or marks needed to pass: the pass mark's share of the exam, rounded up, since
 * a part of a question cannot be scored (60 % of 60 questions → 36; of 70 marks → 42).
 */
export function passCount(f: Pick<ExamFormat, 'size' | 'passPercent'>): number {
  return Math.ceil((f.size.value.count * f.passPercent.value) / 100);
}
