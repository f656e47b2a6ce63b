import type { PdfPage } from '../pdfLayout';

/** One recognised line: its text as the recogniser gives it and its box in image pixels (top-left origin). */
export interface OcrLine {
  text: string;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

/** A recognised page image: its size and its lines. */
export interface OcrPage {
  width: number;
  height: number;
  lines: OcrLine[];
}

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef';
/** Spaces the recogniser puts between Chinese characters (and their punctuation); Latin words keep theirs. */
const CJK_SPACE = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

export const joinRecognisedSpaces = (text: string): string =>
  text.replace(CJK_SPACE, '').replace(/\s+/g, ' ').trim();

/**
 * A recognised page in the layout step's terms (PDF points from the bottom left): each line one piece, its
 * box height standing for the type size. The layout step then drops headers, footers and page numbers and
 * the paragraph step joins wrapped lines, as for a PDF.
 */
export function ocrToLayoutPage(page: OcrPage): PdfPage {
  return {
    width: page.width,
    height: page.height,
    pieces: page.lines
      .map((l) => ({
        text: joinRecognisedSpaces(l.text),
        x: l.bbox.x0,
        y: page.height - l.bbox.y1,
        size: Math.max(1, l.bbox.y1 - l.bbox.y0),
        width: l.bbox.x1 - l.bbox.x0,
      }))
      .filter((p) => p.text),
  };
}
