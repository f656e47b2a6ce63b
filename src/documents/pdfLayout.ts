/**
 * From the text pieces of a PDF's pages to the lines a reader reads, in order, without what the layout adds:
 * running headers and footers, page numbers, the split of a two-column page. Pure: the pieces come from
 * pdf.js (`pdfText.ts`) or from a test.
 */

/** One run of text as pdf.js places it: its left edge, baseline, size and width, in PDF points. */
export interface PdfPiece {
  text: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

export interface PdfPage {
  width: number;
  height: number;
  pieces: PdfPiece[];
}

/** A line as read: its text, and what the layout says of it. */
export interface PdfLine {
  text: string;
  /** Set larger than the body text: a title or a heading. */
  large: boolean;
  /** Centred on the page (a title, a 文号, a signature line). */
  centered: boolean;
  /** Starts right of its column's left edge: a paragraph's first line. */
  indented: boolean;
  /** Ends well short of its column's right edge: a paragraph's last line. */
  endsShort: boolean;
}

/** Pieces whose baselines are this close (a share of their size) are on one line. */
const SAME_LINE = 0.35;
/** Headers and footers sit in this share of the page at its top and its bottom. */
const MARGIN_BAND = 0.1;
/** A heading is set at least this much larger than the body text. */
const LARGE = 1.15;
/**
 * A page's top line set this much smaller than the body text, apart in the margin, is a running header
 * (某市总工会办公室印发); a masthead (某某市人民政府文件) is set larger, a 文号 at the text's size.
 */
const SMALL = 0.85;

interface RawLine {
  pieces: PdfPiece[];
  y: number;
  size: number;
  left: number;
  right: number;
}

/** The reading lines of a document's pages. */
export function readingLines(pages: PdfPage[]): PdfLine[] {
  const perPage = pages.map((p) => columns(toLines(p.pieces), p.width));
  const margins = perPage.map((c, i) => marginLines(c.flat(), pages[i] as PdfPage));
  const repeated = repeatedMarginLines(margins);
  const body = medianSize(perPage.flat(2));
  const out: PdfLine[] = [];
  perPage.forEach((pageColumns, pageIndex) => {
    const margin = margins[pageIndex] as Set<RawLine>;
    const top = topLine(pageColumns.flat());
    for (const column of pageColumns) {
      const kept = column.filter((line) => {
        const text = lineText(line);
        if (!text) return false;
        if (!margin.has(line)) return true;
        // a single page shows no repetition: a header set smaller than the text above it still is one
        return !(isRunningLine(text, repeated) || (line === top && line.size < body * SMALL));
      });
      const edges = columnEdges(kept, body);
      for (const line of kept) {
        const before = line.left - edges.left;
        const after = edges.right - line.right;
        out.push({
          text: lineText(line),
          large: line.size >= body * LARGE,
          // as far from both edges, and well in: a title, a date line, a signature (an indented line is not)
          centered: before > line.size * 2.5 && Math.abs(before - after) < line.size * 1.5,
          indented: line.left > edges.left + line.size * 0.8,
          endsShort: line.right < edges.right - line.size * 1.5,
        });
      }
    }
  });
  return out;
}

/** A column's text edges: where most body lines start and how far the longest of them reach. */
function columnEdges(lines: RawLine[], body: number): { left: number; right: number } {
  const bodyLines = lines.filter((l) => Math.abs(l.size - body) < body * 0.1);
  const use = bodyLines.length ? bodyLines : lines;
  const lefts = use.map((l) => l.left).sort((a, b) => a - b);
  const rights = use.map((l) => l.right).sort((a, b) => a - b);
  return {
    left: lefts[0] ?? 0,
    right: rights[Math.floor(rights.length * 0.9)] ?? rights[rights.length - 1] ?? 0,
  };
}

/** - 2 -, —3—, 第2页, 第 2 页 共 10 页, 2/10, 2: a page number on its own. */
const PAGE_NUMBER =
  /^(?:[-—－–]\s*\d{1,4}\s*[-—－–]|第\s*\d{1,4}\s*[页頁](?:\s*[,，/]?\s*共\s*\d{1,4}\s*[页頁])?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4}|Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$/i;

function topLine(lines: RawLine[]): RawLine | undefined {
  let top: RawLine | undefined;
  for (const l of lines) if (!top || l.y > top.y) top = l;
  return top;
}

/** A margin line with its digits taken out: 某县人民政府文件 2024-3 and … 2024-4 are one running header. */
const marginKey = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

/**
 * A page's margin lines: those in the band at its top or bottom, and its first and last lines when a gap
 * wider than the text's own line spacing sets them apart (a page image cropped close to the text).
 */
function marginLines(lines: RawLine[], page: PdfPage): Set<RawLine> {
  const byY = [...lines].sort((a, b) => b.y - a.y);
  const out = new Set(
    byY.filter((l) => l.y > page.height * (1 - MARGIN_BAND) || l.y < page.height * MARGIN_BAND),
  );
  const gaps = byY.slice(1).map((l, i) => (byY[i] as RawLine).y - l.y);
  const spacing = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  if (byY.length >= 4 && spacing > 0) {
    if ((gaps[0] as number) > spacing * 1.6) out.add(byY[0] as RawLine);
    if ((gaps[gaps.length - 1] as number) > spacing * 1.6) out.add(byY[byY.length - 1] as RawLine);
  }
  return out;
}

/** A margin line that is a page number, a running header or footer, or a mark too short to be text (a page number misread). */
const isRunningLine = (text: string, repeated: Set<string>) =>
  PAGE_NUMBER.test(text) || repeated.has(marginKey(text)) || [...text.replace(/\s/g, '')].length <= 2;

/** Margin lines that recur on two pages or more: running headers and footers. */
function repeatedMarginLines(margins: Set<RawLine>[]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of margins) {
    const keys = new Set([...lines].map((l) => marginKey(lineText(l))));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return new Set([...seen].filter(([k, n]) => n >= 2 && k).map(([k]) => k));
}

/** Pieces grouped into lines (same baseline), top to bottom, each line's pieces left to right. */
function toLines(pieces: PdfPiece[]): RawLine[] {
  const sorted = pieces.filter((p) => p.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: RawLine[] = [];
  for (const p of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - p.y) <= Math.max(last.size, p.size) * SAME_LINE) {
      last.pieces.push(p);
      last.size = Math.max(last.size, p.size);
      last.left = Math.min(last.left, p.x);
      last.right = Math.max(last.right, p.x + p.width);
    } else lines.push({ pieces: [p], y: p.y, size: p.size, left: p.x, right: p.x + p.width });
  }
  for (const l of lines) l.pieces.sort((a, b) => a.x - b.x);
  return lines;
}

