import type { MarkerInfo, TextPiece } from '../library/gapMarkers';
import { t } from './i18n';

/** A marker in the UI's language: 〔原页面此处省略约 706 字〕. */
export function markerText(m: MarkerInfo): string {
  if (m.kind === 'gap') return m.omitted > 0 ? t('markers.gap', m.omitted) : t('markers.gapUnknown');
  if (m.total) return t('markers.endTotal', m.total);
  if (m.pagesLeft) return t('markers.endPages', m.pagesLeft);
  return t('markers.end');
}

/** A paragraph's pieces: its text (through `convert`, e.g. to Simplified) and the markers where text is missing. */
export function MarkedPieces({
  pieces,
  convert = (s) => s,
}: {
  pieces: TextPiece[];
  convert?: (text: string) => string;
}) {
  return (
    <>
      {pieces.map((piece, i) =>
        'text' in piece ? (
          convert(piece.text)
        ) : (
          <span key={i} class="gap-marker" data-kind={piece.marker.kind} role="note">
            {markerText(piece.marker)}
          </span>
        ),
      )}
    </>
  );
}
