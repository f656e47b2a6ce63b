import { charCount, foldText, shingleSample } from './fingerprint';
import type { TextRow } from './rows';
import { toTextRow } from './textRow';
import type { Speech } from './types';

/**
 * v1 → v2, one row at a time, in place: the text moves to `texts`, the index fields appear. Nothing the
 * user wrote is dropped; unknown fields stay on the row.
 */
export function upgradeV1Row(row: Record<string, unknown>): {
  text: TextRow;
  sample: number[];
  tags: string[];
} {
  const body = typeof row.body === 'string' ? row.body : '';
  const parts = Array.isArray(row.parts) ? (row.parts as Speech['parts']) : [];
  const sources = Array.isArray(row.sources) ? (row.sources as { site?: string }[]) : [];
  delete row.body;
  delete row.parts;
  row.live = row.deletedAt ? 0 : 1;
  row.site = sources[0]?.site ?? '';
  row.length = charCount(body);
  return {
    text: toTextRow(String(row.id), body, parts),
    sample: shingleSample(foldText(body)),
    tags: Array.isArray(row.tags) ? (row.tags as string[]) : [],
  };
}
