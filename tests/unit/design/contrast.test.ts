import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * WCAG 2.1 AA contrast for the colour tokens in renderer/src/styles.css, in both themes.
 * Relative luminance and contrast ratio as defined in WCAG 2.1 (§1.4.3 text 4.5:1, §1.4.11
 * non-text 3:1): https://www.w3.org/TR/WCAG21/#dfn-relative-luminance
 */
function luminance(hex: string): number {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const css = readFileSync('renderer/src/styles.css', 'utf8');

/** The custom properties declared in the first block that starts with `selector {`. */
function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1]!, m[2]!]),
  );
}

const light = tokens(':root');
const themes = { light, dark: { ...light, ...tokens(":root[data-theme='dark']") } };

/** [foreground, background, minimum ratio, where the pair is used] */
const pairs: [string, string, number, string][] = [
  ['text', 'bg', 4.5, 'body text'],
  ['text', 'surface', 4.5, 'text on cards and dialogs'],
  ['muted', 'bg', 4.5, 'hints on the page'],
  ['muted', 'surface', 4.5, 'hints on cards'],
  ['accent', 'bg', 4.5, 'links on the page'],
  ['accent', 'surface', 4.5, 'links and secondary buttons on cards'],
  ['accent-text', 'accent', 4.5, 'primary buttons, current sidebar item, chosen command'],
  ['text', 'accent-soft', 4.5, 'sidebar hover, current rung, sample banner'],
  ['accent', 'accent-soft', 4.5, 'links inside highlighted cards'],
  ['danger', 'bg', 4.5, 'error text on the page'],
  ['danger', 'surface', 4.5, 'error text on cards'],
  ['warning-text', 'warning-bg', 4.5, 'warning banners'],
  ['success', 'bg', 4.5, 'saved notes on the page'],
  ['success', 'surface', 4.5, 'saved notes and met marks on cards'],
  ['bg', 'text', 4.5, 'the undo toast'],
  ['focus', 'bg', 3, 'focus ring on the page'],
  ['focus', 'surface', 3, 'focus ring on cards'],
  ['control-border', 'surface', 3, 'edges of inputs and selects'],
  ['control-border', 'bg', 3, 'edges of inputs on the page'],
  ['accent', 'accent-soft', 3, 'chart bars against their track'],
  ['success', 'accent-soft', 3, 'met chart bars against their track'],
];

describe('the contrast formula', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#595959', '#fff', 7],
  ])('%s on %s is %s:1', (fg, bg, ratio) => {
    expect(contrast(fg, bg)).toBeCloseTo(ratio, 1);
  });
});

describe.each(Object.entries(themes))('%s theme tokens', (_name, theme) => {
  it.each(pairs)('%s on %s reaches %s:1 (%s)', (fg, bg, min) => {
    expect(theme[fg], `--${fg} is declared`).toMatch(/^#/);
    expect(theme[bg], `--${bg} is declared`).toMatch(/^#/);
    expect(contrast(theme[fg]!, theme[bg]!)).toBeGreaterThanOrEqual(min);
  });
});
