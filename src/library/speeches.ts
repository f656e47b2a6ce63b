import { Dexie } from 'dexie';
import { speechFacts } from '../facts/speechFacts';
import type { Duplicates } from './duplicates';
import { cleanFacts } from './factsField';
import { charCount, fingerprintOf } from './fingerprint';
import { LibraryError } from './libraryError';
import type { SpeechRow } from './rows';
import type { ClauseIndex } from './search/clauseIndex';
import type { IndexWriter } from './search/indexWriter';
import {
  cleanTags,
  completeness,
  fromRow,
  hasFilter,
  matchesFilter,
  newId,
  SORTS,
  sourceOf,
  summaryOf,
  toRow,
} from './speechRows';
import type { Store } from './store';
import { recordChanges } from './syncMerge';
import type { Tags } from './tags';
import { toTextRow } from './textRow';
import type {
  CaptureInput,
  DuplicateMatch,
  ListQuery,
  SaveOptions,
  SaveResult,
  Speech,
  SpeechPatch,
  SpeechSummary,
} from './types';

/** One speech for `putMany`: the row it replaces, and whether the change was made here (see `put`). */
export interface SpeechWrite {
  speech: Speech;
  previous?: SpeechRow;
  local: boolean;
}

/**
 * The speeches themselves: saving, reading, editing, the trash, lists. `put` is the one way a speech is written,
 * and it keeps every other service's tables in step within the same transaction.
 */
export class Speeches {
  constructor(
    private readonly store: Store,
    private readonly duplicates: Duplicates,
    private readonly tags: Tags,
    private readonly searchIndex: IndexWriter,
    private readonly clauses: ClauseIndex,
  ) {}

  /**
   * Within a write: a whole speech (row + text), with its samples, tag counts and search entry. `local`: a change
   * made here, which sync is still to send (`changedAt`); a version that came from sync as it is keeps the old.
   */
  async put(s: Speech, previous?: SpeechRow, local = true): Promise<void> {
    await this.putMany([{ speech: s, previous, local }]);
  }

  /**
   * Within a write: `put` for many speeches (each id once), in a few requests for all of them rather than a few
   * each: sync's pull writes 200 at a time.
   */
  async putMany(items: readonly SpeechWrite[]): Promise<void> {
    if (items.length === 0) return;
    const { db } = this.store;
    const rows = items.map(({ speech: s, previous, local }) => {
      const row = toRow(s, fingerprintOf(s.body).hash, charCount(s.body));
      row.changedAt = local ? this.store.tick() : (previous?.changedAt ?? 0);
      return row;
    });
    const changing = items.filter((i) => i.previous).map((i) => i.speech.id);
    // Requests in one transaction need not wait for each other: issued together, their round trips overlap.
    const [before] = await Promise.all([db.texts.bulkGet(changing), this.searchIndex.prepare()]);
    const stored = new Map(changing.map((id, k) => [id, before[k]?.body]));
    await this.searchIndex.place(
      items.map(({ speech: s, previous }, k) => ({
        row: rows[k] as SpeechRow,
        body: s.body,
        previous,
        before: stored.get(s.id),
      })),
    );
    await Promise.all([
      db.speeches.bulkPut(rows),
      db.texts.bulkPut(items.map(({ speech: s }) => toTextRow(s.id, s.body, s.parts))),
      this.duplicates.index(
        items.map(({ speech: s }, k) => ({
          id: s.id,
          sample: fingerprintOf(s.body).sample,
          live: rows[k]?.live === 1,
        })),
      ),
      this.clauses.index(
        items.map(({ speech: s, previous }, k) => ({
          id: s.id,
          body: s.body,
          live: rows[k]?.live === 1,
          textUnchanged: previous?.live === 1 && previous.fingerprint === rows[k]?.fingerprint,
        })),
      ),
    ]);
    for (const [k, { previous }] of items.entries()) {
      const row = rows[k] as SpeechRow;
      this.tags.adjust(previous?.live ? previous.tags : [], row.live ? row.tags : []);
    }
  }

  /** Within a write: the speech and its stored row, or a not-found error for the user. */
  async mustGet(id: string): Promise<{ speech: Speech; row: SpeechRow }> {
    const { db } = this.store;
    const row = await db.speeches.get(id);
    if (!row) throw new LibraryError('not-found', '稿库里没有这篇讲话，可能已被删除。');
    return { speech: fromRow(row, await db.texts.get(id)), row };
  }

  /** The saved speech a capture repeats, if any; reads only (inside a write when save asks). */
  async findDuplicate(capture: CaptureInput): Promise<DuplicateMatch | undefined> {
    const dup = await this.duplicates.find(capture.body, capture.url);
    if (!dup) return undefined;
    const match = fromRow(dup.row, await this.store.db.texts.get(dup.row.id));
    const mine = completeness(charCount(capture.body), capture.truncated);
    return {
      status: 'duplicate',
      match,
      kind: dup.kind,
      moreComplete: mine > completeness(dup.row.length, dup.row.truncated) * 1.02,
    };
  }

  async save(capture: CaptureInput, options: SaveOptions = {}): Promise<SaveResult> {
    return this.store.write(() => this.saveWithin(capture, options));
  }

  /** Several captures (a compilation's parts) in one write: all are saved, or none. */
  async saveAll(jobs: readonly { capture: CaptureInput; options?: SaveOptions }[]): Promise<SaveResult[]> {
    return this.store.write(async () => {
      const out: SaveResult[] = [];
      for (const job of jobs) out.push(await this.saveWithin(job.capture, job.options ?? {}));
      return out;
    });
  }

