// The report's charts as PDF vector paths. Everything is grey, and series differ by line style and
// marker shape as well as shade, so a chart printed in black and white reads the same.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartFonts {
  regular: string;
  bold: string;
}

export interface LineSeries {
  label: string;
  /** One value per category; null is a gap in the line, never interpolated. */
  values: (number | null)[];
  style: 'solid' | 'dashed';
  marker: 'circle' | 'square';
}

export interface Bar {
  label: string;
  value: number;
}

type Doc = PDFKit.PDFDocument;

const INK = '#000000';
const AXIS = '#333333';
const GRID = '#d9d9d9';
const LABEL = '#333333';
const SERIES_INK = { solid: '#000000', dashed: '#4d4d4d' } as const;
const DASH = { length: 5, space: 3 };
/** Dark to light, each outlined, so neighbouring bars stay apart on any printer. */
const BAR_SHADES = ['#262626', '#595959', '#8c8c8c', '#b3b3b3', '#d4d4d4', '#f0f0f0'];
const TICK_FONT = 7.5;
const SCALE_TICKS = [0, 2, 4, 6, 8, 10];

export const isValue = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

function label(doc: Doc, font: string, size: number, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = {}): void {
  doc.font(font).fontSize(size).fillColor(LABEL).text(text, x, y, { lineBreak: false, ...options });
}

function marker(doc: Doc, shape: LineSeries['marker'], x: number, y: number, r: number, ink: string): void {
  if (shape === 'circle') {
    doc.circle(x, y, r).fill(ink);
  } else {
    // Hollow squares: still a square when it sits on top of a filled circle.
    doc.save().lineWidth(1).rect(x - r, y - r, 2 * r, 2 * r).fillAndStroke('#ffffff', ink).restore();
  }
}

function lineSample(doc: Doc, s: LineSeries, x: number, y: number): void {
  doc.save().lineWidth(1.5).strokeColor(SERIES_INK[s.style]);
  if (s.style === 'dashed') doc.dash(DASH.length, { space: DASH.space });
  doc.moveTo(x, y).lineTo(x + 24, y).stroke();
  doc.restore();
  marker(doc, s.marker, x + 12, y, 2.5, SERIES_INK[s.style]);
}

/** Horizontal grid and labels for the shared 0–10 scale of mood and felt support. */
function yScale(doc: Doc, fonts: ChartFonts, plot: Box, y: (v: number) => number): void {
  doc.save().lineWidth(0.5).strokeColor(GRID);
  for (const t of SCALE_TICKS) doc.moveTo(plot.x, y(t)).lineTo(plot.x + plot.width, y(t)).stroke();
  doc.restore();
  for (const t of SCALE_TICKS) label(doc, fonts.regular, TICK_FONT, String(t), plot.x - 22, y(t) - 3.5, { width: 17, align: 'right' });
}

function axes(doc: Doc, plot: Box): void {
  doc.save().lineWidth(0.8).strokeColor(AXIS);
  doc.moveTo(plot.x, plot.y).lineTo(plot.x, plot.y + plot.height).lineTo(plot.x + plot.width, plot.y + plot.height).stroke();
  doc.restore();
}

/** Moves labels apart vertically so that none overlaps the one before it. */
function spread(ys: number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const out = [...ys];
  let last = -Infinity;
  for (const { y, i } of order) {
    out[i] = Math.max(y, last + gap);
    last = out[i]!;
  }
  return out;
}

/** Indexes of the unbroken stretches of values between gaps. */
function runs(values: (number | null)[]): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  values.forEach((v, i) => {
    if (isValue(v)) {
      run.push(i);
    } else if (run.length > 0) {
      out.push(run);
      run = [];
    }
  });
  if (run.length > 0) out.push(run);
  return out;
}

/**
 * Series on the 0–10 scale over evenly spaced categories (buckets of time), with a legend on top
 * and each series named again at its last point.
 */
