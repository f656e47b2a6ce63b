import { docTitleOf, headMeta } from '../meta';
import type { PageLine } from '../stages/pageLines';
import { squash } from '../text';
import { titleSegments } from '../title';

/**
 * A news flash of two or three sentences, shorter than a speech, is still the page's text when it sits right
 * under the page's own headline: a heading that says what <title> or og:title says, with at most its date,
 * source and share lines between them. A list page's box has no such headline over it.
 */
export function headedByTitle(
  doc: Document,
  pageLines: readonly PageLine[],
  inRoot: readonly PageLine[],
): boolean {
  const first = inRoot[0];
  const at = first ? pageLines.indexOf(first) : -1;
  if (at < 0) return false;
  const names = [titleSegments(docTitleOf(doc))[0], headMeta(doc, 'meta[property="og:title"]')]
    .filter((t): t is string => !!t)
    .map(squash)
    .filter((t) => t.length >= TITLE_MIN);
  if (!names.length) return false;
  for (let i = at - 1; i >= 0 && i >= at - LINES_BETWEEN_MAX - 1; i--) {
    const line = pageLines[i] as PageLine;
    const text = squash(line.text);
    if (line.heading && text.length >= TITLE_MIN && names.some((n) => n.includes(text) || text.includes(n)))
      return true;
    if (!line.noise && line.weight > META_LINE_MAX) return false;
  }
  return false;
}

const TITLE_MIN = 6;
/** Lines a headline may have under it before the text: its date and source, a share bar, a counter. */
const LINES_BETWEEN_MAX = 4;
/** A line between the headline and the text that is no date or share line ends the search. */
const META_LINE_MAX = 12;
