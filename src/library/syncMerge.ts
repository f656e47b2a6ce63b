import { charCount } from './fingerprint';
import { completeness } from './speechRows';
import { partsOf, toTextRow } from './textRow';
import type { FieldStamp, HistoryEntry, MergeField, Speech } from './types';

// Two versions of one speech (two machines edited it while apart, or a backup and the library) merged field
// by field, symmetric: merge(a, b) and merge(b, a) give the same speech on
// every machine, and the value that loses is kept in the speech's history. Issue 12, docs/sync.md "Conflicts".

/** Fields whose value one side wins whole; `sources` are joined instead. */
const WINNER_FIELDS = ['title', 'tags', 'notes', 'facts', 'text', 'trash'] as const;
/** Fields whose earlier values history keeps (the trash state and the joined sources lose nothing). */
const HISTORY_FIELDS: ReadonlySet<MergeField> = new Set(['title', 'tags', 'notes', 'facts', 'text']);
const HISTORY_MAX = 20;

/** JSON with object keys sorted and undefined left out: equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = (v as Record<string, unknown>)[k];
    return out;
  });
}

export const stampOf = (s: Speech, field: MergeField): FieldStamp =>
  s.stamps?.[field] ?? { at: s.createdAt, kind: 'capture' };

/** A field's value as it merges; `text` is everything a capture writes about the text. */
export function fieldValue(s: Speech, field: MergeField): unknown {
  switch (field) {
    case 'title':
      return s.title;
    case 'tags':
      return s.tags;
    case 'notes':
      return s.notes;
    case 'facts':
      return s.facts;
    case 'sources':
      return s.sources;
    case 'trash':
      return s.deletedAt ?? null;
    case 'text':
      return {
        body: s.body,
        parts: storedParts(s),
        truncated: s.truncated,
        truncation: s.truncation,
        meta: s.meta,
        censored: s.censored,
        extractor: s.extractor,
      };
  }
}

/** The parts as the library keeps them (a single part that is the body is kept by its title only). */
const storedParts = (s: Speech) => partsOf(toTextRow(s.id, s.body, s.parts));

/** > 0 when a's stamp beats b's: the user's edit over a capture, then the later one. */
function byStamp(a: FieldStamp, b: FieldStamp): number {
  if (a.kind !== b.kind) return a.kind === 'edit' ? 1 : -1;
  return a.at - b.at;
}

/** Which side's value a field takes: 'a' or 'b', the same whichever side is called a. */
function winner(a: Speech, b: Speech, field: MergeField, ja: string, jb: string): 'a' | 'b' {
  if (field === 'text' && ja !== jb) {
    // The import rule: the more complete text stays, whoever captured it last.
    const ca = completeness(charCount(a.body), a.truncated);
    const cb = completeness(charCount(b.body), b.truncated);
    if (ca > cb * 1.02) return 'a';
    if (cb > ca * 1.02) return 'b';
  }
  const s = byStamp(stampOf(a, field), stampOf(b, field));
  if (s !== 0) return s > 0 ? 'a' : 'b';
  return ja >= jb ? 'a' : 'b';
}

/** The entry that keeps a field's value as `s` has it. */
const historyOf = (s: Speech, field: MergeField): HistoryEntry => ({
  field,
  value: field === 'text' ? s.body : fieldValue(s, field),
  at: stampOf(s, field).at,
});

const historyKey = (h: HistoryEntry) => `${h.at}\u0000${h.field}\u0000${canonicalJson(h.value)}`;

