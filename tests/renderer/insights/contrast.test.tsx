// Non-text contrast (WCAG 1.4.11, at least 3:1) of the Insights colours that carry meaning: each
// day's point, blended at the opacity it is drawn with, and every Year-in-pixels step, against the
// panel background, in the light and the dark theme. The colours are read from the style sheets.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POINT_OPACITY } from '../../../renderer/src/insights/chart-style';

type Theme = 'light' | 'dark';
type Rgb = [number, number, number];

const css = ['renderer/src/styles.css', 'renderer/src/insights/insights.css'].map((f) => readFileSync(f, 'utf8')).join('\n');

/** The value of a custom property in a theme: `light-dark(#a, #b)` or a single colour. */
function colour(name: string, theme: Theme): string {
  const m = new RegExp(`--${name}:\\s*([^;]+);`).exec(css);
  if (!m) throw new Error(`--${name} is not defined`);
  const value = m[1]!.trim();
  const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value);
  if (pair) return theme === 'light' ? pair[1]! : pair[2]!;
  if (/^#[0-9a-f]{6}$/i.test(value)) return value;
  throw new Error(`--${name} is not a colour this test reads: ${value}`);
}

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/** Relative luminance, as WCAG 2 defines it. */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A colour drawn at `alpha` over `under`, as the screen shows it. */
const over = (top: Rgb, alpha: number, under: Rgb): Rgb => top.map((c, i) => Math.round(c * alpha + under[i]! * (1 - alpha))) as Rgb;

describe('the contrast computation itself', () => {
  it('gives the known ratios', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast([255, 255, 255], [255, 255, 255])).toBe(1);
    // #767676 on white is the classic 4.54:1.
    expect(contrast(rgb('#767676'), [255, 255, 255])).toBeCloseTo(4.54, 2);
    expect(over([0, 0, 0], 0.5, [255, 255, 255])).toEqual([128, 128, 128]);
  });
});

for (const theme of ['light', 'dark'] as const) {
  describe(`${theme} theme`, () => {
    const panel = rgb(colour('surface', theme));

    it.each(['chart-mood', 'chart-support'])('a day’s point in %s is at least 3:1 against the panel', (name) => {
      const drawn = over(rgb(colour(name, theme)), POINT_OPACITY, panel);
      expect(contrast(drawn, panel)).toBeGreaterThanOrEqual(3);
    });

    it.each(['mood', 'support'])('every Year-in-pixels step of %s is at least 3:1 against the panel, faint to strong', (measure) => {
      const ratios = [0, 1, 2, 3, 4].map((step) => contrast(rgb(colour(`px-${measure}-${step}`, theme)), panel));
      for (const r of ratios) expect(r).toBeGreaterThanOrEqual(3);
      // Each step stands further from the panel than the one before.
      for (let i = 1; i < ratios.length; i++) expect(ratios[i]!).toBeGreaterThan(ratios[i - 1]!);
    });
  });
}
