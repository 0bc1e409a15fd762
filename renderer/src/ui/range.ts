// The ranges the Insights screen offers, and the query each one sends to window.hearth.insights.
export type Preset = '30' | '90' | '365' | 'all' | 'custom';

export const PRESETS: { value: Preset; label: string }[] = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'all', label: 'All' },
  { value: 'custom', label: 'Custom' },
];

export interface RangeQuery {
  from?: string;
  to?: string;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date (calendar arithmetic, no time zones). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** The query for a preset range ending today (inclusive): "30 days" is today and the 29 before it. */
export function presetQuery(preset: Exclude<Preset, 'custom'>, today: string): RangeQuery {
  switch (preset) {
    case 'all':
      return { to: today };
    case '30':
    case '90':
    case '365':
      return { from: addDays(today, -(Number(preset) - 1)), to: today };
  }
}
