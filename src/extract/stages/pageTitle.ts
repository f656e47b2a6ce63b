import { docTitleOf, headMeta } from '../meta';
import { squash, textWeight } from '../text';
import { findTitle, labelledTitles, titleSegments } from '../title';
import type { LocatedText } from './locateText';
import type { PageLine } from './pageLines';

export interface PageTitle {
  title: string;
  /** Opening lines of the text box the title was built from (dropped from the text). */
  consumed: string[];
  /** The page's <title>, for the site name. */
  docTitle: string;
}

/**
 * Stage 3 — the title: the headings and labelled lines above the text's first paragraph, the text box's own
 * standalone opening lines, `<title>` and og:title, weighed by `findTitle` (title.ts).
 */
export function pageTitle(doc: Document, pageLines: PageLine[], text: LocatedText): PageTitle {
  const { lines, inRoot } = text;
  const opening = inRoot.find((l) => l.prose && !l.heading) ?? inRoot.find((l) => !l.noise && !l.heading);
  const firstProse = lines.indexOf(opening as PageLine);
  // A heading set in a box the page names a caption (an h1 inside .wp-caption over the lead picture) still
  // names the document.
  const docTitle = docTitleOf(doc);
  const ogTitle = headMeta(doc, 'meta[property="og:title"]');
  const cardTitle = headMeta(doc, 'meta[name="twitter:title"], meta[property="twitter:title"]');
  // A short heading counts when it is what <title> or og:title says (Opening Bell 11.18.19).
  const named = new Set(
    [titleSegments(docTitle)[0], ogTitle].filter(Boolean).map((t) => squash(t as string)),
  );
  const before = lines
    .slice(0, firstProse)
    .filter(
      (l) =>
        (!l.noise || (l.noise === 'caption' && l.heading)) &&
        (textWeight(l.text) >= 4 || (l.heading && named.has(squash(l.text)))),
    );
  const rootStart = lines.indexOf(inRoot[0] as PageLine);
  const { title, consumed } = findTitle({
    headings: [
      ...labelledTitles(lines.slice(0, firstProse).map((l) => l.text)),
      ...headingTexts(before.filter((l) => l.heading)),
    ],
    opening: lines
      .slice(rootStart, firstProse)
      .filter((l) => !l.noise && (l.centered || l.heading))
      .map((l) => l.text),
    centred: before.filter((l) => l.centered && !l.heading).map((l) => l.text),
    docTitle,
    ogTitle,
    cardTitle,
    pageLines: pageLines.map((l) => l.text),
  });
  return { title, consumed, docTitle };
}

/** Heading lines, a heading broken by <br> (…信息公开表<br>（浙金罚决字〔2024〕52号）) read as one. */
function headingTexts(headings: PageLine[]): string[] {
  const out: string[] = [];
  headings.forEach((h, i) => {
    if (i > 0 && headings[i - 1]?.block === h.block) out[out.length - 1] += h.text;
    else out.push(h.text);
  });
  return out;
}
