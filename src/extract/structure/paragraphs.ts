import { CJK, SENTENCE_END_RE, textWeight } from '../text';
import { headingMarker, OutlineTracker } from './headings';

export interface Paragraph {
  text: string;
  /** Centred or in a heading element: a title or caption line, never half of a wrapped sentence. */
  standalone: boolean;
  /** A paywall gap was cut out right before this paragraph: never join across it. */
  afterGap: boolean;
}

const FLAT_SPACE = new RegExp(`(?<=[^、，,；;\\s])[ \\u3000]+(?=[${CJK}“《（(【0-9])`, 'g');

/**
 * Previews flattened into one run with paragraphs separated only by spaces (汇文网-style doc pages)
 * become paragraphs again. Only long runs with several such spaces are split, so a stray space inside
 * an ordinary paragraph is just tidied away later.
 */
export function splitFlattened(text: string): string[] {
  if (textWeight(text) < 300) return [text];
  FLAT_SPACE.lastIndex = 0;
  const gaps = text.match(FLAT_SPACE)?.length ?? 0;
  if (gaps < 3) return [text];
  return text.split(FLAT_SPACE).filter((p) => p.trim());
}

const LATIN_END = /[A-Za-z0-9,;]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/** A short line with outline numbering and no full stop inside: a heading, not a paragraph. */
export function isHeadingLine(text: string): boolean {
  return headingMarker(text) !== null && !/[。！？!?]/.test(text.slice(0, -1)) && textWeight(text) < 60;
}

/**
 * Lines broken mid-sentence (hard wraps, preview page breaks) are joined into paragraphs, never across a
 * heading: a line that starts with the next number of the outline (一、 after none or after 四、…) is a
 * heading; one that starts with 五、 out of sequence is the tail of a wrapped sentence.
 */
export function joinWrappedLines(paragraphs: Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  const outline = new OutlineTracker();
  for (const p of paragraphs) {
    const marker = headingMarker(p.text);
    const startsHeading = marker !== null && outline.fits(marker);
    const prev = out[out.length - 1];
    if (prev && !p.afterGap && !p.standalone && !startsHeading && canContinue(prev)) {
      const latin = LATIN_END.test(prev.text) && LATIN_START.test(p.text);
      // In English a capital after an unfinished line is still a new paragraph (a list, a heading).
      if (!latin || /^[a-z]/.test(p.text)) {
        prev.text += (latin ? ' ' : '') + p.text;
        continue;
      }
    }
    if (marker && startsHeading) outline.accept(marker);
    out.push({ ...p });
  }
  return out;
}

function canContinue(prev: Paragraph): boolean {
  if (prev.standalone || SENTENCE_END_RE.test(prev.text)) return false;
  if (textWeight(prev.text) < 20) return false;
  return !isHeadingLine(prev.text);
}
