/**
 * Words for a row in which a quotation mark is never closed (UNCLOSED_QUOTE, readRows), and the
 * one wording of a row's error that knows them: the preview and the rows not imported (on the
 * finished screen and in their saved CSV) both use rowErrorText, so the row says the same
 * everywhere. Every other error is worded by rowIssueText (messages.ts).
 */
import { UNCLOSED_QUOTE, type RowIssue } from '../../../../shared/domain/import';
import { formatNumber } from '../../components/format';
import { rowIssueText } from './messages';

const FIX =
  'Close or remove the quotation mark in the spreadsheet, save it as CSV again, then import the file again.';

/**
 * "A quotation mark in this row is never closed, so the next 2 lines of the file were read into
 * this row and are not imported either. Close or remove …": `lines` is how many lines it
 * swallowed (none when the rest of its own line was all it took).
 */
export function unclosedQuoteRowText(lines: number): string {
  const swallowed =
    lines === 0
      ? 'so the rest of the line was read into one cell'
      : lines === 1
        ? 'so the next line of the file was read into this row and is not imported either'
        : `so the next ${formatNumber(lines)} lines of the file were read into this row and are not imported either`;
  return `A quotation mark in this row is never closed, ${swallowed}. ${FIX}`;
}

/** One error of a row in words (rowIssueText, or the unclosed quotation mark's). */
export function rowErrorText(issue: RowIssue): string {
  return issue.code === UNCLOSED_QUOTE
    ? unclosedQuoteRowText(issue.actual ?? 0)
    : rowIssueText(issue);
}
