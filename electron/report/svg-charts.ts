// The report's charts as inline SVG strings, drawn by hand: the report must open offline under a
// strict CSP, in the app's preview and in print, so no chart library and no inline styles (only
// SVG presentation attributes and the report's classes). Every chart is role="img" with a title
// and a description, and reads in greyscale: series differ by dash pattern and marker shape and
// are labelled directly, never by colour alone.

/** The one escaper of the report's markup: text and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/** Coordinates with at most one decimal: short markup, no visible rounding. */
const n1 = (n: number) => String(Math.round(n * 10) / 10);

interface ChartText {
  /** Unique in the page: prefixes the ids of the title and the description. */
  id: string;
  title: string;
  desc: string;
}

const WIDTH = 640;

function open(text: ChartText, height: number): string {
  const id = escapeHtml(text.id);
  return (
    `<svg class="hr-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeHtml(text.title)}</title><desc id="${id}-desc">${escapeHtml(text.desc)}</desc>`
  );
}

function label(x: number, y: number, text: string, attrs = ''): string {
  return `<text x="${n1(x)}" y="${n1(y)}" font-size="12" fill="#1a1a1a"${attrs ? ` ${attrs}` : ''}>${escapeHtml(text)}</text>`;
}

/** Horizontal grid lines and labels of a 0-10 style value axis. */
function valueAxis(top: number, bottom: number, left: number, right: number, min: number, max: number, step: number): string {
  let out = '';
  for (let v = min; v <= max; v += step) {
    const y = bottom - ((v - min) / (max - min)) * (bottom - top);
    out += `<line x1="${left}" x2="${right}" y1="${n1(y)}" y2="${n1(y)}" stroke="#c8c8c8" stroke-width="1"/>`;
    out += label(left - 6, y + 4, String(v), 'text-anchor="end"');
  }
  return out;
}

export type MarkerShape = 'circle' | 'square' | 'triangle';

function marker(shape: MarkerShape, x: number, y: number, size: number, colour: string): string {
  if (shape === 'circle') return `<circle cx="${n1(x)}" cy="${n1(y)}" r="${n1(size)}" fill="${colour}"/>`;
  if (shape === 'square') return `<rect x="${n1(x - size)}" y="${n1(y - size)}" width="${n1(size * 2)}" height="${n1(size * 2)}" fill="${colour}"/>`;
  const h = size * 1.2;
  return `<path d="M${n1(x)} ${n1(y - h)}L${n1(x + h)} ${n1(y + h)}L${n1(x - h)} ${n1(y + h)}Z" fill="${colour}"/>`;
}

export interface LineSeries {
  name: string;
  /** One value per x label; null is a gap, never drawn as zero. */
  values: readonly (number | null)[];
  colour: string;
  /** SVG stroke-dasharray, or '' for a solid line. */
  dash: string;
  marker: MarkerShape;
}

export interface LineChartSpec extends ChartText {
  /** One per point; "3 Mar\n2026" is written on two lines. */
  xLabels: readonly string[];
  series: readonly LineSeries[];
  min: number;
  max: number;
  step: number;
}

/** With more points than this, markers would merge into a band: only ends and lone points get one. */
const MARKERS_UP_TO = 40;
/** At most this many x labels, so they never overlap. */
const MAX_X_LABELS = 8;

export function lineChart(spec: LineChartSpec): string {
  const height = 300;
  const left = 40;
  const right = WIDTH - 120;
  const top = 16;
  const bottom = height - 40;
  const count = spec.xLabels.length;
  const xAt = (i: number) => left + ((i + 0.5) * (right - left)) / Math.max(count, 1);
  const yAt = (v: number) => bottom - ((v - spec.min) / (spec.max - spec.min)) * (bottom - top);
  let out = open(spec, height) + valueAxis(top, bottom, left, right, spec.min, spec.max, spec.step);
  out += `<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="#1a1a1a" stroke-width="1"/>`;
  const every = Math.max(1, Math.ceil(count / MAX_X_LABELS));
  spec.xLabels.forEach((text, i) => {
    if (i % every !== 0) return;
    out += `<line x1="${n1(xAt(i))}" x2="${n1(xAt(i))}" y1="${bottom}" y2="${bottom + 4}" stroke="#1a1a1a" stroke-width="1"/>`;
    // A second line (after "\n") carries the year where it changes.
    text.split('\n').forEach((line, j) => (out += label(xAt(i), bottom + 18 + j * 14, line, 'text-anchor="middle"')));
  });
  const ends: { y: number; series: LineSeries }[] = [];
  for (const s of spec.series) {
    let d = '';
    let marks = '';
    let last = -1;
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i] ?? null;
      if (v === null) continue;
      const prev = s.values[i - 1] ?? null;
      const next = s.values[i + 1] ?? null;
      d += `${prev === null ? 'M' : 'L'}${n1(xAt(i))} ${n1(yAt(v))}`;
      if (count <= MARKERS_UP_TO || (prev === null && next === null)) marks += marker(s.marker, xAt(i), yAt(v), 4, s.colour);
      last = i;
    }
    if (d !== '') {
      out += `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2.5" stroke-linejoin="round"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`;
    }
    out += marks;
    const lastValue = s.values[last] ?? null;
    if (lastValue !== null) {
      if (count > MARKERS_UP_TO) out += marker(s.marker, xAt(last), yAt(lastValue), 4, s.colour);
      ends.push({ y: yAt(lastValue), series: s });
    }
  }
  // Direct labels at the right edge, pushed apart where the lines end close together.
  ends.sort((a, b) => a.y - b.y);
  let floor = -Infinity;
  for (const end of ends) {
    const y = Math.max(end.y, floor + 16);
    floor = y;
    const s = end.series;
    out += `<line x1="${right + 4}" x2="${right + 26}" y1="${n1(y)}" y2="${n1(y)}" stroke="${s.colour}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`;
    out += marker(s.marker, right + 15, y, 4, s.colour);
    out += label(right + 32, y + 4, s.name);
  }
  return `${out}</svg>`;
}

