import type { CaptureRecord } from '../extract/types';

export interface PopupEdits {
  title: string;
  body: string;
  /** Indexes of compilation parts to save one by one; empty saves the page as one speech. */
  parts: readonly number[];
}

/** What Save stores: the edited capture, or each chosen part of a compilation as a capture of its own. */
export function capturesToSave(
  record: CaptureRecord,
  edits: PopupEdits,
): { capture: CaptureRecord; title: string }[] {
  if (edits.parts.length === 0) {
    return [{ capture: { ...record, body: edits.body }, title: edits.title.trim() || record.title }];
  }
  return edits.parts.flatMap((i) => {
    const part = record.parts[i];
    if (!part) return [];
    return [{ capture: { ...record, title: part.title, body: part.body, parts: [part] }, title: part.title }];
  });
}