/**
 * A two-column page reads its left column to the end, then its right: lines whose pieces leave a gap at the
 * page's middle are split there, when most lines of the page have such a gap.
 */
function columns(lines: RawLine[], width: number): RawLine[][] {
  const middle = width / 2;
  const split = lines.map((l) => {
    const left = l.pieces.filter((p) => p.x + p.width <= middle + 2);
    const right = l.pieces.filter((p) => p.x >= middle - 2);
    return left.length && right.length && left.length + right.length === l.pieces.length
      ? { left, right }
      : null;
  });
  if (split.filter(Boolean).length * 2 < lines.length || lines.length < 4) return [lines];
  const leftColumn: RawLine[] = [];
  const rightColumn: RawLine[] = [];
  lines.forEach((l, i) => {
    const s = split[i];
    const make = (pieces: PdfPiece[]): RawLine => ({
      pieces,
      y: l.y,
      size: l.size,
      left: Math.min(...pieces.map((p) => p.x)),
      right: Math.max(...pieces.map((p) => p.x + p.width)),
    });
    if (!s) (l.left < middle ? leftColumn : rightColumn).push(l);
    else {
      leftColumn.push(make(s.left));
      rightColumn.push(make(s.right));
    }
  });
  return [leftColumn, rightColumn];
}

/** A line's text: its pieces joined, with a space only where Latin words meet across a gap. */
function lineText(line: RawLine): string {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const p of line.pieces) {
    const gap = p.x - end;
    if (text && gap > p.size * 0.3 && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(p.text)) text += ' ';
    text += p.text;
    end = p.x + p.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function medianSize(lines: RawLine[]): number {
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 12;
}
