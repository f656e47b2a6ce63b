import type { DuplicateKind, Speech, SpeechSummary } from './types';

// The rows of the Dexie tables (db.ts), apart from the database class so that the migrations and the text-row
// helpers can name them without importing the database (no import circle).

/**
 * A speech as stored: everything but its text, which lives in `texts` so that lists, filters and tag counts
 * over 10,000 speeches never read the bodies. The extra fields exist only for indexes.
 */
export interface SpeechRow extends Omit<Speech, 'body' | 'parts'> {
  /** 1 while the speech is in the library, 0 in the trash (IndexedDB cannot index `undefined`). */
  live: 0 | 1;
  site: string;
  /** Normalised source urls, for duplicate checks. */
  urls: string[];
  /** Hash of the folded text, for duplicate checks. */
  fingerprint: string;
  length: number;
  /** The text's document number in the search index (version 5 on); a new text gets a new number. */
  doc?: number;
  /**
   * When this library last changed the speech itself (version 6 on; `Store.tick`): what sync sends. A version
   * taken from sync unchanged keeps the old value; 0 for a speech that came from sync.
   */
  changedAt?: number;
}

export interface TextRow {
  id: string;
  body: string;
  /** Absent when the speech is one part holding the whole body: the text is not stored twice. */
  parts?: Speech['parts'];
  /** That single part's title. */
  partTitle?: string;
}

/** Sampled shingle hashes of a live speech's folded text: near-duplicate checks without reading bodies. */
export interface SampleRow {
  id: string;
  sample: number[];
}

/** The kept 12-gram hashes of a live speech's core text (search/clauses.ts), for 套话; version 6 on. */
export interface ClauseRow {
  id: string;
  p: Int32Array;
}

/** An excerpt deleted here or by a colleague (version 8 on): sync sends the delete and never brings it back. */
export interface ExcerptDeleteRow {
  id: string;
  deletedAt: number;
}

/**
 * Two live speeches that sync found to be one speech saved twice, by two people or on two devices (version 8
 * on), until the user merges them or keeps both. `keep` is the one a merge keeps (the earlier saved), on every
 * machine the same. The id is `keep|other`.
 */
export interface DuplicatePairRow {
  id: string;
  keep: string;
  other: string;
  kind: DuplicateKind;
  foundAt: number;
  /** 1 once the user chose to keep both: never offered again. */
  dismissed: 0 | 1;
}

export interface TagRow {
  tag: string;
  count: number;
}

// The search index (search/, docs/library.md "Search"), from version 5 on.

/**
 * The postings of the grams of one bucket (1 in 1,024 of all grams, by hash) in one sealed block of 512
 * speeches: key `bucket * 4096 + block`. `g` holds the grams in order, `o` where each one's postings end in `p`.
 */
export interface GramRow {
  k: number;
  g: Float64Array;
  o: Uint32Array;
  p: Uint8Array;
}

/** What search needs of one speech besides its text (in memory; a block's catalog row keeps them by column). */
export interface CatalogEntry {
  s: SpeechSummary;
  /** 1 while live (trash and restore change only this). */
  l: 0 | 1;
  /** The folded title and the folded tags joined by spaces. */
  t: string;
  g: string;
}

/**
 * A sealed block's catalog, a column per field and a place per document number ('' as id where that number no
 * longer holds a speech): 512 strings and typed arrays load several times faster than 512 objects.
 */
export interface BlockRow {
  block: number;
  id: string[];
  live: Uint8Array;
  title: string[];
  site: string[];
  genre: string[];
  level: string[];
  date: string[];
  length: Float64Array;
  createdAt: Float64Array;
  updatedAt: Float64Array;
  truncated: Uint8Array;
  /** The tags joined by line breaks (a tag holds none). */
  tags: string[];
  folded: string[];
  foldedTags: string[];
}

export interface SearchMetaRow {
  id: 'meta';
  /** The next document number: a speech gets a new one whenever its text changes. */
  next: number;
  /** Document numbers below this are in sealed blocks; the rest are scanned. */
  sealed: number;
  /** Each block's catalog version, so another page reloads only what changed. */
  versions: number[];
}
