import type { FieldStamps, HistoryEntry, MergeField } from '../types';

// A file's stamps and history, checked before they reach the library: known fields only, numbers for times,
// values of the shapes the library writes and of bounded size (an import is hostile input).

const FIELDS: readonly MergeField[] = ['title', 'tags', 'notes', 'facts', 'text', 'sources', 'trash'];
const HISTORY_MAX = 20;
const VALUE_MAX = 2_000_000;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The stamps of a file's speech, or undefined when they are not in the library's shape. */
export function stampsFrom(raw: unknown): FieldStamps | undefined {
  if (!isObject(raw)) return undefined;
  const out: FieldStamps = {};
  for (const [k, v] of Object.entries(raw)) {
    if (!FIELDS.includes(k as MergeField)) return undefined;
    if (!isObject(v) || !time(v.at) || (v.kind !== 'edit' && v.kind !== 'capture')) return undefined;
    out[k as MergeField] = { at: v.at, kind: v.kind };
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

/** The history of a file's speech, or undefined when it is not in the library's shape. */
export function historyFrom(raw: unknown): HistoryEntry[] | undefined {
  if (!Array.isArray(raw) || raw.length > HISTORY_MAX) return undefined;
  const out: HistoryEntry[] = [];
  for (const h of raw) {
    if (!isObject(h) || !FIELDS.includes(h.field as MergeField) || !time(h.at) || !plainValue(h.value))
      return undefined;
    out.push({ field: h.field as MergeField, value: h.value, at: h.at });
  }
  return out;
}
