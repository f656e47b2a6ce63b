import type { Speeches, SpeechWrite } from './speeches';
import { fromRow } from './speechRows';
import type { Store } from './store';
import type { SyncedDuplicates } from './syncedDuplicates';
import { mergeSynced, syncContent } from './syncMerge';
import type { Excerpt, ExcerptDelete, SavedBy, Speech } from './types';

/**
 * What sync (src/sync) asks of the library: the speeches changed here since a point, and versions from other
 * machines merged in through the library's own merge, in one transaction, removing nothing.
 */
export class SyncedSpeeches {
  constructor(
    private readonly store: Store,
    private readonly speeches: Speeches,
    private readonly duplicates: SyncedDuplicates,
  ) {}

  async changedSince(after: number, limit: number): Promise<{ speech: Speech; changedAt: number }[]> {
    const { db } = this.store;
    const rows = await db.speeches.where('changedAt').above(after).limit(limit).toArray();
    const texts = await db.texts.bulkGet(rows.map((r) => r.id));
    return rows.map((row, i) => ({ speech: fromRow(row, texts[i]), changedAt: row.changedAt ?? 0 }));
  }

  /** `incoming`: each speech once (the engine keeps the newest of a batch). */
  async apply(
    incoming: Speech[],
    excerpts: Excerpt[] = [],
    deletedExcerpts: ExcerptDelete[] = [],
  ): Promise<number> {
    if (incoming.length === 0 && excerpts.length === 0 && deletedExcerpts.length === 0) return 0;
    return this.store.write(async () => {
      const { db } = this.store;
      const ids = incoming.map((s) => s.id);
      const [rows, texts] = await Promise.all([db.speeches.bulkGet(ids), db.texts.bulkGet(ids)]);
      const arrived: Speech[] = [];
      const writes: SpeechWrite[] = [];
      for (const [i, theirs] of incoming.entries()) {
        const row = rows[i];
        if (!row) {
          // Someone else's trash is not brought into a library that never had the speech.
          if (theirs.deletedAt !== undefined) continue;
          writes.push({ speech: theirs, local: false });
          arrived.push(theirs);
          continue;
        }
        const mine = fromRow(row, texts[i]);
        const merged = mergeSynced(mine, theirs);
        const content = syncContent(merged);
        if (content === syncContent(mine)) continue;
        // Taken as it came, the server already holds it; merged with an edit made here, it is still to send.
        writes.push({ speech: merged, previous: row, local: content !== syncContent(theirs) });
      }
      await this.speeches.putMany(writes);
      await this.duplicates.note(arrived);
      return writes.length + (await this.applyExcerpts(excerpts, deletedExcerpts));
    });
  }

  /** Within a write: excerpts from elsewhere added (not those deleted here), and deletes from elsewhere done. */
  private async applyExcerpts(excerpts: Excerpt[], deletes: ExcerptDelete[]): Promise<number> {
    const { db } = this.store;
    const gone = new Set(deletes.map((d) => d.id));
    const fresh = excerpts.filter((e) => !gone.has(e.id));
    const ids = [...fresh.map((e) => e.id), ...deletes.map((d) => d.id)];
    const [have, deleted] = await Promise.all([db.excerpts.bulkGet(ids), db.excerptDeletes.bulkGet(ids)]);
    const added = fresh.filter((_, i) => !have[i] && !deleted[i]);
    const removed = deletes.filter((_, i) => have[fresh.length + i]);
    await db.excerpts.bulkPut(added);
    await db.excerpts.bulkDelete(removed.map((d) => d.id));
    await db.excerptDeletes.bulkPut(deletes.filter((_, i) => !deleted[fresh.length + i]));
    return added.length + removed.length;
  }

  async deletedExcerpts(): Promise<ExcerptDelete[]> {
    return this.store.db.excerptDeletes.toArray();
  }

  /** Not a change of the speech (no `changedAt`, nothing indexed): only the reader shows it. */
  async noteSavedBy(ids: string[], savedBy: SavedBy): Promise<void> {
    if (ids.length === 0) return;
    await this.store.write(async () => {
      const { db } = this.store;
      const rows = await db.speeches.bulkGet(ids);
      await db.speeches.bulkPut(rows.flatMap((r) => (r && !r.savedBy ? [{ ...r, savedBy }] : [])));
    });
  }
}
