// The "Check-ins" section of the PDF report, drawn with the PDF's own pen (heading, paragraph,
// table), in the same words as the HTML (./report-checkins.ts).
import { CHECKIN_INTRO, checkinTables, NO_CHECKINS } from './report-checkins';
import type { ReportModel } from './report-types';

export interface CheckinPen {
  heading(title: string): void;
  subheading(title: string): void;
  paragraph(text: string, muted?: boolean): void;
  /** Columns share the width; the first is the date. */
  table(head: string[], rows: string[][]): void;
}

export function drawCheckins(pen: CheckinPen, model: ReportModel): void {
  pen.heading('Check-ins');
  pen.paragraph(CHECKIN_INTRO);
  const tables = checkinTables(model.checkins ?? []);
  if (tables.length === 0) pen.paragraph(NO_CHECKINS);
  for (const t of tables) {
    pen.subheading(t.title);
    t.lines.forEach((line, i) => pen.paragraph(line, i > 0));
    pen.table(t.head, t.rows);
  }
}
