// The PDF report's page layout: fonts, margins, inks, and the tagged building blocks (paragraphs,
// headings, rules, figure boxes, charts, tables, page numbers) that report-pdf.ts draws its
// sections with. Every block is tagged, so a screen reader reads the PDF in order.
import { createRequire } from 'node:module';
import type { Box, ChartFonts } from './pdf-charts';
import { PdfTags, type LeafType } from './pdf-tags';

export type Doc = PDFKit.PDFDocument;

/** The structure tree of each document being drawn. */
const TAGS = new WeakMap<Doc, PdfTags>();
export const tags = (doc: Doc) => TAGS.get(doc)!;

/** Begins the structure tree of a new document; every block below adds to it. */
export function startTags(doc: Doc): void {
  TAGS.set(doc, new PdfTags(doc));
}

// DejaVu Sans covers Latin, Greek and Cyrillic with their accents; pdfkit embeds only the glyphs used.
const localRequire = createRequire(import.meta.url);
export const FONTS: ChartFonts = {
  regular: localRequire.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: localRequire.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

export const MARGIN = { top: 56, bottom: 60, left: 56, right: 56 };
const INK = '#000000';
export const MUTED = '#404040';
const RULE = '#bfbfbf';
const BODY = 9.5;

/** Control characters (a tab, a stray escape) would print as boxes or odd gaps; newlines stay. */
export function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/(?!\n)\p{Cc}/gu, ' ');
}
export const oneLine = (text: string) => clean(text).replace(/\n/g, ' ');

export const contentWidth = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right;

/** Starts a new page unless `height` more points fit on this one. */
export function room(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN.bottom) doc.addPage();
}

interface TextStyle {
  /** The structure element the text is: a paragraph unless said otherwise. */
  tag?: LeafType;
  bold?: boolean;
  size?: number;
  color?: string;
  indent?: number;
  after?: number;
}

/** Wrapped text at the left margin; pdfkit carries it on to new pages when it runs over. */
export function paragraph(doc: Doc, text: string, style: TextStyle = {}): void {
  const indent = style.indent ?? 0;
  tags(doc).leaf(style.tag ?? 'P', () => {
    doc
      .font(style.bold ? FONTS.bold : FONTS.regular)
      .fontSize(style.size ?? BODY)
      .fillColor(style.color ?? INK)
      .text(text, MARGIN.left + indent, doc.y, { width: contentWidth(doc) - indent });
  });
  doc.y += style.after ?? 4;
}

/** A section heading, kept on one page with the first `keep` points of what follows it. */
export function heading(doc: Doc, title: string, keep: number): void {
  doc.y += 10;
  room(doc, 28 + keep);
  paragraph(doc, title, { tag: 'H2', bold: true, size: 14, after: 8 });
}

/** A line across the text column; draw it inside an artifact. */
function ruleLine(doc: Doc, color: string): void {
  const y = doc.y;
  doc.save().lineWidth(0.5).strokeColor(color).moveTo(MARGIN.left, y).lineTo(MARGIN.left + contentWidth(doc), y).stroke().restore();
}

export function rule(doc: Doc, color = RULE): void {
  tags(doc).artifact(() => ruleLine(doc, color));
}

/** A row of boxed figures: a small label over a large value. */
export function figures(doc: Doc, items: { label: string; value: string }[]): void {
  const height = 54;
  const gap = 8;
  const width = (contentWidth(doc) - gap * (items.length - 1)) / items.length;
  room(doc, height);
  const top = doc.y;
  items.forEach((item, i) => {
    const x = MARGIN.left + i * (width + gap);
    tags(doc).artifact(() => doc.save().lineWidth(0.6).strokeColor(RULE).roundedRect(x, top, width, height, 3).stroke().restore());
    // One paragraph each, read as "Entries 12".
    tags(doc).leaf('P', () => {
      doc.font(FONTS.regular).fontSize(7.5).fillColor(MUTED).text(item.label, x + 6, top + 5, { width: width - 12, height: 20 });
      doc.font(FONTS.bold).fontSize(16).fillColor(INK).text(item.value, x + 6, top + 28, { width: width - 12, lineBreak: false });
    });
  });
  doc.y = top + height + 8;
}

/** Draws a chart of `height` points below the text so far, on a new page if it does not fit; `alt` says what it shows. */
export function chart(doc: Doc, height: number, alt: string, draw: (box: Box) => void, width = contentWidth(doc)): void {
  room(doc, height);
  const box = { x: MARGIN.left, y: doc.y, width, height };
  tags(doc).leaf('Figure', () => draw(box), { alt, bbox: [box.x, box.y, box.x + width, box.y + height], placement: 'Block' });
  // The chart's labels move the text cursor; text goes on below the whole chart.
  doc.y = box.y + height + 8;
}

interface Column {
  title: string;
  width: number;
  align: 'left' | 'right';
}

/**
 * A table whose rows never split across pages; the header is repeated on each new page, as an
 * artifact, since the tagged table has it once.
 */
export function table(doc: Doc, columns: Column[], rows: string[][]): void {
  const t = tags(doc);
  const pad = 4;
  const style = (header: boolean) => doc.font(header ? FONTS.bold : FONTS.regular).fontSize(header ? 8.5 : BODY);
  const height = (cells: string[], header: boolean) => {
    style(header);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: columns[i]!.width - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], header: boolean, tagged: boolean) => {
    const top = doc.y;
    const bottom = top + height(cells, header);
    let x = MARGIN.left;
    const drawCells = () =>
      cells.forEach((c, i) => {
        const col = columns[i]!;
        const cellX = x;
        const draw = () => doc.fillColor(header ? MUTED : INK).text(c, cellX + pad, top + pad, { width: col.width - 2 * pad, align: col.align });
        if (!tagged) draw();
        else if (header) t.leaf('TH', draw, { scope: 'Column' });
        else t.leaf('TD', draw);
        x += col.width;
      });
    if (tagged) t.group('TR', drawCells);
    else drawCells();
    doc.y = bottom;
    if (tagged) rule(doc, header ? MUTED : RULE);
    else ruleLine(doc, MUTED);
  };
  const header = columns.map((c) => c.title);
  room(doc, height(header, true) + (rows[0] ? height(rows[0], false) : 0));
  t.group('Table', () => {
    drawRow(header, true, true);
    for (const row of rows) {
      if (doc.y + height(row, false) > doc.page.height - MARGIN.bottom) {
        doc.addPage();
        t.artifact(() => drawRow(header, true, false));
      }
      drawRow(row, false, true);
    }
  });
  doc.y += 8;
}

export function pageNumbers(doc: Doc): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise make pdfkit start yet another page.
    doc.page.margins.bottom = 0;
    tags(doc).artifact(
      () =>
        doc
          .font(FONTS.regular)
          .fontSize(8)
          .fillColor(MUTED)
          .text(`Page ${i + 1} of ${count}`, MARGIN.left, doc.page.height - 38, { width: contentWidth(doc), align: 'center', lineBreak: false }),
      'Pagination',
    );
    doc.page.margins.bottom = MARGIN.bottom;
  }
}
