/**
 * Which character separates the cells (issue 4 part 5: semicolon-separated files). Excel
 * writes "CSV" with the list separator of the user's region: a semicolon wherever the
 * comma is the decimal mark (most of Europe), a comma elsewhere; "Unicode text" is
 * tab-separated. The separator is the candidate found the same number of times on most
 * of the first lines, outside quotes; the more of it per line, the likelier.
 *
 * Ascent decision: a first line "sep=;" (Excel writes and reads it: "sep=," "sep=;" "sep=|", or
 * a tab after "sep=") names the separator, and is used rather than guessed. Excel does not show
 * it as a row, so neither does Ascent: the row numbers stay the spreadsheet's.
 */
export const delimiters = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiters)[number];

const SAMPLE_LINES = 20;

/** How often `d` appears outside double quotes in `line`. */
function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n += 1;
  }
  return n;
}

function consistency(lines: readonly string[], d: string): { lines: number; perLine: number } {
  const tally = new Map<number, number>();
  for (const line of lines) {
    const n = countOutsideQuotes(line, d);
    if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
  }
  let best = { lines: 0, perLine: 0 };
  for (const [perLine, count] of tally) {
    if (count > best.lines || (count === best.lines && perLine > best.perLine)) {
      best = { lines: count, perLine };
    }
  }
  return best;
}

/** Excel's separator line: "sep=" and one separator, alone on the first line. */
const SEPARATOR_LINE = /^sep=(.)[ ]*(?:\r\n|\n|\r|$)/i;

/**
 * The separator a text's first line names ("sep=;"), and the text after that line; null when
 * its first line is not one naming a separator Ascent reads.
 */
export function separatorLine(text: string): { delimiter: Delimiter; rest: string } | null {
  const clean = text.replace(/^\uFEFF/, '');
  const m = SEPARATOR_LINE.exec(clean);
  const d = m?.[1] as Delimiter | undefined;
  return m && d && delimiters.includes(d) ? { delimiter: d, rest: clean.slice(m[0].length) } : null;
}

/**
 * The separator of a CSV text: the one its "sep=" line names, else the likeliest; a comma when
 * nothing else is found.
 */
export function guessDelimiter(text: string): Delimiter {
  const named = separatorLine(text);
  if (named) return named.delimiter;
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, SAMPLE_LINES);
  let choice: Delimiter = ',';
  let best = { lines: 0, perLine: 0 };
  for (const d of delimiters) {
    const c = consistency(lines, d);
    if (c.lines > best.lines || (c.lines === best.lines && c.perLine > best.perLine)) {
      [choice, best] = [d, c];
    }
  }
  return choice;
}
