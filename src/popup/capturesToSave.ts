import type { CaptureRecord, TruncationDetail } from '../extract/types';

export interface PopupEdits {
  title: string;
  body: string;
  /** The record's truncation with its gaps moved for the blocks put back into `body`. */
  truncation?: TruncationDetail[];
  /** Indexes of compilation parts to save one by one; empty saves the page as one speech. */
  parts: readonly number[];
}

/** What Save stores: the edited capture, or each chosen part of a compilation as a capture of its own. */
export function capturesToSave(
  record: CaptureRecord,
  edits: PopupEdits,
): { capture: CaptureRecord; title: string }[] {
  if (edits.parts.length === 0) {
    const truncation = edits.truncation ?? record.truncation;
    return [
      { capture: { ...record, body: edits.body, truncation }, title: edits.title.trim() || record.title },
    ];
  }
  return edits.parts.flatMap((i) => {
    const part = record.parts[i];
    if (!part) return [];
    const truncated = part.truncated ?? record.truncated;
    const truncation = partTruncation(record, part.body, truncated);
    return [
      {
        capture: { ...record, title: part.title, body: part.body, parts: [part], truncated, truncation },
        title: part.title,
      },
    ];
  });
}

/**
 * A part's own completeness: the gaps inside it, at offsets in its text; and, when it is cut and no gap
 * explains it, what the page said of its end. A whole part carries none of the page's notices.
 */
function partTruncation(record: CaptureRecord, body: string, truncated: boolean): TruncationDetail[] {
  if (!truncated) return [];
  const from = record.body.indexOf(body);
  const gaps =
    from < 0
      ? []
      : record.truncation.flatMap((d) =>
          d.kind === 'gap' && d.offset >= from && d.offset <= from + body.length
            ? [{ ...d, offset: d.offset - from }]
            : [],
        );
  return gaps.length ? gaps : record.truncation.filter((d) => d.kind !== 'gap');
}