  /** Within a write: a capture saved, or the duplicate it matches (unless `force`). */
  private async saveWithin(capture: CaptureInput, options: SaveOptions): Promise<SaveResult> {
    if (!options.force) {
      const dup = await this.findDuplicate(capture);
      if (dup) return dup;
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
  }

  async addSource(id: string, capture: CaptureInput): Promise<Speech> {
    return this.store.write(async () => {
      const { speech, row } = await this.mustGet(id);
      const now = Date.now();
      const src = sourceOf(capture, now);
      const same = speech.sources.some((s) => s.normalizedUrl === src.normalizedUrl);
      // the page seen again: when it was last captured is what changes
      const sources = same
        ? speech.sources.map((s) => (s.normalizedUrl === src.normalizedUrl ? { ...s, capturedAt: now } : s))
        : [...speech.sources, src];
      const next = recordChanges(speech, { ...speech, sources, updatedAt: now }, now, 'capture');
      await this.put(next, row);
      return next;
    });
  }

  async replaceText(id: string, capture: CaptureInput): Promise<Speech> {
    return this.store.write(async () => {
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
      const stamped = recordChanges(speech, next, now, 'capture');
      await this.put(stamped, row);
      return stamped;
    });
  }

  async get(id: string): Promise<Speech | undefined> {
    const { db } = this.store;
    const row = await db.speeches.get(id);
    return row ? fromRow(row, await db.texts.get(id)) : undefined;
  }

  async update(id: string, patch: SpeechPatch): Promise<Speech> {
    return this.store.write(async () => {
      const { speech, row } = await this.mustGet(id);
      const now = Date.now();
      const edited: Speech = {
        ...speech,
        title: patch.title?.trim() || speech.title,
        tags: patch.tags !== undefined ? cleanTags(patch.tags) : speech.tags,
        notes: patch.notes ?? speech.notes,
        facts: patch.facts !== undefined ? cleanFacts(patch.facts) : speech.facts,
        updatedAt: now,
      };
      const next = recordChanges(speech, edited, now, 'edit');
      await this.put(next, row);
      return next;
    });
  }

  /** Every speech tagged with one of `from` gets `into` instead. */
  async retag(from: string[], into: string): Promise<number> {
    const target = into.trim();
    if (!target) throw new LibraryError('invalid', '标签不能为空。');
    return this.store.write(async () => {
      const { db } = this.store;
      const rows = await db.speeches.where('tags').anyOf(from).toArray();
      const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
      for (const row of unique) {
        const speech = fromRow(row, await db.texts.get(row.id));
        const now = Date.now();
        const tags = cleanTags(speech.tags.map((t) => (from.includes(t) ? target : t)));
        await this.put(recordChanges(speech, { ...speech, tags, updatedAt: now }, now, 'edit'), row);
      }
      return unique.length;
    });
  }

  /** To the trash (`deletedAt` set) or back from it (undefined). */
  async setTrashed(ids: string[], deletedAt: number | undefined): Promise<void> {
    await this.store.write(async () => {
      const { db } = this.store;
      for (const id of ids) {
        const row = await db.speeches.get(id);
        if (!row) continue;
        const speech = fromRow(row, await db.texts.get(id));
        const next = { ...speech };
        if (deletedAt === undefined) delete next.deletedAt;
        else next.deletedAt = deletedAt;
        await this.put(recordChanges(speech, next, deletedAt ?? Date.now(), 'edit'), row);
      }
    });
  }

  async listTrash(): Promise<SpeechSummary[]> {
    const rows = await this.store.db.speeches.where('live').equals(0).toArray();
    return rows.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0)).map(summaryOf);
  }

  async emptyTrash(): Promise<number> {
    return this.store.write(async () => {
      const { db } = this.store;
      const rows = await db.speeches.where('live').equals(0).toArray();
      const ids = rows.map((r) => r.id);
      await this.searchIndex.forget(rows);
      await db.speeches.bulkDelete(ids);
      await db.texts.bulkDelete(ids);
      await this.duplicates.forget(ids);
      await this.clauses.forget(ids);
      return ids.length;
    });
  }

  async list(query: ListQuery = {}): Promise<{ items: SpeechSummary[]; total: number }> {
    const { db } = this.store;
    const sort = SORTS[query.sort ?? 'updated-desc'];
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 50;
    if (!hasFilter(query)) {
      // The first screen: an index walk of `limit` rows, no bodies, no full scan.
      let coll = db.speeches.where(sort.index).between([1, Dexie.minKey], [1, Dexie.maxKey]);
      if (sort.reverse) coll = coll.reverse();
      const [rows, total] = await Promise.all([
        coll.offset(offset).limit(limit).toArray(),
        db.speeches.where('live').equals(1).count(),
      ]);
      return { items: rows.map(summaryOf), total };
    }
    const base = query.tags?.length
      ? db.speeches.where('tags').equals(query.tags[0] as string)
      : db.speeches.where('live').equals(1);
    const rows = (await base.toArray())
      .filter((r) => r.live === 1 && matchesFilter(summaryOf(r), query))
      .sort(sort.cmp);
    return { items: rows.slice(offset, offset + limit).map(summaryOf), total: rows.length };
  }
}
