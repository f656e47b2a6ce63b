import type { Store } from '../store';
import type { RecurringPassage } from '../types';
import { ClausePostings, type ClauseSource, scanSource } from './clausePostings';
import { clausePrints, coreOf } from './clauses';
import { findShared } from './recurring';

const BACKFILL_BATCH = 200;
/** Changes kept beside the postings before they are built again from the rows. */
const MAX_CHANGES = 2000;

/**
 * The kept 12-gram hashes of every live speech (clauses.ts): on disk in `clauses` (version 6), and in memory,
 * filed by hash (clausePostings.ts), once 套话 is first asked for. Owns both: a write's changes are kept beside
 * the postings (the speeches it changed looked up one by one) until there are many; a write rolled back or
 * another page's write drops them. Speeches saved before version 6 get their row the first time the postings are
 * built, a batch a write.
 */
export class ClauseIndex {
  private built: { postings: ClausePostings; at: Map<string, number> } | undefined;
  /** Speeches changed since the postings were built: their hashes now, or null when gone. */
  private readonly changes = new Map<string, Int32Array | null>();
  private loading: Promise<NonNullable<ClauseIndex['built']>> | undefined;
  /** Bumped on every change, so a load that overlapped one reads again. */
  private generation = 0;

  constructor(private readonly store: Store) {
    store.onStale((why) => {
      this.generation++;
      if (why !== 'write') this.drop();
    });
  }

  private drop(): void {
    this.built = undefined;
    this.changes.clear();
  }

  private note(id: string, p: Int32Array | null): void {
    if (!this.built) return;
    this.changes.set(id, p);
    if (this.changes.size > MAX_CHANGES) this.drop();
  }

  /** Within a write: the speeches' hashes on disk and in memory, for live speeches only. */
  async index(
    entries: readonly { id: string; body: string; live: boolean; textUnchanged: boolean }[],
  ): Promise<void> {
    const { db } = this.store;
    const gone = entries.filter((e) => !e.live).map((e) => e.id);
    const kept = entries.filter((e) => e.live && e.textUnchanged).map((e) => e.id);
    const [, have] = await Promise.all([
      gone.length ? db.clauses.bulkDelete(gone) : undefined,
      kept.length ? db.clauses.bulkGet(kept) : [],
    ]);
    for (const id of gone) this.note(id, null);
    const indexed = new Set(have.flatMap((r) => (r ? [r.id] : [])));
    const rows = entries
      .filter((e) => e.live && !indexed.has(e.id))
      .map((e) => ({ id: e.id, p: clausePrints(coreOf(e.body).text) }));
    if (rows.length) await db.clauses.bulkPut(rows);
    for (const r of rows) this.note(r.id, r.p);
  }

  /** Within a write: speeches deleted for good. */
  async forget(ids: string[]): Promise<void> {
    await this.store.db.clauses.bulkDelete(ids);
    for (const id of ids) this.note(id, null);
  }

  private ready(): Promise<NonNullable<ClauseIndex['built']>> {
    if (this.built) return Promise.resolve(this.built);
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(): Promise<NonNullable<ClauseIndex['built']>> {
    const { db } = this.store;
    for (;;) {
      const generation = this.generation;
      const [rows, live] = await db.transaction('r', [db.clauses, db.speeches], () =>
        Promise.all([db.clauses.toArray(), db.speeches.where('live').equals(1).primaryKeys()]),
      );
      const have = new Set(rows.map((r) => r.id));
      const missing = live.filter((id) => !have.has(id));
      if (missing.length > 0) {
        await this.store.write(async () => {
          const batch = missing.slice(0, BACKFILL_BATCH);
          const texts = await db.texts.bulkGet(batch);
          await db.clauses.bulkPut(
            batch.map((id, i) => ({ id, p: clausePrints(coreOf(texts[i]?.body ?? '').text) })),
          );
        });
        continue;
      }
      if (generation !== this.generation) continue;
      const postings = new ClausePostings(rows);
      this.changes.clear();
      this.built = { postings, at: new Map(postings.ids.map((id, x) => [id, x])) };
      return this.built;
    }
  }

  /** Every live speech but `self`: the postings, less the speeches changed since, and those looked up apart. */
  private sourceWithout(self: string, built: NonNullable<ClauseIndex['built']>): ClauseSource {
    const { postings, at } = built;
    const skip = new Uint8Array(postings.ids.length);
    for (const id of [...this.changes.keys(), self]) {
      const x = at.get(id);
      if (x !== undefined) skip[x] = 1;
    }
    const changed = new Map<string, Int32Array>();
    for (const [id, p] of this.changes) if (p && id !== self) changed.set(id, p);
    const apart = scanSource(changed);
    const base = postings.ids.length;
    return {
      // A skipped speech keeps its place, with no id.
      ids: [...postings.ids.map((id, x) => (skip[x] ? '' : id)), ...apart.ids],
      match(table, out) {
        postings.match(table, skip, out);
        const from = out.length;
        apart.match(table, out);
        for (let k = from; k < out.length; k++) out.x[k] = (out.x[k] as number) + base;
      },
    };
  }

  async passages(id: string): Promise<RecurringPassage[]> {
    const [built, text] = await Promise.all([this.ready(), this.store.db.texts.get(id)]);
    return findShared(text?.body ?? '', this.sourceWithout(id, built), async (ids) => {
      const rows = await this.store.db.texts.bulkGet(ids);
      return new Map(ids.map((x, i) => [x, rows[i]?.body ?? '']));
    });
  }
}
