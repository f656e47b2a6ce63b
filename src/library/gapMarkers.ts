import type { TruncationDetail } from '../extract/types';

// Where the page did not show the text, as structure beside the text: a marker at each gap and at a cut end.
// The markers are never part of the body, so search, 套话, duplicate checks and character counts never see
// them; the popup, the reader and every export lay them out where the text is missing.

/** A run of the speech's text, or a marker saying what the page left out there. */
export type TextPiece = { text: string } | { marker: MarkerInfo };

export type MarkerInfo =
  | { kind: 'gap'; omitted: number }
  | { kind: 'end'; total?: number; pagesLeft?: number };

type Gap = Extract<TruncationDetail, { kind: 'gap' }>;

/** What a record says of its completeness: enough to place the markers. */
export interface Completeness {
  truncated: boolean;
  truncation: readonly TruncationDetail[];
}

/**
 * The body's paragraphs as pieces: each gap's marker inline at its offset (a sentence the page cut in two
 * reads "…区〔…〕" then ",加强…"), and, when the page stopped before the end, a last paragraph holding the end
 * marker alone.
 */
export function markedParagraphs(body: string, record: Completeness): TextPiece[][] {
  const gaps = record.truncation
    .filter((d): d is Gap => d.kind === 'gap')
    .filter((g) => g.offset >= 0 && g.offset <= body.length)
    .sort((a, b) => a.offset - b.offset);
  const out: TextPiece[][] = [];
  let start = 0;
  let g = 0;
  for (const paragraph of body.split('\n')) {
    const end = start + paragraph.length;
    const pieces: TextPiece[] = [];
    let at = start;
    // a gap at a paragraph's end belongs to it: the text after the gap starts the next paragraph
    for (; g < gaps.length && (gaps[g] as Gap).offset <= end; g++) {
      const gap = gaps[g] as Gap;
      if (gap.offset > at) pieces.push({ text: body.slice(at, gap.offset) });
      pieces.push({ marker: { kind: 'gap', omitted: gap.omitted } });
      at = gap.offset;
    }
    if (end > at || pieces.length === 0) pieces.push({ text: body.slice(at, end) });
    out.push(pieces);
    start = end + 1;
  }
  const cut = endMarker(record);
  if (cut) out.push([{ marker: cut }]);
  return out;
}

/** The marker for a page that stopped before the speech's end, if it did. */
function endMarker(record: Completeness): MarkerInfo | undefined {
  if (!record.truncated) return undefined;
  const stated = record.truncation.find((d) => d.kind === 'stated-length');
  const pages = record.truncation.find((d) => d.kind === 'pages-left');
  const cut = record.truncation.some((d) => d.kind === 'preview-cut');
  if (!stated && !pages && !cut && record.truncation.some((d) => d.kind === 'gap')) return undefined;
  return {
    kind: 'end',
    ...(stated?.kind === 'stated-length' ? { total: stated.total } : {}),
    ...(pages?.kind === 'pages-left' ? { pagesLeft: pages.pages } : {}),
  };
}

/** A marker as the exports write it (Chinese, like the rest of an exported document's labels). */
export function markerTextZh(m: MarkerInfo): string {
  if (m.kind === 'gap') return m.omitted > 0 ? `〔原页面此处省略约${m.omitted}字〕` : '〔原页面此处有省略〕';
  if (m.total) return `〔原页面到此为止，全文共${m.total}字〕`;
  if (m.pagesLeft) return `〔原页面到此为止，还有${m.pagesLeft}页未显示〕`;
  return '〔原页面到此为止〕';
}

/** The body as text with the markers written in, for the plain-text formats. */
export function bodyWithMarkers(body: string, record: Completeness, text = markerTextZh): string {
  return markedParagraphs(body, record)
    .map((pieces) => pieces.map((p) => ('text' in p ? p.text : text(p.marker))).join(''))
    .join('\n');
}
