import { cascadeVisibility } from './dom/cascade';
import { collectLines } from './dom/textLines';
import type { VisibilityTest } from './dom/visibility';
import { readDocMeta } from './meta';
import { findSiteModule, siteRemovals } from './sites';
import { bodyText } from './stages/bodyText';
import { locateText } from './stages/locateText';
import { readPageLines } from './stages/pageLines';
import { pageTitle } from './stages/pageTitle';
import { placeGaps } from './stages/placeGaps';
import { placeRemoved } from './stages/placeRemoved';
import { refuse } from './stages/refusal';
import { textBody } from './stages/textBody';
import { endsFinished, findTruncation } from './stages/truncation';
import { titleSegments } from './title';
import type { CaptureRecord, CaptureResult, SpeechPart, TruncationDetail } from './types';

export interface ExtractOptions {
  /**
   * Whether the page's style hides an element's text. The browser passes computed style
   * (`computedVisibility(window)`); by default the page's own `<style>` sheets and style attributes decide.
   */
  isHidden?: VisibilityTest;
}

/**
 * The one entry point: a parsed page and its URL in, a capture record or a clear refusal out. Each stage takes
 * what the one before it returned (docs/extract.md lists them) and changes nothing it was given.
 */
export function extractSpeech(doc: Document, url: string, options: ExtractOptions = {}): CaptureResult {
  const root = doc.body ?? doc.documentElement;
  if (!root) return refuse('no-text');
  const site = findSiteModule(url);
  const raw = collectLines(root, options.isHidden ?? cascadeVisibility(doc));
  const pageLines = readPageLines(raw, site ? siteRemovals(site, doc) : []);
  const text = locateText(doc, root, pageLines, site);
  if ('error' in text) return text;
  const title = pageTitle(doc, pageLines, text);
  const { paragraphs, removed: leftOut, gaps, gapBefore, removedBefore } = textBody(text, title);
  const { body, parts, removed: partTitles } = bodyText(paragraphs, title.title);
  const removed = parts.length > 1 ? leftOut : placeRemoved(body, leftOut, removedBefore);
  const truncation = [...placeGaps(body, gaps, gapBefore), ...findTruncation(text.lines, text.inRoot, body)];
  const whole = partsCompleteness(parts, truncation);

  const meta = readDocMeta(
    text.lines.map((l) => l.text),
    doc,
  );
  const segments = titleSegments(title.docTitle);
  meta.siteName ??= site?.name ?? (segments.length > 1 ? segments[segments.length - 1] : undefined);
  const record: CaptureRecord = {
    title: title.title,
    body,
    parts: whole,
    truncated: truncation.length > 0,
    truncation,
    removed: [...removed, ...partTitles],
    meta,
    censored: (body.match(/\*+/g) ?? []).length,
    url,
    site: meta.siteName ?? hostOf(url),
    extractor: text.extractor,
  };
  return record;
}

/**
 * Each part's own completeness: one part of a single speech is as whole as the page; in a compilation a part
 * with a gap inside is cut, and the last part is cut when the page stops early and the part does not end on a
 * finished sentence.
 */
function partsCompleteness(parts: SpeechPart[], truncation: TruncationDetail[]): SpeechPart[] {
  if (parts.length === 1) return parts.map((p) => ({ ...p, truncated: truncation.length > 0 }));
  const endCut = truncation.some((t) => t.kind !== 'gap');
  return parts.map((p, i) => ({
    ...p,
    truncated: !!p.truncated || (i === parts.length - 1 && endCut && !endsFinished(p.body)),
  }));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
