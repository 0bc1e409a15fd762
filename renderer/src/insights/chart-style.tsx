// Shared look of the recharts charts: theme colours through CSS custom properties (insights.css),
// so dark mode can change them; no animation (calm, and quick to draw).
import type { CSSProperties } from 'react';
import { fmt1 } from '../ui/format';

export const C = {
  mood: 'var(--chart-mood)',
  support: 'var(--chart-support)',
  felt: 'var(--chart-felt)',
  cost: 'var(--chart-cost)',
  received: 'var(--chart-received)',
  gave: 'var(--chart-gave)',
  both: 'var(--chart-both)',
  with: 'var(--chart-with)',
  without: 'var(--chart-without)',
  circle: 'var(--chart-circle)',
  grid: 'var(--border)',
  text: 'var(--muted)',
} as const;

export const KIND_COLOURS = {
  emotional: 'var(--chart-k-emotional)',
  practical: 'var(--chart-k-practical)',
  informational: 'var(--chart-k-informational)',
  financial: 'var(--chart-k-financial)',
  companionship: 'var(--chart-k-companionship)',
  esteem: 'var(--chart-k-esteem)',
} as const;

export const tick = { fill: C.text, fontSize: 12 };

/**
 * Opacity of a day's point. Fully opaque: each series colour is at least 3:1 against the panel in
 * both themes, and a see-through point (45% was about 2:1) would lose that.
 */
export const POINT_OPACITY = 1;

export const tooltipProps = {
  contentStyle: {
    background: 'var(--surface)',
    border: '1px solid var(--border)',
    borderRadius: 6,
    color: 'var(--text)',
  } satisfies CSSProperties,
  labelStyle: { color: 'var(--text)', fontWeight: 600 } satisfies CSSProperties,
  itemStyle: { color: 'var(--text)' } satisfies CSSProperties,
  formatter: (value: unknown) => (typeof value === 'number' ? fmt1(value) : String(value ?? '–')),
  isAnimationActive: false,
} as const;

export const integerTooltip = {
  ...tooltipProps,
  formatter: (value: unknown) => String(value ?? '–'),
};
