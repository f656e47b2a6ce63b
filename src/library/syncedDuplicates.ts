import type { Duplicates } from './duplicates';
import { charCount } from './fingerprint';
import { LibraryError } from './libraryError';
import type { DuplicatePairRow, SpeechRow } from './rows';
import type { Speeches } from './speeches';
import { cleanTags, completeness, summaryOf } from './speechRows';
import type { Store } from './store';
import { recordChanges } from './syncMerge';
import type { DuplicatePair, SavedBy, Speech } from './types';

// One speech saved twice by colleagues (from two sites, or on two devices) reaches every library as two
// speeches. Sync notes each pair as the second copy arrives (the library's own duplicate rule); the library page
// offers them for merging. A merge is the same on every machine: the earlier saved copy is kept and gets the
// other's sources, tags, notes and (when fuller) text; the other goes to the trash, which syncs as any delete.

const sameSaver = (a?: SavedBy, b?: SavedBy) => a?.name === b?.name && a?.device === b?.device;

/** Which of two copies a merge keeps, the same on every machine: the earlier saved, then the smaller id. */
const keeps = (a: Pick<SpeechRow, 'id' | 'createdAt'>, b: Pick<SpeechRow, 'id' | 'createdAt'>) =>
  a.createdAt !== b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;

/** `keep` with what `other` adds: its sources, tags and notes, and its text when it shows clearly more. */
export function mergeCopies(keep: Speech, other: Speech, now: number): Speech {
  const fuller =
    completeness(charCount(other.body), other.truncated) >
    completeness(charCount(keep.body), keep.truncated) * 1.02;
  const known = new Set(keep.sources.map((s) => s.normalizedUrl));
  const notes = [keep.notes, other.notes]
    .map((n) => n.trim())
    .filter((n, i, all) => n && all.indexOf(n) === i)
    .join('\n');
  const next: Speech = {
    ...keep,
    ...(fuller
      ? {
          body: other.body,
          parts: other.parts,
          truncated: other.truncated,
          truncation: other.truncation,
          meta: other.meta,
          censored: other.censored,
          extractor: other.extractor,
        }
      : {}),
    facts: { ...other.facts, ...keep.facts },
    tags: cleanTags([...keep.tags, ...other.tags]),
    notes,
    sources: [...keep.sources, ...other.sources.filter((s) => !known.has(s.normalizedUrl))],
    updatedAt: now,
  };
  return recordChanges(keep, next, now, 'edit');
}

export class SyncedDuplicates {
  constructor(
    private readonly store: Store,
    private readonly speeches: Speeches,
    private readonly duplicates: Duplicates,
  ) {}

  /**
   * Within a write, after speeches that were not here came in by sync: each one that repeats a live speech saved
   * by someone else (or on another device) is noted as a pair. One person's own copies on one device were kept
   * apart on purpose (保存为新的一篇) and are not offered.
   */
  async note(arrived: Speech[]): Promise<void> {
    const { db } = this.store;
    const now = Date.now();
    const found = await this.duplicates.findMany(
      arrived.map((s) => ({ body: s.body, url: s.sources[0]?.url ?? '', except: s.id })),
    );
    for (const [i, speech] of arrived.entries()) {
      const dup = found[i];
      if (!dup || sameSaver(dup.row.savedBy, speech.savedBy)) continue;
      const [keep, other] = keeps(dup.row, speech) ? [dup.row.id, speech.id] : [speech.id, dup.row.id];
      const id = `${keep}|${other}`;
      if (await db.duplicatePairs.get(id)) continue;
      await db.duplicatePairs.put({ id, keep, other, kind: dup.kind, foundAt: now, dismissed: 0 });
    }
  }

  /** Pairs still to decide on, both copies in the library, newest found first. */
  async list(): Promise<DuplicatePair[]> {
    const { db } = this.store;
    const pairs = (await db.duplicatePairs.toArray()).filter((p) => p.dismissed === 0);
    const rows = await db.speeches.bulkGet(pairs.flatMap((p) => [p.keep, p.other]));
    const out: DuplicatePair[] = [];
    for (const [i, p] of pairs.entries()) {
      const keep = rows[2 * i];
      const other = rows[2 * i + 1];
      if (!keep?.live || !other?.live) continue;
      out.push({ id: p.id, kind: p.kind, foundAt: p.foundAt, keep: copyOf(keep), other: copyOf(other) });
    }
    return out.sort((a, b) => b.foundAt - a.foundAt);
  }

  /** Merges the pair into the copy it keeps; the other goes to the trash. Returns the kept speech. */
  async merge(id: string): Promise<Speech> {
    return this.store.write(async () => {
      const pair = await this.mustGetPair(id);
      const keep = await this.speeches.mustGet(pair.keep);
      const other = await this.speeches.mustGet(pair.other);
      const now = Date.now();
      const merged = mergeCopies(keep.speech, other.speech, now);
      await this.speeches.put(merged, keep.row);
      const trashed = recordChanges(other.speech, { ...other.speech, deletedAt: now }, now, 'edit');
      await this.speeches.put(trashed, other.row);
      await this.store.db.duplicatePairs.delete(id);
      return merged;
    });
  }

  /** Both copies stay; the pair is not offered again. */
  async keepBoth(id: string): Promise<void> {
    await this.store.write(async () => {
      const pair = await this.mustGetPair(id);
      await this.store.db.duplicatePairs.put({ ...pair, dismissed: 1 });
    });
  }

  private async mustGetPair(id: string): Promise<DuplicatePairRow> {
    const pair = await this.store.db.duplicatePairs.get(id);
    if (!pair) throw new LibraryError('not-found', '这组重复稿件已处理过（可能已在另一页合并）。');
    return pair;
  }
}

const copyOf = (row: SpeechRow) => ({
  ...summaryOf(row),
  ...(row.savedBy ? { savedBy: row.savedBy } : {}),
  sources: row.sources.map((s) => s.site),
});
