import type { CaptureRecord, DocMeta, SpeechPart, TruncationDetail } from '../extract/types';
import type { Genre, Level, SpeechFacts } from '../facts/speechFacts';

export type { Genre, Level, SpeechFacts };

/** One page a speech was saved from; a speech reposted on several sites keeps them all. */
export interface SpeechSource {
  url: string;
  /** The url without tracking parameters (utm_*, spm, from, share tokens): what duplicates compare. */
  normalizedUrl: string;
  site: string;
  capturedAt: number;
}

/** A saved speech: the whole capture record, plus what the user adds. */
export interface Speech {
  id: string;
  title: string;
  body: string;
  parts: SpeechPart[];
  truncated: boolean;
  truncation: TruncationDetail[];
  meta: DocMeta;
  /** Speaker, post, occasion, date, genre, level: read from the text at save, then the user's to edit. */
  facts: SpeechFacts;
  censored: number;
  extractor: string;
  tags: string[];
  notes: string;
  sources: SpeechSource[];
  createdAt: number;
  updatedAt: number;
  /** Set when the speech is in the trash; restore clears it. */
  deletedAt?: number;
  /** When each field was last changed and whether by the user or a capture (sync merges by these). */
  stamps?: FieldStamps;
  /** Earlier values of edited fields and values that lost a merge (sync), newest first, at most 20. */
  history?: HistoryEntry[];
  /** Who saved the speech and on which device, once it has been through an office library (sync). */
  savedBy?: SavedBy;
}

/** The parts of a speech that merge one by one when two versions meet (docs/sync.md). */
export type MergeField = 'title' | 'tags' | 'notes' | 'facts' | 'text' | 'sources' | 'trash';

/** `edit`: the user typed it; `capture`: it came from a page. A field without a stamp: capture at createdAt. */
export interface FieldStamp {
  at: number;
  kind: 'edit' | 'capture';
}

export type FieldStamps = Partial<Record<MergeField, FieldStamp>>;

export interface HistoryEntry {
  field: MergeField;
  /** The losing value as it was (for `text`: the body; for `trash`: deletedAt or null). */
  value: unknown;
  /** When that value was set (its field's stamp then). */
  at: number;
}

export interface SavedBy {
  /** As the person calls themselves in the settings: 张三 · 综合科. */
  name: string;
  device: string;
}

