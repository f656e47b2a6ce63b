/** What a capture says about one page: the speech, word for word, and what the page did not show. */
export interface CaptureRecord {
  title: string;
  /** One paragraph a line; for a compilation every part's title line followed by its paragraphs. */
  body: string;
  parts: SpeechPart[];
  truncated: boolean;
  truncation: TruncationDetail[];
  /** Every block taken out of the page, with the reason, so the user can review and put it back. */
  removed: RemovedBlock[];
  meta: DocMeta;
  /** Count of censored placeholders such as `*` kept in the text. */
  censored: number;
  url: string;
  site: string;
  /** Which extractor produced the body: a site module id, `generic`, or `readability` (the fallback). */
  extractor: string;
}

export interface SpeechPart {
  title: string;
  body: string;
  /**
   * This part is not whole on the page (a gap inside it, or the page cut off in it). Set on each part of a
   * compilation: a part that ends on a finished sentence is whole though a later part is cut.
   */
  truncated?: boolean;
}

export type TruncationDetail =
  | { kind: 'stated-length'; total: number; shown: number; notice: string }
  | { kind: 'gap'; omitted: number; offset: number; notice: string }
  | { kind: 'preview-cut'; notice: string }
  | { kind: 'pages-left'; pages: number; notice: string };

export type RemovalReason =
  | 'download-prompt'
  | 'doc-info'
  | 'paywall-notice'
  | 'qa-chrome'
  | 'outline'
  | 'related-list'
  | 'footer'
  | 'watermark'
  | 'page-marker'
  | 'duplicate-title'
  | 'navigation'
  /** Readers' comments under the text. */
  | 'comments'
  /** Another answer on a Q&A page than the one taken as the speech. */
  | 'other-answer'
  | 'byline'
  | 'site-notice'
  | 'keywords'
  /** A picture's caption or credit (▲…摄, 资料图, figcaption). */
  | 'caption'
  /** Text the page's own style hides: anti-copy junk between the visible words. */
  | 'hidden-text'
  /** Characters lost in storage (a line of U+FFFD where emoji were). */
  | 'debris';

export interface RemovedBlock {
  reason: RemovalReason;
  text: string;
  /** Paragraph index in `body` before which the block stood, so it can be put back in place. */
  at: number;
}

export interface DocMeta {
  keywords: string[];
  docId?: string;
  pages?: number;
  format?: string;
  size?: string;
  uploaded?: string;
  published?: string;
  siteName?: string;
}

export interface CaptureError {
  error: { code: CaptureErrorCode; message: string };
}

export type CaptureErrorCode = 'no-text' | 'list-page' | 'image-only' | 'too-short';

export type CaptureResult = CaptureRecord | CaptureError;

export const isCaptureError = (r: CaptureResult): r is CaptureError => 'error' in r;
