/**
 * Words for how an exam is sat and what its edition changed (domain-facts §3). The catalogue
 * holds codes and numbers (shared/catalog/exams/formats.ts); this turns them into words.
 */
import type { Sourced } from '../../../../shared/catalog/credentials';
import {
  passCount,
  type EditionChange,
  type ExamEdition,
  type ExamFormat,
  type ExamSize,
} from '../../../../shared/catalog/exams';
import { formatMonth, formatNumber, formatPercent, listText } from '../../components/format';
import { credentialName } from './eligibility-messages';

const changeWords: Record<EditionChange, string> = {
  'themes-became-practices': 'the themes are now called practices',
  'people-added': 'people are now a part of the method in their own right',
  'sustainability-performance-target': 'sustainability is now one of the performance targets',
};

/** "PRINCE2 7" */
export function editionName(e: ExamEdition): string {
  return `PRINCE2 ${e.number.value}`;
}

/** "PRINCE2 7 exams since Sep 2023. What changed: the themes are now called practices, …" */
export function editionSentence(e: ExamEdition): string {
  const changes = listText(e.changes.value.map((c) => changeWords[c]));
  return `${editionName(e)} exams since ${formatMonth(e.since.value)}. What changed from the edition before: ${changes}.`;
}

const sizeText = (s: ExamSize) => `${formatNumber(s.count)} ${s.unit}`;

/** One fact of an exam's format per row: what it is and its value, with its source. */
export interface FormatRow {
  what: string;
  value: string;
  source: Sourced<unknown>;
}

export function formatRows(f: ExamFormat): FormatRow[] {
  const size = f.size.value;
  const toPass = passCount(f);
  return [
    {
      what: size.unit === 'questions' ? 'Questions' : 'Marks',
      value: sizeText(size),
      source: f.size,
    },
    { what: 'Time', value: `${formatNumber(f.minutes.value)} minutes`, source: f.minutes },
    {
      what: 'Pass mark',
      value: `${formatPercent(f.passPercent.value)} (${formatNumber(toPass)} of ${sizeText(size)})`,
      source: f.passPercent,
    },
    {
      what: 'Books and notes',
      value: f.openBook.value ? 'Open book' : 'Closed book',
      source: f.openBook,
    },
  ];
}

/** "PRINCE2 Foundation exam (PRINCE2 7)" */
export function formatCaption(f: ExamFormat, e: ExamEdition | undefined): string {
  const exam = `${credentialName(f.credentialId)} exam`;
  return e ? `${exam} (${editionName(e)})` : exam;
}

/** Why an exam other than the card's own is shown on it: it lets you sit the card's exam. */
export function shownHereText(credentialId: string, acronym: string): string {
  return `${credentialName(credentialId)} is here too: it is one of the credentials that let you sit ${acronym}.`;
}
