import { Dexie } from 'dexie';
import { speechFacts } from '../facts/speechFacts';
import type { GaokuDb, SpeechRow, TextRow } from './db';
import { excerptForExport, excerptToMarkdown } from './excerpts';
import {
  EXPORT_FORMAT,
  EXPORT_SCHEMA_VERSION,
  exportHeader,
  parseExportFile,
  speechForExport,
} from './exportFormat';
import { cleanFacts } from './factsField';
import {
  charCount,
  containment,
  foldText,
  hashText,
  MIN_SAMPLES,
  NEAR_DUPLICATE,
  SAME_PAGE,
  shingleSample,
} from './fingerprint';
import { LibraryError, wrapStorageError } from './libraryError';
import { normalizeUrl } from './normalizeUrl';
import { parseQuery } from './query';
import { findRecurring, type RecurringPassage } from './recurring';
import { SampleIndex } from './sampleIndex';
import { makeSearchDoc, makeSnippet, type SearchDoc, scoreDoc } from './searchIndex';
import {
  cleanTags,
  completeness,
  fromRow,
  hasFilter,
  matchesFilter,
  mergeSpeech,
  newId,
  SORTS,
  sharesText,
  sourceOf,
  summaryOf,
  toRow,
} from './speechRows';
import { topicWords } from './tagSuggestions';
import { speechToMarkdown, speechToText } from './textExport';
import { toTextRow } from './textRow';
import type {
  CaptureInput,
  DuplicateKind,
  Excerpt,
  ImportResult,
  Library,
  LibraryStats,
  ListQuery,
  SaveOptions,
  SaveResult,
  SearchHit,
  Speech,
  SpeechFilter,
  SpeechPatch,
  SpeechSummary,
  TagCount,
} from './types';

const EXPORT_CHUNK = 200;
const EXCERPT_MAX = 20_000;
const SEARCH_LOAD_PAGE = 500;

export class DexieLibrary implements Library {
  /** Search documents, loaded on the first search and kept in step with every write of this instance. */
  private searchDocs: Map<string, SearchDoc> | undefined;
  private loadingSearch: Promise<Map<string, SearchDoc>> | undefined;
  private tagCache: TagCount[] | undefined;
  /** Near-duplicate samples, loaded on the first save that needs them and kept in step. */
  private sampleIndex: SampleIndex | undefined;

  /** Other pages' libraries (the popup, another library tab) say here that they wrote. */
  private readonly channel: BroadcastChannel | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(readonly db: GaokuDb) {
    this.channel =
      typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(`gaoku-library:${db.name}`);
    this.channel?.addEventListener('message', () => {
      this.dropCaches();
      for (const l of this.listeners) l();
    });
  }