export interface ScatterSpec extends ChartText {
  points: readonly { x: number; y: number }[];
  xName: string;
  yName: string;
  min: number;
  max: number;
  step: number;
}

/** Points on the same spot are drawn once, larger (area grows with the count). */
export function scatterChart(spec: ScatterSpec): string {
  const height = 360;
  const left = 56;
  const right = WIDTH - 24;
  const top = 16;
  const bottom = height - 52;
  const xAt = (v: number) => left + ((v - spec.min) / (spec.max - spec.min)) * (right - left);
  const yAt = (v: number) => bottom - ((v - spec.min) / (spec.max - spec.min)) * (bottom - top);
  let out = open(spec, height) + valueAxis(top, bottom, left, right, spec.min, spec.max, spec.step);
  for (let v = spec.min; v <= spec.max; v += spec.step) {
    out += label(xAt(v), bottom + 18, String(v), 'text-anchor="middle"');
  }
  out += `<line x1="${left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="#1a1a1a" stroke-width="1"/>`;
  out += label((left + right) / 2, height - 10, spec.xName, 'text-anchor="middle"');
  out += label(14, (top + bottom) / 2, spec.yName, `text-anchor="middle" transform="rotate(-90 14 ${n1((top + bottom) / 2)})"`);
  const spots = new Map<string, { x: number; y: number; count: number }>();
  for (const p of spec.points) {
    const key = `${p.x.toFixed(1)} ${p.y.toFixed(1)}`;
    const spot = spots.get(key);
    if (spot) spot.count += 1;
    else spots.set(key, { x: p.x, y: p.y, count: 1 });
  }
  for (const s of spots.values()) {
    out += `<circle cx="${n1(xAt(s.x))}" cy="${n1(yAt(s.y))}" r="${n1(3.5 * Math.sqrt(s.count))}" fill="#1f5fa8" fill-opacity="0.45" stroke="#0b2f57" stroke-width="1"/>`;
  }
  return `${out}</svg>`;
}

export interface BarSpec extends ChartText {
  bars: readonly { label: string; value: number | null }[];
  /** The end of the value axis (e.g. 10 for a 0-10 scale); the largest value when absent or smaller. */
  max?: number;
  format: (value: number) => string;
}

/** Horizontal bars with the value written at the end of each; a missing value says so in words. */
export function barChart(spec: BarSpec): string {
  const row = 30;
  const left = 170;
  const right = WIDTH - 90;
  const top = 8;
  const height = top * 2 + row * spec.bars.length;
  // The floor keeps all-zero bars at zero width instead of NaN.
  const max = Math.max(spec.max ?? 0, ...spec.bars.map((b) => b.value ?? 0), 1e-9);
  let out = open(spec, height);
  out += `<line x1="${left}" x2="${left}" y1="${top}" y2="${height - top}" stroke="#1a1a1a" stroke-width="1"/>`;
  spec.bars.forEach((b, i) => {
    const y = top + i * row;
    out += label(left - 8, y + row / 2 + 4, b.label, 'text-anchor="end"');
    if (b.value === null) {
      out += label(left + 8, y + row / 2 + 4, 'not recorded', 'font-style="italic"');
      return;
    }
    const w = (b.value / max) * (right - left);
    out += `<rect x="${left}" y="${y + 5}" width="${n1(w)}" height="${row - 10}" fill="#1f5fa8" stroke="#0b2f57" stroke-width="1"/>`;
    out += label(left + w + 6, y + row / 2 + 4, spec.format(b.value));
  });
  return `${out}</svg>`;
}