/** Both histories and the new losers, once each, newest first, in one order everywhere. */
function joinHistory(lists: (HistoryEntry[] | undefined)[]): HistoryEntry[] {
  const all = new Map<string, HistoryEntry>();
  for (const list of lists) for (const h of list ?? []) all.set(historyKey(h), h);
  return [...all.entries()]
    .sort(([ka, a], [kb, b]) => b.at - a.at || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .slice(0, HISTORY_MAX)
    .map(([, h]) => h);
}

/** The two versions' sources joined: the side whose sources changed last leads (its first is the site shown). */
function joinSources(a: Speech, b: Speech): Speech['sources'] {
  const side = winner(a, b, 'sources', canonicalJson(a.sources), canonicalJson(b.sources));
  const [lead, other] = side === 'a' ? [a, b] : [b, a];
  const out = [...lead.sources];
  for (const s of other.sources) if (!out.some((x) => x.normalizedUrl === s.normalizedUrl)) out.push(s);
  return out;
}

/** One speech from two versions of it: each field from the side that wins it, the losing values in history. */
export function mergeSynced(a: Speech, b: Speech): Speech {
  const lost: HistoryEntry[] = [];
  const stamps: Speech['stamps'] = {};
  const take: Partial<Record<MergeField, Speech>> = {};
  for (const field of WINNER_FIELDS) {
    const ja = canonicalJson(fieldValue(a, field));
    const jb = canonicalJson(fieldValue(b, field));
    const side = winner(a, b, field, ja, jb);
    const [win, lose] = side === 'a' ? [a, b] : [b, a];
    take[field] = win;
    if (win.stamps?.[field]) stamps[field] = win.stamps[field];
    if (ja !== jb && HISTORY_FIELDS.has(field)) lost.push(historyOf(lose, field));
  }
  const sources = joinSources(a, b);
  const sourceStamp = [a.stamps?.sources, b.stamps?.sources]
    .filter((x): x is FieldStamp => x !== undefined)
    .sort((x, y) => byStamp(y, x))[0];
  if (sourceStamp) stamps.sources = sourceStamp;
  const text = take.text as Speech;
  const trash = take.trash as Speech;
  const savedBy =
    a.savedBy && b.savedBy
      ? canonicalJson(a.savedBy) <= canonicalJson(b.savedBy)
        ? a.savedBy
        : b.savedBy
      : (a.savedBy ?? b.savedBy);
  const merged: Speech = {
    id: a.id,
    title: (take.title as Speech).title,
    body: text.body,
    parts: text.parts,
    truncated: text.truncated,
    truncation: text.truncation,
    meta: text.meta,
    facts: (take.facts as Speech).facts,
    censored: text.censored,
    extractor: text.extractor,
    tags: (take.tags as Speech).tags,
    notes: (take.notes as Speech).notes,
    sources,
    createdAt: Math.min(a.createdAt, b.createdAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
    ...(trash.deletedAt !== undefined ? { deletedAt: trash.deletedAt } : {}),
    ...(Object.keys(stamps).length > 0 ? { stamps } : {}),
  };
  const history = joinHistory([a.history, b.history, lost]);
  if (history.length > 0) merged.history = history;
  if (savedBy) merged.savedBy = savedBy;
  return merged;
}

/**
 * Stamps the fields an edit or a capture changed from `prev` to `next`, and keeps their earlier values in the
 * history: the same entries a merge keeps, so a version that follows another merges into exactly itself
 * (no echo between machines), and a concurrent one keeps both.
 */
export function recordChanges(prev: Speech, next: Speech, at: number, kind: FieldStamp['kind']): Speech {
  const stamps = { ...next.stamps };
  const lost: HistoryEntry[] = [];
  for (const field of [...WINNER_FIELDS, 'sources'] as const) {
    if (canonicalJson(fieldValue(prev, field)) === canonicalJson(fieldValue(next, field))) continue;
    // A capture filling in facts the user had corrected leaves them the user's.
    const k = field === 'facts' && stampOf(prev, field).kind === 'edit' ? 'edit' : kind;
    stamps[field] = { at, kind: k };
    if (HISTORY_FIELDS.has(field)) lost.push(historyOf(prev, field));
  }
  if (Object.keys(stamps).length === 0) return next;
  const history = joinHistory([prev.history, lost]);
  return { ...next, stamps, ...(history.length > 0 ? { history } : {}) };
}

/** What sync compares and sends of a speech: every field it carries, in one spelling. */
export function syncContent(s: Speech): string {
  return canonicalJson({
    ...s,
    parts: storedParts(s),
    history: s.history?.length ? s.history : undefined,
    stamps: s.stamps && Object.keys(s.stamps).length > 0 ? s.stamps : undefined,
  });
}