export function lineChart(doc: Doc, fonts: ChartFonts, box: Box, categories: string[], series: LineSeries[], yTitle: string): void {
  const plot: Box = { x: box.x + 28, y: box.y + 30, width: box.width - 28 - 78, height: box.height - 30 - 26 };
  const n = categories.length;
  const step = plot.width / n;
  const x = (i: number) => plot.x + (i + 0.5) * step;
  const y = (v: number) => plot.y + plot.height - (v / 10) * plot.height;

  label(doc, fonts.regular, TICK_FONT, yTitle, box.x, box.y + 14);
  let legendX = plot.x;
  for (const s of series) {
    lineSample(doc, s, legendX, box.y + 4);
    label(doc, fonts.regular, 8.5, s.label, legendX + 30, box.y);
    legendX += 30 + doc.widthOfString(s.label) + 18;
  }

  yScale(doc, fonts, plot, y);
  axes(doc, plot);

  // Tick every category, label as many as fit without touching.
  doc.font(fonts.regular).fontSize(TICK_FONT);
  const labelWidth = Math.max(...categories.map((c) => doc.widthOfString(c))) + 8;
  const every = Math.max(1, Math.ceil(labelWidth / step));
  doc.save().lineWidth(0.5).strokeColor(AXIS);
  for (let i = 0; i < n; i++) {
    const len = i % every === 0 ? 4 : 2;
    doc.moveTo(x(i), plot.y + plot.height).lineTo(x(i), plot.y + plot.height + len).stroke();
  }
  doc.restore();
  for (let i = 0; i < n; i += every) {
    label(doc, fonts.regular, TICK_FONT, categories[i]!, x(i) - labelWidth / 2, plot.y + plot.height + 7, { width: labelWidth, align: 'center' });
  }

  const r = step >= 8 ? 2.5 : 1.8;
  const ends: { s: LineSeries; y: number }[] = [];
  for (const s of series) {
    const ink = SERIES_INK[s.style];
    doc.save().lineWidth(1.5).strokeColor(ink).lineJoin('round');
    if (s.style === 'dashed') doc.dash(DASH.length, { space: DASH.space });
    for (const run of runs(s.values)) {
      if (run.length < 2) continue;
      doc.moveTo(x(run[0]!), y(s.values[run[0]!]!));
      for (const i of run.slice(1)) doc.lineTo(x(i), y(s.values[i]!));
      doc.stroke();
    }
    doc.restore();
    s.values.forEach((v, i) => {
      if (isValue(v)) marker(doc, s.marker, x(i), y(v), r, ink);
    });
    const last = s.values.findLastIndex(isValue);
    if (last >= 0) ends.push({ s, y: y(s.values[last]!) });
  }
  const labelYs = spread(
    ends.map((e) => e.y - 4.5),
    11,
  );
  ends.forEach((e, i) => {
    label(doc, fonts.bold, 8, e.s.label, plot.x + plot.width + 6, labelYs[i]!, { width: 72 });
  });
}

/** One point per pair, both on the 0–10 scale; translucent fills let piled-up days show darker. */
export function scatterChart(doc: Doc, fonts: ChartFonts, box: Box, points: { x: number; y: number }[], xTitle: string, yTitle: string): void {
  const plot: Box = { x: box.x + 28, y: box.y + 16, width: box.width - 28 - 8, height: box.height - 16 - 34 };
  const px = (v: number) => plot.x + (v / 10) * plot.width;
  const py = (v: number) => plot.y + plot.height - (v / 10) * plot.height;

  label(doc, fonts.regular, TICK_FONT, yTitle, box.x, box.y);
  yScale(doc, fonts, plot, py);
  doc.save().lineWidth(0.5).strokeColor(GRID);
  for (const t of SCALE_TICKS) doc.moveTo(px(t), plot.y).lineTo(px(t), plot.y + plot.height).stroke();
  doc.restore();
  axes(doc, plot);
  for (const t of SCALE_TICKS) label(doc, fonts.regular, TICK_FONT, String(t), px(t) - 10, plot.y + plot.height + 5, { width: 20, align: 'center' });
  label(doc, fonts.regular, TICK_FONT, xTitle, plot.x, plot.y + plot.height + 18, { width: plot.width, align: 'center' });

  doc.save().lineWidth(0.6).fillOpacity(0.3).strokeColor(INK);
  for (const p of points) doc.circle(px(p.x), py(p.y), 3).fillAndStroke(INK, INK);
  doc.restore();
}

/** Horizontal bars, one grey shade each, named on the left and counted on the right. */
export function barChart(doc: Doc, fonts: ChartFonts, box: Box, bars: Bar[]): void {
  const barHeight = 14;
  const gap = (box.height - bars.length * barHeight) / Math.max(1, bars.length);
  const labelWidth = 96;
  const valueWidth = 40;
  const area = { x: box.x + labelWidth, width: box.width - labelWidth - valueWidth };
  const max = Math.max(1, ...bars.map((b) => b.value));

  bars.forEach((b, i) => {
    const top = box.y + gap / 2 + i * (barHeight + gap);
    const w = (b.value / max) * area.width;
    label(doc, fonts.regular, 9, b.label, box.x, top + 2.5, { width: labelWidth - 8, align: 'right' });
    if (w > 0) doc.save().lineWidth(0.6).rect(area.x, top, w, barHeight).fillAndStroke(BAR_SHADES[i % BAR_SHADES.length]!, INK).restore();
    label(doc, fonts.bold, 9, String(b.value), area.x + w + 5, top + 2.5);
  });
  doc.save().lineWidth(0.8).strokeColor(AXIS).moveTo(area.x, box.y).lineTo(area.x, box.y + box.height).stroke().restore();
}