/** What lists show: no body, so the first screen of 10,000 speeches loads fast. */
export interface SpeechSummary {
  id: string;
  title: string;
  site: string;
  genre?: Genre;
  level?: Level;
  /** The date of the speech as the text states it (not the save date). */
  date?: string;
  length: number;
  tags: string[];
  truncated: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface SpeechFilter {
  tags?: string[];
  site?: string;
  /** createdAt range, epoch ms, inclusive. */
  from?: number;
  to?: number;
  truncated?: boolean;
  genre?: Genre;
  level?: Level;
  /** The speech's own date (as its text states it, ISO), inclusive; a speech without one is left out. */
  dateFrom?: string;
  dateTo?: string;
}

export type SortOrder = 'updated-desc' | 'created-desc' | 'created-asc' | 'title' | 'length-desc';

export interface ListQuery extends SpeechFilter {
  sort?: SortOrder;
  offset?: number;
  limit?: number;
}

/** A range [start, end) in a snippet's text to highlight. */
export type Highlight = [number, number];

export interface SearchHit {
  speech: SpeechSummary;
  score: number;
  /** Text around the best hit in the body (or the title when only it matched). */
  snippet: string;
  highlights: Highlight[];
}

export interface SaveOptions {
  title?: string;
  tags?: string[];
  notes?: string;
  /** Save even when a duplicate exists (the user chose "save as new"). */
  force?: boolean;
}

export type DuplicateKind = 'same-url' | 'same-text' | 'near-text';

/** A capture that repeats a saved speech: which one, how, and whether the capture is the fuller copy. */
export interface DuplicateMatch {
  status: 'duplicate';
  match: Speech;
  kind: DuplicateKind;
  /** The new capture shows more of the speech than the saved copy: offer to replace. */
  moreComplete: boolean;
}

/** A copy in a duplicate pair, as the merge offer shows it. */
export interface DuplicateCopy extends SpeechSummary {
  savedBy?: SavedBy;
  /** The sites it was saved from. */
  sources: string[];
}

/** One speech saved twice, by colleagues or on two devices, found by sync: merge into `keep`, or keep both. */
export interface DuplicatePair {
  id: string;
  kind: DuplicateKind;
  foundAt: number;
  keep: DuplicateCopy;
  other: DuplicateCopy;
}

export type SaveResult = { status: 'saved'; speech: Speech } | DuplicateMatch;

export interface LibraryStats {
  speeches: number;
  /** Characters (字) in all live speeches. */
  characters: number;
  truncated: number;
  byTag: TagCount[];
  bySite: { site: string; count: number }[];
  /** By the year of the speech where its text states it, else the page's date, else the year it was saved. */
  byYear: { year: number; count: number }[];
  /** How many speeches `byYear` counts by each date: the speech's own, the page's, the save's. */
  yearFrom: Record<YearSource, number>;
}

/** Which date a speech's year comes from (issue 11, item 8). */
export type YearSource = 'speech' | 'page' | 'saved';

/**
 * A run of one speech (12 or more characters, punctuation, width and 简繁 aside) that other saved speeches
 * also contain: a set phrase (套话) or a shared passage.
 */
export interface RecurringPassage {
  text: string;
  /** Paragraph of the speech it is in. */
  paragraph: number;
  /** The other speeches holding it. */
  ids: string[];
  /** A search that finds it however other speeches punctuate it. */
  query: string;
}

/** A passage kept for writing (素材), with where it came from. */
export interface Excerpt {
  id: string;
  speechId: string;
  speechTitle: string;
  url: string;
  site: string;
  text: string;
  note: string;
  createdAt: number;
}

export interface ExcerptDelete {
  id: string;
  deletedAt: number;
}

export interface TagCount {
  tag: string;
  count: number;
}

/** What is wrong with a file or one of its records; the pages say it in the UI's language (locales: importIssue). */
export type ImportProblem =
  | 'not-text'
  | 'too-long'
  | 'not-number'
  | 'not-boolean'
  | 'not-list'
  | 'too-many'
  | 'not-record'
  | 'forbidden-key'
  | 'bad-tag'
  | 'bad-part'
  | 'no-sources'
  | 'bad-entry'
  | 'bad-facts'
  | 'duplicate-id'
  | 'file-too-large'
  | 'bad-json'
  | 'json-ends-early'
  | 'not-gaoku'
  | 'bad-version'
  | 'newer-version'
  | 'no-speeches';

export interface ImportIssue {
  /** Index in the file's speeches array; -1 for the file as a whole. */
  index: number;
  /** The field as the file names it (`title`, `sources[0].url`, `excerpts[2].text`). */
  field?: string;
  code: ImportProblem;
  /** The numbers and words the message needs, in order (lengths and limits, line and column, an id). */
  params: (string | number)[];
}

export type ImportResult =
  | { ok: true; added: number; merged: number; unchanged: number }
  | { ok: false; issues: ImportIssue[] };

/** The capture a save starts from; only the engine's record, nothing from the page itself. */
export type CaptureInput = CaptureRecord;

export interface SpeechPatch {
  title?: string;
  tags?: string[];
  notes?: string;
  facts?: SpeechFacts;
}

/**
 * The library as the extension's pages use it. `openLibrary()` in ./index returns one; every method
 * runs in a Dexie transaction, so a failure leaves the library as it was.
 */
export interface Library {
  /** Saves a capture, or returns the duplicate it matches (unless `force`). */
  save(capture: CaptureInput, options?: SaveOptions): Promise<SaveResult>;
  /** Several captures (a compilation's parts) in one transaction: all saved, or none (a full disk, a closed browser). */
  saveAll(jobs: readonly { capture: CaptureInput; options?: SaveOptions }[]): Promise<SaveResult[]>;
  /** The saved speech a capture repeats, if any (what `save` would answer), without saving: told before Save. */
  findDuplicate(capture: CaptureInput): Promise<DuplicateMatch | undefined>;
  /** The same speech seen on another page: add that page as a source (the same page: its capture time is renewed). */
  addSource(id: string, capture: CaptureInput): Promise<Speech>;
  /** Replace the saved text with a more complete copy; sources, tags and notes stay. */
  replaceText(id: string, capture: CaptureInput): Promise<Speech>;
  get(id: string): Promise<Speech | undefined>;
  update(id: string, patch: SpeechPatch): Promise<Speech>;
  /** Moves to the trash; `restore` brings back, `emptyTrash` deletes for good. */
  trash(ids: string[]): Promise<void>;
  restore(ids: string[]): Promise<void>;
  listTrash(): Promise<SpeechSummary[]>;
  emptyTrash(): Promise<number>;
  list(query?: ListQuery): Promise<{ items: SpeechSummary[]; total: number }>;
  /** Speeches holding every term (or any, with `anyTerm` or `OR` in the query), best first. */
  search(query: string, filter?: SpeechFilter & { limit?: number; anyTerm?: boolean }): Promise<SearchHit[]>;
  /** Keeps a passage of a saved speech as 素材, with its source. */
  addExcerpt(speechId: string, text: string, note?: string): Promise<Excerpt>;
  listExcerpts(): Promise<Excerpt[]>;
  deleteExcerpt(id: string): Promise<void>;
  /** The excerpts as Markdown, each with its speech and source. */
  exportExcerpts(): Promise<string>;
  /** Runs of this speech that other saved speeches also hold (套话, shared passages), most shared first. */
  recurringPassages(id: string): Promise<RecurringPassage[]>;
  /** Loads what search needs ahead of the first query (the library page calls it once idle). */
  prepareSearch(): Promise<void>;
  tagCounts(): Promise<TagCount[]>;
  /** Existing tags starting with (or containing) `prefix`, most used first. */
  completeTags(prefix: string, limit?: number): Promise<string[]>;
  /** From the page's keyword line, the capture's topic words and tags already in use. */
  suggestTags(capture: CaptureInput, limit?: number): Promise<string[]>;
  renameTag(from: string, to: string): Promise<number>;
  mergeTags(from: string[], into: string): Promise<number>;
  siteCounts(): Promise<{ site: string; count: number }[]>;
  /** Figures for the statistics panel, from the summaries only (no bodies read). */
  stats(): Promise<LibraryStats>;
  /** JSON `{format: "gaoku-library", schemaVersion, exportedAt, speeches}`; all speeches when no ids. */
  exportJson(ids?: string[], onProgress?: (done: number, total: number) => void): Promise<string>;
  /**
   * The same file as a Blob, made a chunk at a time: for libraries whose file is longer than a JS string can be
   * (about 48,000 speeches of 5,000 characters) and to keep the text out of the page's heap while exporting.
   */
  exportJsonBlob(ids?: string[], onProgress?: (done: number, total: number) => void): Promise<Blob>;
  exportMarkdown(ids: string[]): Promise<string>;
  exportText(ids: string[]): Promise<string>;
  importJson(text: string): Promise<ImportResult>;
  /**
   * Speeches written after `after` (a `changedAt`, the library's own clock), oldest change first: what sync
   * sends. `changedAt` of the last one is where the next call starts.
   */
  changedSince(after: number, limit: number): Promise<{ speech: Speech; changedAt: number }[]>;
  /**
   * Versions of speeches from elsewhere (sync), each merged into the one saved here field by field
   * (src/library/syncMerge.ts), in one transaction. A speech not here comes in unless it is in the trash;
   * no speech is removed. Excerpts not here are added unless deleted here; `deletedExcerpts`, deleted on another
   * machine, are deleted here. Speeches that arrive beside a copy of themselves are noted for `duplicatePairs`.
   * Returns how many speeches and excerpts changed.
   */
  applySynced(speeches: Speech[], excerpts?: Excerpt[], deletedExcerpts?: ExcerptDelete[]): Promise<number>;
  /** Excerpts deleted here or by sync, for sync to send: `applySynced` never brings them back. */
  deletedExcerpts(): Promise<ExcerptDelete[]>;
  /** Copies of one speech that sync brought in beside each other, to merge or keep apart. */
  duplicatePairs(): Promise<DuplicatePair[]>;
  /** The pair merged into the copy kept on every machine (the earlier saved); the other to the trash. */
  mergeDuplicatePair(id: string): Promise<Speech>;
  /** Both copies stay, and the pair is not offered again. */
  keepDuplicatePair(id: string): Promise<void>;
  /** Who saved these speeches, where not known yet (no other field changes). */
  noteSavedBy(ids: string[], savedBy: SavedBy): Promise<void>;
  /** Calls `listener` when another page (the popup, another tab) changed the library; returns an unsubscribe. */
  onChange(listener: () => void): () => void;
  /** Asks for persistent storage; undefined where the browser has no such API. */
  requestPersistence(): Promise<boolean | undefined>;
  close(): void;
}
