// The PDF of the report's section on help received and feeling supported, and its key to the kinds
// of support and cost: the same words and rows as the HTML (help-words.ts), drawn with the pen
// report-pdf.ts hands over, so headings, paragraphs and tables are tagged the same way.
import type { Claim } from '../../shared/insights-text';
import { helpReport, supportKey } from './help-words';
import type { ReportModel } from './report-types';
import { SECTION_TITLES } from './report-words';

const MUTED = '#404040';
const SMALL = { color: MUTED, size: 8.5 };

export interface PdfPen {
  heading(title: string, keep: number): void;
  paragraph(text: string, style?: { tag?: 'P' | 'H3'; bold?: boolean; size?: number; color?: string; indent?: number; after?: number }): void;
  claim(c: Claim): void;
  table(columns: { title: string; width: number; align: 'left' | 'right' }[], rows: string[][]): void;
  /** Width of the text column, in points. */
  width: number;
}

const subheading = (pen: PdfPen, text: string) => pen.paragraph(text, { tag: 'H3', bold: true, size: 10.5, after: 3 });
const bullets = (pen: PdfPen, items: readonly string[]) => items.forEach((i) => pen.paragraph(`• ${i}`, { indent: 10, after: 2 }));

export function drawSupportKey(pen: PdfPen): void {
  const key = supportKey();
  subheading(pen, 'Key: kinds of support and cost');
  pen.paragraph(key.kinds, SMALL);
  for (const r of key.kindRows) pen.paragraph(`${r.term}: ${r.meaning}`, { ...SMALL, indent: 10, after: 2 });
  pen.paragraph(key.cost, SMALL);
}

export function drawHelp(pen: PdfPen, model: ReportModel): void {
  const h = helpReport(model.insights);
  pen.heading(SECTION_TITLES.help, 80);
  pen.paragraph(h.definition, SMALL);
  pen.paragraph(h.figures);
  pen.claim(h.claim);
  if (h.open !== null) pen.paragraph(h.open, SMALL);
  for (const x of h.mismatches) {
    subheading(pen, x.title);
    pen.paragraph(x.meaning, SMALL);
    bullets(pen, x.days);
  }
  subheading(pen, 'Asking for help');
  bullets(pen, h.asked);
  subheading(pen, 'How support came');
  pen.table(
    [
      { title: 'Channel', width: pen.width - 180, align: 'left' },
      { title: 'Interactions', width: 80, align: 'right' },
      { title: 'Mean felt', width: 100, align: 'right' },
    ],
    h.channels.map((c) => [c.channel, c.interactions, c.felt]),
  );
  subheading(pen, 'Which way support went');
  pen.paragraph(h.reciprocity);
  for (const g of h.groups) {
    pen.paragraph(g.title, { bold: true, after: 1 });
    pen.paragraph(g.hint, SMALL);
    if (g.people.length > 0) bullets(pen, g.people);
    else pen.paragraph('No one in this range.', { indent: 10 });
  }
  if (h.notRecorded !== null) pen.paragraph(h.notRecorded);
  pen.paragraph(h.mixed, SMALL);
  drawSupportKey(pen);
}
