// The PDF report's logical structure (a tagged PDF), so screen readers and reflowing readers get
// headings, paragraphs, tables and figures with alt text in reading order. Content drawn through
// `leaf` is marked and tied to its structure element; rules, boxes and page numbers are artifacts.
// pdfkit carries a marked run over a page break by itself.

type Doc = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

export type LeafType = 'H1' | 'H2' | 'H3' | 'P' | 'TH' | 'TD' | 'Figure';
export type GroupType = 'Sect' | 'Table' | 'TR' | 'Div';

/** pdfkit 0.20 also takes these (a header cell's scope, a figure's box); its types lag behind. */
interface LeafOptions {
  alt?: string;
  scope?: 'Column' | 'Row' | 'Both';
  bbox?: [number, number, number, number];
  placement?: 'Block';
}

export class PdfTags {
  private readonly stack: Element[];

  constructor(private readonly doc: Doc) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.stack = [root];
  }

  private get parent(): Element {
    return this.stack[this.stack.length - 1]!;
  }

  /** Content of one structure element: a heading, a paragraph, a table cell, a chart. */
  leaf(type: LeafType, draw: () => void, options: LeafOptions = {}): void {
    this.parent.add(this.doc.struct(type, options as Parameters<Doc['struct']>[1], draw));
  }

  /** An element that holds others: what is tagged inside `fill` goes into it. */
  group(type: GroupType, fill: () => void): void {
    const element = this.doc.struct(type);
    this.parent.add(element);
    this.stack.push(element);
    try {
      fill();
    } finally {
      this.stack.pop();
      element.end();
    }
  }

  /** Drawing that is not content (a rule, a box, a page number): readers skip it. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Closes the tree; call once everything is drawn. */
  end(): void {
    this.stack[0]!.end();
  }
}
