import { AlignmentType, Document, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import { RECOGNISED } from '../library/exchange/textFormats';
import { bodyWithMarkers } from '../library/gapMarkers';
import type { Speech } from '../library/types';

// Layout after GB/T 9704 (党政机关公文格式), as offices expect a speech on paper: A4, margins 37/35/28/26 mm,
// 22 lines of 28 characters; title 二号 方正小标宋; text 三号 仿宋 with a two-character first-line indent;
// 一、 headings in 黑体, （一） headings in 楷体. Word and WPS substitute a missing font by its family.
const mm = (n: number) => Math.round((n * 1440) / 25.4); // millimetres to twips
const PT = 2; // half-points per point
const SIZE_2 = 22 * PT; // 二号
const SIZE_3 = 16 * PT; // 三号
const SIZE_SMALL_4 = 12 * PT; // 小四
const LINE = 28.95 * 20; // exact line pitch in twips for 22 lines on the type area
const INDENT = 32 * 20; // two characters of 三号

const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
} as const;

const HEADING_1 = /^[一二三四五六七八九十]+、/;
const HEADING_2 = /^[（(][一二三四五六七八九十]+[）)]/;

function run(text: string, font: string, size: number, bold = false): TextRun {
  return new TextRun({ text, font: { ascii: font, eastAsia: font, hAnsi: font }, size, bold });
}

/** One paragraph of the text, in the font its heading level calls for. */
function bodyParagraph(text: string): Paragraph {
  const font = HEADING_1.test(text) ? FONTS.heading1 : HEADING_2.test(text) ? FONTS.heading2 : FONTS.body;
  return new Paragraph({
    children: [run(text, font, SIZE_3)],
    indent: { firstLine: INDENT },
    spacing: { line: LINE, lineRule: 'exact', before: 0, after: 0 },
    alignment: AlignmentType.JUSTIFIED,
  });
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function speechParagraphs(s: Speech, first: boolean): Paragraph[] {
  const title = new Paragraph({
    children: [...(first ? [] : [new PageBreak()]), run(s.title, FONTS.title, SIZE_2)],
    alignment: AlignmentType.CENTER,
    spacing: { line: LINE * 1.2, lineRule: 'exact', after: LINE / 2 },
  });
  const sources = s.sources.map(
    (src) =>
      new Paragraph({
        children: [
          run(
            `来源：${src.site}　${src.url}　（采集于 ${day(src.capturedAt)}）`,
            FONTS.heading2,
            SIZE_SMALL_4,
          ),
        ],
        alignment: AlignmentType.CENTER,
      }),
  );
  const notes = [
    ...(s.truncated ? ['（原页面没有显示全文）'] : []),
    ...(s.extractor === 'ocr' ? [`（${RECOGNISED}）`] : []),
  ];
  const note = notes.map(
    (text) =>
      new Paragraph({
        children: [run(text, FONTS.heading2, SIZE_SMALL_4)],
        alignment: AlignmentType.CENTER,
      }),
  );
  const spacer = new Paragraph({ children: [], spacing: { line: LINE, lineRule: 'exact' } });
  const body = bodyWithMarkers(s.body, s)
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .map(bodyParagraph);
  return [title, ...sources, ...note, spacer, ...body];
}

/** A .docx of one or many speeches, each from a new page. */
export function officialDocument(speeches: readonly Speech[]): Document {
  return new Document({
    creator: '稿库 Gaoku',
    title: speeches.length === 1 ? speeches[0]?.title : `稿库导出（${speeches.length} 篇）`,
    styles: { default: { document: { run: { font: FONTS.body, size: SIZE_3 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
          },
        },
        children: speeches.flatMap((s, i) => speechParagraphs(s, i === 0)),
      },
    ],
  });
}

export const docxBlob = (speeches: readonly Speech[]): Promise<Blob> =>
  Packer.toBlob(officialDocument(speeches));
