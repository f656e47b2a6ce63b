import type { Speech } from './types';

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

export interface TagRow {
  tag: string;
  count: number;
}
