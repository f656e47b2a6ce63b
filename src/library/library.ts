import type { GaokuDb } from './db';
import { Duplicates } from './duplicates';
import { Excerpts } from './excerpts';
import { Exchange } from './exchange/exchange';
import { ClauseIndex } from './search/clauseIndex';
import { IndexWriter } from './search/indexWriter';
import { Search } from './search/searchService';
import { Speeches } from './speeches';
import { Stats } from './stats';
import { Store } from './store';
import { SyncedDuplicates } from './syncedDuplicates';
import { SyncedSpeeches } from './syncedSpeeches';
import { Tags } from './tags';
import type {
  CaptureInput,
  DuplicateMatch,
  DuplicatePair,
  Excerpt,
  ExcerptDelete,
  ImportResult,
  Library,
  LibraryStats,
  ListQuery,
  RecurringPassage,
  SavedBy,
  SaveOptions,
  SaveResult,
  SearchHit,
  Speech,
  SpeechFilter,
  SpeechPatch,
  SpeechSummary,
  TagCount,
} from './types';

/**
 * The `Library` of types.ts, put together from small services over one store (docs/library.md). Each method
 * is the service's; each service owns its caches and drops them only through the store's `onStale`.
 */
export class GaokuLibrary implements Library {
  private readonly store: Store;
  private readonly speeches: Speeches;
  private readonly duplicates: Duplicates;
  private readonly tags: Tags;
  private readonly searchService: Search;
  private readonly clauses: ClauseIndex;
  private readonly statistics: Stats;
  private readonly excerpts: Excerpts;
  private readonly exchange: Exchange;
  private readonly synced: SyncedSpeeches;
  private readonly syncedDuplicates: SyncedDuplicates;

  constructor(readonly db: GaokuDb) {
    this.store = new Store(db);
    this.duplicates = new Duplicates(this.store);
    this.tags = new Tags(this.store);
    const indexWriter = new IndexWriter(this.store);
    this.searchService = new Search(this.store, indexWriter);
    this.clauses = new ClauseIndex(this.store);
    this.speeches = new Speeches(this.store, this.duplicates, this.tags, indexWriter, this.clauses);
    this.statistics = new Stats(this.store, this.tags);
    this.excerpts = new Excerpts(this.store, this.speeches);
    this.exchange = new Exchange(this.store, this.speeches, this.duplicates, this.excerpts);
    this.syncedDuplicates = new SyncedDuplicates(this.store, this.speeches, this.duplicates);
    this.synced = new SyncedSpeeches(this.store, this.speeches, this.syncedDuplicates);
  }

  save(capture: CaptureInput, options?: SaveOptions): Promise<SaveResult> {
    return this.speeches.save(capture, options);
  }
  saveAll(jobs: readonly { capture: CaptureInput; options?: SaveOptions }[]): Promise<SaveResult[]> {
    return this.speeches.saveAll(jobs);
  }
  findDuplicate(capture: CaptureInput): Promise<DuplicateMatch | undefined> {
    return this.speeches.findDuplicate(capture);
  }
  addSource(id: string, capture: CaptureInput): Promise<Speech> {
    return this.speeches.addSource(id, capture);
  }
  replaceText(id: string, capture: CaptureInput): Promise<Speech> {
    return this.speeches.replaceText(id, capture);
  }
  get(id: string): Promise<Speech | undefined> {
    return this.speeches.get(id);
  }
  update(id: string, patch: SpeechPatch): Promise<Speech> {
    return this.speeches.update(id, patch);
  }
  trash(ids: string[]): Promise<void> {
    return this.speeches.setTrashed(ids, Date.now());
  }
  restore(ids: string[]): Promise<void> {
    return this.speeches.setTrashed(ids, undefined);
  }
  listTrash(): Promise<SpeechSummary[]> {
    return this.speeches.listTrash();
  }
  emptyTrash(): Promise<number> {
    return this.speeches.emptyTrash();
  }
  list(query?: ListQuery): Promise<{ items: SpeechSummary[]; total: number }> {
    return this.speeches.list(query);
  }

  search(query: string, filter?: SpeechFilter & { limit?: number; anyTerm?: boolean }): Promise<SearchHit[]> {
    return this.searchService.search(query, filter);
  }
  prepareSearch(): Promise<void> {
    return this.searchService.prepare();
  }
  recurringPassages(id: string): Promise<RecurringPassage[]> {
    return this.clauses.passages(id);
  }

  addExcerpt(speechId: string, text: string, note?: string): Promise<Excerpt> {
    return this.excerpts.add(speechId, text, note);
  }
  listExcerpts(): Promise<Excerpt[]> {
    return this.excerpts.list();
  }
  deleteExcerpt(id: string): Promise<void> {
    return this.excerpts.delete(id);
  }

  tagCounts(): Promise<TagCount[]> {
    return this.tags.tagCounts();
  }
  completeTags(prefix: string, limit?: number): Promise<string[]> {
    return this.tags.completeTags(prefix, limit);
  }
  suggestTags(capture: CaptureInput, limit?: number): Promise<string[]> {
    return this.tags.suggestTags(capture, limit, (words) => this.searchService.commonWords(words));
  }
  renameTag(from: string, to: string): Promise<number> {
    return this.speeches.retag([from], to);
  }
  mergeTags(from: string[], into: string): Promise<number> {
    return this.speeches.retag(from, into);
  }

  stats(): Promise<LibraryStats> {
    return this.statistics.stats();
  }
  siteCounts(): Promise<{ site: string; count: number }[]> {
    return this.statistics.siteCounts();
  }

  exportJson(ids?: string[], onProgress?: (done: number, total: number) => void): Promise<string> {
    return this.exchange.exportJson(ids, onProgress);
  }
  exportJsonBlob(ids?: string[], onProgress?: (done: number, total: number) => void): Promise<Blob> {
    return this.exchange.exportJsonBlob(ids, onProgress);
  }
  exportMarkdown(ids: string[]): Promise<string> {
    return this.exchange.exportMarkdown(ids);
  }
  exportText(ids: string[]): Promise<string> {
    return this.exchange.exportText(ids);
  }
  exportExcerpts(): Promise<string> {
    return this.exchange.exportExcerpts();
  }
  importJson(text: string): Promise<ImportResult> {
    return this.exchange.importJson(text);
  }

  changedSince(after: number, limit: number): Promise<{ speech: Speech; changedAt: number }[]> {
    return this.synced.changedSince(after, limit);
  }
  applySynced(speeches: Speech[], excerpts?: Excerpt[], deletedExcerpts?: ExcerptDelete[]): Promise<number> {
    return this.synced.apply(speeches, excerpts, deletedExcerpts);
  }
  deletedExcerpts(): Promise<ExcerptDelete[]> {
    return this.synced.deletedExcerpts();
  }
  duplicatePairs(): Promise<DuplicatePair[]> {
    return this.syncedDuplicates.list();
  }
  mergeDuplicatePair(id: string): Promise<Speech> {
    return this.syncedDuplicates.merge(id);
  }
  keepDuplicatePair(id: string): Promise<void> {
    return this.syncedDuplicates.keepBoth(id);
  }
  noteSavedBy(ids: string[], savedBy: SavedBy): Promise<void> {
    return this.synced.noteSavedBy(ids, savedBy);
  }

  onChange(listener: () => void): () => void {
    return this.store.onChange(listener);
  }

  async requestPersistence(): Promise<boolean | undefined> {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) return undefined;
    if (await storage.persisted?.()) return true;
    return storage.persist();
  }

  close(): void {
    this.store.close();
  }
}