  private dropCaches(): void {
    this.sampleIndex = undefined;
    this.searchDocs = undefined;
    this.loadingSearch = undefined;
    this.tagCache = undefined;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- writes -------------------------------------------------------------------------------------

  /** Runs a write, turning a full disk into a LibraryError the caller can show and retry. */
  private async write<T>(fn: () => Promise<T>): Promise<T> {
    try {
      const result = await this.db.transaction(
        'rw',
        [this.db.speeches, this.db.texts, this.db.samples, this.db.tags, this.db.excerpts],
        fn,
      );
      this.channel?.postMessage('changed');
      return result;
    } catch (e) {
      // A rolled-back transaction may have left the in-memory indexes ahead of the database.
      this.dropCaches();
      throw wrapStorageError(e);
    } finally {
      this.tagCache = undefined;
    }
  }

  private async adjustTags(removed: readonly string[], added: readonly string[]): Promise<void> {
    const delta = new Map<string, number>();
    for (const t of removed) delta.set(t, (delta.get(t) ?? 0) - 1);
    for (const t of added) delta.set(t, (delta.get(t) ?? 0) + 1);
    for (const [tag, d] of delta) {
      if (d === 0) continue;
      const row = await this.db.tags.get(tag);
      const count = (row?.count ?? 0) + d;
      if (count > 0) await this.db.tags.put({ tag, count });
      else await this.db.tags.delete(tag);
    }
  }

  /** Writes a whole speech (row + text), keeping tag counts and the search documents in step. */
  private async put(s: Speech, previous?: SpeechRow): Promise<void> {
    const folded = foldText(s.body);
    const row = toRow(s, hashText(folded), charCount(s.body));
    await this.db.speeches.put(row);
    await this.db.texts.put(toTextRow(s.id, s.body, s.parts));
    const sample = shingleSample(folded);
    if (row.live) await this.db.samples.put({ id: s.id, sample });
    else await this.db.samples.delete(s.id);
    if (this.sampleIndex) {
      if (row.live) this.sampleIndex.add(s.id, sample);
      else this.sampleIndex.remove(s.id);
    }
    await this.adjustTags(previous?.live ? previous.tags : [], row.live ? row.tags : []);
    if (this.searchDocs) {
      if (row.live) this.searchDocs.set(s.id, makeSearchDoc(summaryOf(row), s.body));
      else this.searchDocs.delete(s.id);
    }
  }

  /** The live speech this capture repeats, if any: same page, same text, or most of one in the other. */
  private async findDuplicate(
    body: string,
    url: string,
  ): Promise<{ row: SpeechRow; kind: DuplicateKind } | undefined> {
    const folded = foldText(body);
    const sample = shingleSample(folded);
    // One page can hold several speeches (a compilation saved part by part): the same url is the same
    // speech only when the texts do not plainly differ.
    const byUrl = await this.db.speeches
      .where('urls')
      .equals(normalizeUrl(url))
      .filter((r) => r.live === 1)
      .toArray();
    for (const row of byUrl) {
      const text = await this.db.texts.get(row.id);
      const other = (await this.db.samples.get(row.id))?.sample ?? [];
      const same =
        sample.length >= MIN_SAMPLES && other.length >= MIN_SAMPLES
          ? containment(sample, other) >= SAME_PAGE
          : sharesText(folded, foldText(text?.body ?? ''));
      if (same) return { row, kind: 'same-url' };
    }
    const byText = await this.db.speeches
      .where('fingerprint')
      .equals(hashText(folded))
      .filter((r) => r.live === 1)
      .first();
    if (byText) return { row: byText, kind: 'same-text' };
    if (sample.length < MIN_SAMPLES) return undefined;
    if (!this.sampleIndex) {
      const index = new SampleIndex();
      for (const r of await this.db.samples.toArray()) index.add(r.id, r.sample);
      this.sampleIndex = index;
    }
    const best = this.sampleIndex.best(sample, NEAR_DUPLICATE);
    if (!best) return undefined;
    const row = await this.db.speeches.get(best.id);
    return row?.live ? { row, kind: 'near-text' } : undefined;
  }

  async save(capture: CaptureInput, options: SaveOptions = {}): Promise<SaveResult> {
    return this.write(async () => {
      if (!options.force) {
        const dup = await this.findDuplicate(capture.body, capture.url);
        if (dup) {
          const match = fromRow(dup.row, await this.db.texts.get(dup.row.id));
          const mine = completeness(charCount(capture.body), capture.truncated);
          return {
            status: 'duplicate',
            match,
            kind: dup.kind,
            moreComplete: mine > completeness(dup.row.length, dup.row.truncated) * 1.02,
          };
        }
      }
      const now = Date.now();
      const title = (options.title ?? capture.title).trim() || capture.title;
      const speech: Speech = {
        id: newId(),
        title,
        body: capture.body,
        parts: capture.parts,
        truncated: capture.truncated,
        truncation: capture.truncation,
        meta: capture.meta,
        facts: speechFacts(title, capture.body),
        censored: capture.censored,
        extractor: capture.extractor,
        tags: cleanTags(options.tags ?? []),
        notes: options.notes ?? '',
        sources: [sourceOf(capture, now)],
        createdAt: now,
        updatedAt: now,
      };
      await this.put(speech);
      return { status: 'saved', speech };
    });
  }

  private async mustGet(id: string): Promise<{ speech: Speech; row: SpeechRow }> {
    const row = await this.db.speeches.get(id);
    if (!row) throw new LibraryError('not-found', '稿库里没有这篇讲话，可能已被删除。');
    return { speech: fromRow(row, await this.db.texts.get(id)), row };
  }

  async addSource(id: string, capture: CaptureInput): Promise<Speech> {
    return this.write(async () => {
      const { speech, row } = await this.mustGet(id);
      const now = Date.now();
      const src = sourceOf(capture, now);
      if (!speech.sources.some((s) => s.normalizedUrl === src.normalizedUrl)) speech.sources.push(src);
      speech.updatedAt = now;
      await this.put(speech, row);
      return speech;
    });
  }

  async replaceText(id: string, capture: CaptureInput): Promise<Speech> {
    return this.write(async () => {
      const { speech, row } = await this.mustGet(id);
      const now = Date.now();
      const src = sourceOf(capture, now);
      const next: Speech = {
        ...speech,
        body: capture.body,
        parts: capture.parts,
        truncated: capture.truncated,
        truncation: capture.truncation,
        meta: {
          ...capture.meta,
          keywords: [...new Set([...speech.meta.keywords, ...capture.meta.keywords])],
        },
        facts: { ...speechFacts(speech.title, capture.body), ...speech.facts },
        censored: capture.censored,
        extractor: capture.extractor,
        sources: speech.sources.some((s) => s.normalizedUrl === src.normalizedUrl)
          ? speech.sources
          : [src, ...speech.sources],
        updatedAt: now,
      };
      await this.put(next, row);
      return next;
    });
  }

  async get(id: string): Promise<Speech | undefined> {
    const row = await this.db.speeches.get(id);
    return row ? fromRow(row, await this.db.texts.get(id)) : undefined;
  }

  async update(id: string, patch: SpeechPatch): Promise<Speech> {
    return this.write(async () => {
      const { speech, row } = await this.mustGet(id);
      const next: Speech = {
        ...speech,
        title: patch.title?.trim() || speech.title,
        tags: patch.tags !== undefined ? cleanTags(patch.tags) : speech.tags,
        notes: patch.notes ?? speech.notes,
        facts: patch.facts !== undefined ? cleanFacts(patch.facts) : speech.facts,
        updatedAt: Date.now(),
      };
      await this.put(next, row);
      return next;
    });
  }

  private async setTrashed(ids: string[], deletedAt: number | undefined): Promise<void> {
    await this.write(async () => {
      for (const id of ids) {
        const row = await this.db.speeches.get(id);
        if (!row) continue;
        const speech = fromRow(row, await this.db.texts.get(id));
        if (deletedAt === undefined) delete speech.deletedAt;
        else speech.deletedAt = deletedAt;
        await this.put(speech, row);
      }
    });
  }

  trash(ids: string[]): Promise<void> {
    return this.setTrashed(ids, Date.now());
  }

  restore(ids: string[]): Promise<void> {
    return this.setTrashed(ids, undefined);
  }

  async listTrash(): Promise<SpeechSummary[]> {
    const rows = await this.db.speeches.where('live').equals(0).toArray();
    return rows.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0)).map(summaryOf);
  }

  async emptyTrash(): Promise<number> {
    return this.write(async () => {
      const ids = (await this.db.speeches.where('live').equals(0).primaryKeys()) as string[];
      await this.db.speeches.bulkDelete(ids);
      await this.db.texts.bulkDelete(ids);
      await this.db.samples.bulkDelete(ids);
      return ids.length;
    });
  }

  // ---- reads --------------------------------------------------------------------------------------

  async list(query: ListQuery = {}): Promise<{ items: SpeechSummary[]; total: number }> {
    const sort = SORTS[query.sort ?? 'updated-desc'];
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 50;
    if (!hasFilter(query)) {
      // The first screen: an index walk of `limit` rows, no bodies, no full scan.
      let coll = this.db.speeches.where(sort.index).between([1, Dexie.minKey], [1, Dexie.maxKey]);
      if (sort.reverse) coll = coll.reverse();
      const [rows, total] = await Promise.all([
        coll.offset(offset).limit(limit).toArray(),
        this.db.speeches.where('live').equals(1).count(),
      ]);
      return { items: rows.map(summaryOf), total };
    }
    const base = query.tags?.length
      ? this.db.speeches.where('tags').equals(query.tags[0] as string)
      : this.db.speeches.where('live').equals(1);
    const rows = (await base.toArray())
      .filter((r) => r.live === 1 && matchesFilter(summaryOf(r), query))
      .sort(sort.cmp);
    return { items: rows.slice(offset, offset + limit).map(summaryOf), total: rows.length };
  }

  private loadSearch(): Promise<Map<string, SearchDoc>> {
    if (this.searchDocs) return Promise.resolve(this.searchDocs);
    this.loadingSearch ??= (async () => {
      const rows = await this.db.speeches.where('live').equals(1).toArray();
      const docs = new Map<string, SearchDoc>();
      const byId = new Map(rows.map((r) => [r.id, r]));
      // Pages of getAll by primary key: many times faster than a cursor, and the page paints between them.
      let after: string | undefined;
      for (;;) {
        const page: TextRow[] = await (after === undefined
          ? this.db.texts.orderBy(':id')
          : this.db.texts.where(':id').above(after)
        )
          .limit(SEARCH_LOAD_PAGE)
          .toArray();
        for (const t of page) {
          const r = byId.get(t.id);
          if (r) docs.set(t.id, makeSearchDoc(summaryOf(r), t.body));
        }
        if (page.length < SEARCH_LOAD_PAGE) break;
        after = page[page.length - 1]?.id;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      this.searchDocs = docs;
      return docs;
    })();
    return this.loadingSearch;
  }

  async addExcerpt(speechId: string, text: string, note = ''): Promise<Excerpt> {
    const clean = text.trim();
    if (!clean) throw new LibraryError('invalid', '请先在正文中选中要收入素材的文字。');
    if (clean.length > EXCERPT_MAX)
      throw new LibraryError('invalid', `素材过长（${clean.length} 字），一次最多 ${EXCERPT_MAX} 字。`);
    return this.write(async () => {
      const { speech } = await this.mustGet(speechId);
      const excerpt: Excerpt = {
        id: newId(),
        speechId,
        speechTitle: speech.title,
        url: speech.sources[0]?.url ?? '',
        site: speech.sources[0]?.site ?? '',
        text: clean,
        note: note.trim(),
        createdAt: Date.now(),
      };
      await this.db.excerpts.put(excerpt);
      return excerpt;
    });
  }

  async listExcerpts(): Promise<Excerpt[]> {
    return (await this.db.excerpts.orderBy('createdAt').reverse().toArray()).map(excerptForExport);
  }

  async deleteExcerpt(id: string): Promise<void> {
    await this.write(() => this.db.excerpts.delete(id));
  }

  async exportExcerpts(): Promise<string> {
    return (await this.listExcerpts()).map(excerptToMarkdown).join('\n\n');
  }

  async recurringPassages(id: string): Promise<RecurringPassage[]> {
    const [docs, text] = await Promise.all([this.loadSearch(), this.db.texts.get(id)]);
    return findRecurring(text?.body ?? '', id, docs.values());
  }

  async prepareSearch(): Promise<void> {
    await this.loadSearch();
  }

  async search(query: string, filter: SpeechFilter & { limit?: number } = {}): Promise<SearchHit[]> {
    const { terms } = parseQuery(query);
    if (terms.length === 0) return [];
    const docs = await this.loadSearch();
    const hits = [];
    for (const doc of docs.values()) {
      const h = scoreDoc(doc, terms);
      if (h) hits.push(h);
    }
    hits.sort((a, b) => b.score - a.score);
    const limit = filter.limit ?? 200;
    const filtering = hasFilter(filter);
    const out: SearchHit[] = [];
    for (const h of hits) {
      if (out.length >= limit) break;
      const doc = docs.get(h.id);
      if (!doc || (filtering && !matchesFilter(doc.summary, filter))) continue;
      const inBody = makeSnippet(doc.raw, terms);
      const { snippet, highlights } =
        inBody.highlights.length > 0 ? inBody : makeSnippet(doc.summary.title, terms);
      out.push({ speech: doc.summary, score: h.score, snippet, highlights });
    }
    return out;
  }

  // ---- tags ---------------------------------------------------------------------------------------

  async tagCounts(): Promise<TagCount[]> {
    this.tagCache ??= (await this.db.tags.toArray()).sort(
      (a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1),
    );
    return this.tagCache;
  }

  async completeTags(prefix: string, limit = 10): Promise<string[]> {
    const p = prefix.trim().toLowerCase();
    const all = await this.tagCounts();
    if (!p) return all.slice(0, limit).map((t) => t.tag);
    const starts = all.filter((t) => t.tag.toLowerCase().startsWith(p));
    const contains = all.filter((t) => !t.tag.toLowerCase().startsWith(p) && t.tag.toLowerCase().includes(p));
    return [...starts, ...contains].slice(0, limit).map((t) => t.tag);
  }

  async suggestTags(capture: CaptureInput, limit = 8): Promise<string[]> {
    const text = `${capture.title}\n${capture.body}`;
    const inUse = (await this.tagCounts()).filter((t) => text.includes(t.tag)).map((t) => t.tag);
    return cleanTags([...capture.meta.keywords, ...inUse, ...topicWords(capture, limit)]).slice(0, limit);
  }

  renameTag(from: string, to: string): Promise<number> {
    return this.mergeTags([from], to);
  }

  async mergeTags(from: string[], into: string): Promise<number> {
    const target = into.trim();
    if (!target) throw new LibraryError('invalid', '标签不能为空。');
    return this.write(async () => {
      const rows = await this.db.speeches.where('tags').anyOf(from).toArray();
      const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
      for (const row of unique) {
        const speech = fromRow(row, await this.db.texts.get(row.id));
        speech.tags = cleanTags(speech.tags.map((t) => (from.includes(t) ? target : t)));
        speech.updatedAt = Date.now();
        await this.put(speech, row);
      }
      return unique.length;
    });
  }

  async stats(): Promise<LibraryStats> {
    const years = new Map<number, number>();
    const sites = new Map<string, number>();
    let speeches = 0;
    let characters = 0;
    let truncated = 0;
    await this.db.speeches
      .where('live')
      .equals(1)
      .each((r) => {
        speeches++;
        characters += r.length;
        if (r.truncated) truncated++;
        // The year of the speech where the text states it, else the year it was saved.
        const year = Number(r.facts?.date?.slice(0, 4)) || new Date(r.createdAt).getFullYear();
        years.set(year, (years.get(year) ?? 0) + 1);
        sites.set(r.site, (sites.get(r.site) ?? 0) + 1);
      });
    return {
      speeches,
      characters,
      truncated,
      byTag: await this.tagCounts(),
      bySite: [...sites].map(([site, count]) => ({ site, count })).sort((a, b) => b.count - a.count),
      byYear: [...years].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year),
    };
  }

  async siteCounts(): Promise<{ site: string; count: number }[]> {
    const counts = new Map<string, number>();
    await this.db.speeches
      .where('live')
      .equals(1)
      .each((r) => counts.set(r.site, (counts.get(r.site) ?? 0) + 1));
    return [...counts].map(([site, count]) => ({ site, count })).sort((a, b) => b.count - a.count);
  }

  // ---- export / import ----------------------------------------------------------------------------

  private async liveIds(ids?: string[]): Promise<string[]> {
    if (ids) return ids;
    return (
      await this.db.speeches
        .where('[live+createdAt]')
        .between([1, Dexie.minKey], [1, Dexie.maxKey])
        .primaryKeys()
    ).map((k) => String(k));
  }

  private async *speechesIn(ids: string[]): AsyncGenerator<Speech[]> {
    for (let i = 0; i < ids.length; i += EXPORT_CHUNK) {
      const chunk = ids.slice(i, i + EXPORT_CHUNK);
      const [rows, texts] = await Promise.all([
        this.db.speeches.bulkGet(chunk),
        this.db.texts.bulkGet(chunk),
      ]);
      yield rows.flatMap((r, k) => (r ? [fromRow(r, texts[k])] : []));
      // Let the page paint between chunks of a large export.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  async exportJson(ids?: string[], onProgress?: (done: number, total: number) => void): Promise<string> {
    const all = await this.liveIds(ids);
    const pieces: string[] = [exportHeader(new Date())];
    let done = 0;
    for await (const chunk of this.speechesIn(all)) {
      for (const s of chunk) pieces.push(`${done++ === 0 ? '' : ','}\n${JSON.stringify(speechForExport(s))}`);
      onProgress?.(done, all.length);
    }
    const wanted = new Set(all);
    const excerpts = (await this.db.excerpts.orderBy('createdAt').toArray()).filter(
      (e) => !ids || wanted.has(e.speechId),
    );
    pieces.push('\n],"excerpts":[');
    pieces.push(excerpts.map((e) => `\n${JSON.stringify(excerptForExport(e))}`).join(','));
    pieces.push('\n]}\n');
    return pieces.join('');
  }

  async exportMarkdown(ids: string[]): Promise<string> {
    const out: string[] = [];
    for await (const chunk of this.speechesIn(ids)) out.push(...chunk.map(speechToMarkdown));
    return out.join('\n\n---\n\n');
  }

  async exportText(ids: string[]): Promise<string> {
    const out: string[] = [];
    for await (const chunk of this.speechesIn(ids)) out.push(...chunk.map(speechToText));
    return out.join('\n\n\n');
  }

  async importJson(text: string): Promise<ImportResult> {
    const { speeches, excerpts, issues } = parseExportFile(text);
    if (issues.length > 0) return { ok: false, issues };
    let added = 0;
    let merged = 0;
    let unchanged = 0;
    await this.write(async () => {
      // A file's speech merged into a saved one under another id: its excerpts follow it there.
      const savedAs = new Map<string, string>();
      for (const incoming of speeches) {
        const same = await this.db.speeches.get(incoming.id);
        const existing = same?.live
          ? same
          : (await this.findDuplicate(incoming.body, incoming.sources[0]?.url ?? ''))?.row;
        if (!existing) {
          if (same) await this.db.texts.delete(same.id); // a trashed copy under the same id gives way
          await this.put(incoming, same);
          added++;
          continue;
        }
        savedAs.set(incoming.id, existing.id);
        const current = fromRow(existing, await this.db.texts.get(existing.id));
        const next = mergeSpeech(current, incoming);
        if (JSON.stringify(speechForExport(next)) === JSON.stringify(speechForExport(current))) {
          unchanged++;
        } else {
          await this.put(next, existing);
          merged++;
        }
      }
      // Excerpts keep their ids; one already here stays as it is.
      const have = new Set((await this.db.excerpts.bulkGet(excerpts.map((e) => e.id))).map((e) => e?.id));
      await this.db.excerpts.bulkPut(
        excerpts
          .filter((e) => !have.has(e.id))
          .map((e) => ({ ...e, speechId: savedAs.get(e.speechId) ?? e.speechId })),
      );
    });
    this.searchDocs = undefined;
    this.loadingSearch = undefined;
    return { ok: true, added, merged, unchanged };
  }

  async requestPersistence(): Promise<boolean | undefined> {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) return undefined;
    if (await storage.persisted?.()) return true;
    return storage.persist();
  }

  close(): void {
    this.channel?.close();
    this.listeners.clear();
    this.db.close();
  }
}

export { EXPORT_FORMAT, EXPORT_SCHEMA_VERSION };
