import type { TextRow } from './rows';
import type { Speech } from './types';

/** The text as stored: a single part that repeats the body is kept as its title only. */
export function toTextRow(id: string, body: string, parts: Speech['parts']): TextRow {
  const [only] = parts;
  if (parts.length === 1 && only && only.body === body) return { id, body, partTitle: only.title };
  return { id, body, parts };
}

export function partsOf(text: TextRow | undefined): Speech['parts'] {
  if (!text) return [];
  if (text.parts) return text.parts;
  return text.partTitle === undefined ? [] : [{ title: text.partTitle, body: text.body }];
}
