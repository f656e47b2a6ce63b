import { historyFrom, stampsFrom } from '../library/exchange/validateStamps';
import type { Excerpt, ExcerptDelete, SavedBy, Speech } from '../library/types';

// Library speeches and excerpts ⇄ CouchDB documents. One document per speech, `speech:<id>`, the speech under
// `speech` (CouchDB's own `_` fields stay apart from ours); one per excerpt, `excerpt:<id>`. A document from
// the server is read field by field into a fresh object: what is not a speech's field, or not of its type,
// does not come in (the server is the office's, but what it holds was written by every client).

export const SPEECH_PREFIX = 'speech:';
export const EXCERPT_PREFIX = 'excerpt:';
/** The documents' layout; a client meeting a newer one leaves those documents alone. */
export const DOC_VERSION = 1;

export interface SpeechDoc {
  _id: string;
  _rev?: string;
  _conflicts?: string[];
  _deleted?: boolean;
  type: 'speech';
  v: number;
  speech: Speech;
}

export interface ExcerptDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  type: 'excerpt';
  v: number;
  excerpt: Excerpt;
  /** Deleted by someone (the document stays, so the delete replicates as a change like any other). */
  removedAt?: number;
}

export type SyncDoc = SpeechDoc | ExcerptDoc;

export const speechDocId = (id: string) => `${SPEECH_PREFIX}${id}`;

/** The speech as a document; `rev` when it replaces the document's current revision. */
export function speechToDoc(s: Speech, rev?: string): SpeechDoc {
  const speech: Speech = { ...s };
  if (!speech.history?.length) delete speech.history;
  if (!speech.stamps || Object.keys(speech.stamps).length === 0) delete speech.stamps;
  return { _id: speechDocId(s.id), ...(rev ? { _rev: rev } : {}), type: 'speech', v: DOC_VERSION, speech };
}

export const excerptToDoc = (e: Excerpt): ExcerptDoc => ({
  _id: `${EXCERPT_PREFIX}${e.id}`,
  type: 'excerpt',
  v: DOC_VERSION,
  excerpt: { ...e },
});

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): x is string => typeof x === 'string';
const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every(str);

function sourcesOf(x: unknown): Speech['sources'] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: Speech['sources'] = [];
  for (const s of x) {
    if (!isObject(s) || !str(s.url) || !str(s.normalizedUrl) || !str(s.site) || !num(s.capturedAt))
      return undefined;
    out.push({ url: s.url, normalizedUrl: s.normalizedUrl, site: s.site, capturedAt: s.capturedAt });
  }
  return out;
}

const savedByOf = (x: unknown): SavedBy | undefined =>
  isObject(x) && str(x.name) && str(x.device) ? { name: x.name, device: x.device } : undefined;

/** The speech a document holds, or undefined when it is not one this client can read. */
export function docToSpeech(doc: unknown): Speech | undefined {
  if (!isObject(doc) || doc.type !== 'speech' || !num(doc.v) || doc.v > DOC_VERSION) return undefined;
  const s = doc.speech;
  if (!isObject(s) || !str(s.id) || doc._id !== speechDocId(s.id)) return undefined;
  const sources = sourcesOf(s.sources);
  if (
    !str(s.title) ||
    !str(s.body) ||
    !Array.isArray(s.parts) ||
    typeof s.truncated !== 'boolean' ||
    !Array.isArray(s.truncation) ||
    !isObject(s.meta) ||
    !strings(s.meta.keywords) ||
    !isObject(s.facts) ||
    !num(s.censored) ||
    !str(s.extractor) ||
    !strings(s.tags) ||
    !str(s.notes) ||
    !sources ||
    !num(s.createdAt) ||
    !num(s.updatedAt) ||
    (s.deletedAt !== undefined && !num(s.deletedAt))
  )
    return undefined;
  const speech: Speech = {
    id: s.id,
    title: s.title,
    body: s.body,
    parts: s.parts as Speech['parts'],
    truncated: s.truncated,
    truncation: s.truncation as Speech['truncation'],
    meta: s.meta as unknown as Speech['meta'],
    facts: s.facts as Speech['facts'],
    censored: s.censored,
    extractor: s.extractor,
    tags: s.tags,
    notes: s.notes,
    sources,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
  if (num(s.deletedAt)) speech.deletedAt = s.deletedAt;
  // checked as an imported file's are: a server's documents are input like any other
  const stamps = stampsFrom(s.stamps);
  if (stamps && Object.keys(stamps).length > 0) speech.stamps = stamps;
  const history = historyFrom(s.history);
  if (history?.length) speech.history = history;
  const savedBy = savedByOf(s.savedBy);
  if (savedBy) speech.savedBy = savedBy;
  return speech;
}

/** The excerpt's delete a document carries, if it was deleted on some machine. */
export function docToExcerptDelete(doc: unknown): ExcerptDelete | undefined {
  if (!isObject(doc) || doc.type !== 'excerpt' || !num(doc.removedAt) || !str(doc._id)) return undefined;
  if (!doc._id.startsWith(EXCERPT_PREFIX)) return undefined;
  return { id: doc._id.slice(EXCERPT_PREFIX.length), deletedAt: doc.removedAt };
}

export function docToExcerpt(doc: unknown): Excerpt | undefined {
  if (!isObject(doc) || doc.type !== 'excerpt' || !num(doc.v) || doc.v > DOC_VERSION) return undefined;
  const e = doc.excerpt;
  if (!isObject(e) || !str(e.id) || !str(e.speechId) || !str(e.text) || !num(e.createdAt)) return undefined;
  return {
    id: e.id,
    speechId: e.speechId,
    speechTitle: str(e.speechTitle) ? e.speechTitle : '',
    url: str(e.url) ? e.url : '',
    site: str(e.site) ? e.site : '',
    text: e.text,
    note: str(e.note) ? e.note : '',
    createdAt: e.createdAt,
  };
}
