import PDFDocument from 'pdfkit';

/** A CJK font every test machine has (fonts-noto-cjk); pdfkit embeds the subset it uses. */
const FONT = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const FONT_NAME = 'NotoSerifCJKsc-Regular';

export interface PdfSpec {
  title?: string;
  /** Lines above the title (a masthead, a 文号), centred. */
  above?: string[];
  /** Lines under the title (a date, the speaker), centred. */
  under?: string[];
  paragraphs: string[];
  /** A running header on every page. */
  header?: string;
  /** The page number at each page's foot, in this form ('- N -', '第N页'). */
  pageNumber?: (n: number) => string;
  columns?: 1 | 2;
  /** Body text size in points. */
  size?: number;
}

/**
 * A PDF made from known text the way office software lays one out: A4, a title, paragraphs with a two-character
 * first-line indent wrapped by the layout, a running header and page numbers in the margins.
 */
export function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  const size = spec.size ?? 16;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 90, bottom: 90, left: 80, right: 80 },
    bufferPages: true,
  });
  doc.registerFont('cjk', FONT, FONT_NAME);
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  );
  for (const line of spec.above ?? []) doc.fontSize(size).text(line, { align: 'center' });
  if (spec.above?.length) doc.moveDown();
  if (spec.title)
    doc
      .fontSize(size * 1.4)
      .text(spec.title, { align: 'center' })
      .moveDown(0.5);
  for (const line of spec.under ?? []) doc.fontSize(size).text(line, { align: 'center' });
  doc.moveDown();
  doc.fontSize(size);
  const columns = spec.columns ?? 1;
  doc.text(spec.paragraphs.join('\n'), {
    indent: size * 2,
    align: 'justify',
    columns,
    columnGap: 24,
    lineGap: 4,
  });
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    doc.page.margins.top = 0;
    doc.page.margins.bottom = 0;
    if (spec.header)
      doc.fontSize(10).text(spec.header, 80, 40, { width: width - 160, align: 'center', lineBreak: false });
    if (spec.pageNumber) {
      doc.fontSize(12).text(spec.pageNumber(i + 1), 80, height - 60, {
        width: width - 160,
        align: 'center',
        lineBreak: false,
      });
    }
  }
  doc.end();
  return done;
}
