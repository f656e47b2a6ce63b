import type { Speeches } from './speeches';
import { fromRow } from './speechRows';
import type { Store } from './store';
import { mergeSynced, syncContent } from './syncMerge';
import type { Excerpt, SavedBy, Speech } from './types';

/**
 * What sync (src/sync) asks of the library: the speeches changed here since a point, and versions from other
 * machines merged in through the library's own merge, in one transaction, removing nothing.
 */
export class SyncedSpeeches {
  constructor(
    private readonly store: Store,
    private readonly speeches: Speeches,
  ) {}

  async changedSince(after: number, limit: number): Promise<{ speech: Speech; changedAt: number }[]> {
    const { db } = this.store;
    const rows = await db.speeches.where('changedAt').above(after).limit(limit).toArray();
    const texts = await db.texts.bulkGet(rows.map((r) => r.id));
    return rows.map((row, i) => ({ speech: fromRow(row, texts[i]), changedAt: row.changedAt ?? 0 }));
  }

  async apply(incoming: Speech[], excerpts: Excerpt[] = []): Promise<number> {
    if (incoming.length === 0 && excerpts.length === 0) return 0;
    return this.store.write(async () => {
      const { db } = this.store;
      const ids = incoming.map((s) => s.id);
      const [rows, texts] = await Promise.all([db.speeches.bulkGet(ids), db.texts.bulkGet(ids)]);
      let changed = 0;
      for (const [i, theirs] of incoming.entries()) {
        const row = rows[i];
        if (!row) {
          // Someone else's trash is not brought into a library that never had the speech.
          if (theirs.deletedAt !== undefined) continue;
          await this.speeches.put(theirs, undefined, false);
          changed++;
          continue;
        }
        const mine = fromRow(row, texts[i]);
        const merged = mergeSynced(mine, theirs);
        const content = syncContent(merged);
        if (content === syncContent(mine)) continue;
        // Taken as it came, the server already holds it; merged with an edit made here, it is still to send.
        await this.speeches.put(merged, row, content !== syncContent(theirs));
        changed++;
      }
      if (excerpts.length > 0) {
        const have = await db.excerpts.bulkGet(excerpts.map((e) => e.id));
        await db.excerpts.bulkPut(excerpts.filter((_, i) => !have[i]));
      }
      return changed;
    });
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
