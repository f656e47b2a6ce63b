import type { FieldStamps, HistoryEntry, MergeField } from '../types';

// The stamps and history of a speech from a file or a sync server, checked before they reach the library: known
// fields only, numbers for times, values of the shapes the library writes and of bounded size (both are hostile
// input). What is not in shape is left out, the rest kept: one bad entry does not cost the whole history.

const FIELDS: readonly MergeField[] = ['title', 'tags', 'notes', 'facts', 'text', 'sources', 'trash'];
const HISTORY_MAX = 20;
const VALUE_MAX = 2_000_000;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The stamps of a speech, or undefined when there is no object of them. */
export function stampsFrom(raw: unknown): FieldStamps | undefined {
  if (!isObject(raw)) return undefined;
  const out: FieldStamps = {};
  for (const f of FIELDS) {
    const v = raw[f];
    if (isObject(v) && time(v.at) && (v.kind === 'edit' || v.kind === 'capture'))
      out[f] = { at: v.at, kind: v.kind };
  }
  return out;
}

/** A value as history keeps one: text, a list of short strings, a flat record, a time, or null. */
function plainValue(v: unknown): boolean {
  if (v === null || time(v)) return true;
  if (typeof v === 'string') return v.length <= VALUE_MAX;
  if (Array.isArray(v)) return v.length <= 200 && v.every((x) => typeof x === 'string' && x.length <= 1_000);
  if (isObject(v))
    return Object.values(v).every(
      (x) => (typeof x === 'string' && x.length <= 1_000) || typeof x === 'number' || typeof x === 'boolean',
    );
  return false;
}

/** The history of a speech (its entries in shape, at most 20), or undefined when there is no list of them. */
export function historyFrom(raw: unknown): HistoryEntry[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: HistoryEntry[] = [];
  for (const h of raw.slice(0, HISTORY_MAX)) {
    if (isObject(h) && FIELDS.includes(h.field as MergeField) && time(h.at) && plainValue(h.value))
      out.push({ field: h.field as MergeField, value: h.value, at: h.at });
  }
  return out;
}
