import { mergeSynced, syncContent } from '../library/syncMerge';
import type { Excerpt, ExcerptDelete, Library, SavedBy, Speech } from '../library/types';
import { resolveConflict, resolveExcerptConflict } from './conflicts';
import {
  docToExcerpt,
  docToExcerptDelete,
  docToSpeech,
  EXCERPT_PREFIX,
  type ExcerptDoc,
  excerptToDoc,
  type SpeechDoc,
  speechDocId,
  speechToDoc,
} from './docs';
import type { Db, PouchDoc } from './pouch';

// Between the library (Dexie, what the pages read) and this browser's replica of the office database
// (PouchDB on IndexedDB), which PouchDB replicates with the server. `push` writes what changed in the
// library into the replica; `pull` takes what replication brought into the replica and merges it into the
// library. Both keep where they got to in a `_local` document of the replica (never replicated).

const STATE_ID = '_local/gaoku-sync';
const COMPACTED_ID = '_local/gaoku-compacted';
/** The replica keeps every revision's body until compacted: once a day is enough to keep it near one copy. */
export const COMPACT_EVERY_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;
/**
 * A write of another page on this library may commit after one with a later `changedAt` was read (a write takes
 * milliseconds): each push reads the last 2 s of changes again. What the replica holds is not written twice.
 */
const REREAD_MS = 2_000;

interface State {
  _id: string;
  _rev?: string;
  /** The library's `changedAt` up to which every change is in the replica. */
  pushedUpTo: number;
  /** The replica's change sequence up to which every change is in the library. */
  appliedSeq: number | string;
}

export type Progress = (phase: 'push' | 'pull', count: number) => void;

export class SyncEngine {
  /** Revisions this engine wrote from the library: when they come back through the changes feed, skip them. */
  private readonly own = new Set<string>();

  constructor(
    private readonly library: Library,
    private readonly local: Db,
    private readonly identity: SavedBy,
    private readonly progress: Progress = () => undefined,
  ) {}

  private async state(): Promise<State> {
    try {
      return (await this.local.get(STATE_ID)) as unknown as State;
    } catch {
      return { _id: STATE_ID, pushedUpTo: 0, appliedSeq: 0 };
    }
  }

  private async saveState(state: State, change: Partial<State>): Promise<State> {
    const next = { ...state, ...change };
    const r = await this.local.put(next as unknown as PouchDoc);
    return { ...next, _rev: r.rev };
  }

  /** The library's changes since the last push, into the replica. Returns how many documents were written. */
  async push(): Promise<number> {
    let state = await this.state();
    let after = Math.max(0, state.pushedUpTo - REREAD_MS);
    let written = 0;
    for (;;) {
      const batch = await this.library.changedSince(after, BATCH);
      if (batch.length === 0) break;
      written += await this.pushSpeeches(batch.map((b) => b.speech));
      after = batch[batch.length - 1]?.changedAt ?? after;
      if (after > state.pushedUpTo) state = await this.saveState(state, { pushedUpTo: after });
      if (batch.length < BATCH) break;
    }
    written += await this.pushExcerpts();
    return written;
  }

  private async pushSpeeches(speeches: Speech[]): Promise<number> {
    const found = await this.local.allDocs({
      keys: speeches.map((s) => speechDocId(s.id)),
      include_docs: true,
    });
    const docs: SpeechDoc[] = [];
    /** Per document written: is it what the library holds (else the pull must still bring the merge in)? */
    const asHere: boolean[] = [];
    const firstSaved: string[] = [];
    for (const [i, mine] of speeches.entries()) {
      const row = found.rows[i] as
        | { doc?: SpeechDoc; value?: { rev: string; deleted?: boolean } }
        | undefined;
      const current = row?.doc ? docToSpeech(row.doc) : undefined;
      const withSaver = mine.savedBy || current?.savedBy ? mine : { ...mine, savedBy: this.identity };
      if (!mine.savedBy && !current?.savedBy) firstSaved.push(mine.id);
      // The replica may hold a version pulled and not yet in the library: merged, nothing of it is overwritten.
      const next = current ? mergeSynced(current, withSaver) : withSaver;
      const content = syncContent(next);
      if (current && content === syncContent(current)) continue;
      docs.push(speechToDoc(next, row?.value?.rev));
      asHere.push(content === syncContent(withSaver));
    }
    if (docs.length > 0) {
      this.progress('push', docs.length);
      const results = await this.local.bulkDocs(docs);
      // A revision that merged in a version pulled and not yet applied here is not skipped by the pull: the
      // changes feed shows only a document's newest revision, and that version would never reach the library.
      for (const [i, r] of results.entries()) if ('rev' in r && r.rev && asHere[i]) this.own.add(r.rev);
      const failed = results.find((r) => 'error' in r && r.error);
      if (failed) throw new SyncWriteError(String((failed as { message?: string }).message ?? 'conflict'));
    }
    await this.library.noteSavedBy(firstSaved, this.identity);
    return docs.length;
  }

  /**
   * Excerpts kept here and not yet in the replica, and deletes made here that the replica's copy lacks. A delete
   * of an excerpt the replica never had needs nothing: if the server has it, the pull brings it, the library
   * keeps it out, and the next push marks it.
   */
  private async pushExcerpts(): Promise<number> {
    const [excerpts, deletes] = await Promise.all([
      this.library.listExcerpts(),
      this.library.deletedExcerpts(),
    ]);
    if (excerpts.length === 0 && deletes.length === 0) return 0;
    const keysOf = (list: { id: string }[]) => list.map((e) => `${EXCERPT_PREFIX}${e.id}`);
    // Whether the replica has each excerpt (no bodies read: this runs after every write), and the documents of
    // the few deleted here.
    const [have, gone] = await Promise.all([
      excerpts.length ? this.local.allDocs({ keys: keysOf(excerpts) }) : { rows: [] },
      deletes.length ? this.local.allDocs({ keys: keysOf(deletes), include_docs: true }) : { rows: [] },
    ]);
    const docs: ExcerptDoc[] = excerpts.flatMap((e, i) =>
      (have.rows[i] as { value?: unknown } | undefined)?.value ? [] : [excerptToDoc(e)],
    );
    for (const [i, d] of deletes.entries()) {
      const doc = (gone.rows[i] as { doc?: ExcerptDoc } | undefined)?.doc;
      if (doc && !doc._deleted && doc.removedAt === undefined) docs.push({ ...doc, removedAt: d.deletedAt });
    }
    if (docs.length === 0) return 0;
    const results = await this.local.bulkDocs(docs);
    for (const r of results) if ('rev' in r && r.rev) this.own.add(r.rev);
    return docs.length;
  }

  /**
   * What replication brought into the replica since the last pull, merged into the library. `resolved`:
   * conflicts merged in the replica, which the next replication takes to the server.
   */
  async pull(): Promise<{ applied: number; resolved: number }> {
    let state = await this.state();
    let applied = 0;
    let resolved = 0;
    for (;;) {
      const feed = await this.local.changes({
        since: state.appliedSeq,
        include_docs: true,
        conflicts: true,
        limit: BATCH,
      });
      const speeches = new Map<string, Speech>();
      const excerpts: Excerpt[] = [];
      const deletes: ExcerptDelete[] = [];
      for (const change of feed.results) {
        const doc = change.doc as (SpeechDoc & { _rev: string }) | undefined;
        // A document deleted on the server is not a reason to remove anything here (issue 12).
        if (!doc || doc._deleted || doc._id.startsWith('_')) continue;
        if (doc._conflicts?.length && (doc as { type?: unknown }).type === 'excerpt') {
          const merged = await resolveExcerptConflict(this.local, doc as unknown as ExcerptDoc);
          if (merged) {
            this.own.add(merged.rev);
            const d = docToExcerptDelete(merged.doc);
            if (d) deletes.push(d);
            resolved++;
          }
          continue;
        }
        if (doc._conflicts?.length) {
          const merged = await resolveConflict(this.local, doc);
          if (merged) {
            this.own.add(merged.rev);
            speeches.set(merged.speech.id, merged.speech);
            resolved++;
          }
          continue;
        }
        if (this.own.has(doc._rev)) continue;
        const speech = docToSpeech(doc);
        if (speech) speeches.set(speech.id, speech);
        const deleted = docToExcerptDelete(doc);
        const excerpt = deleted ? undefined : docToExcerpt(doc);
        if (deleted) deletes.push(deleted);
        if (excerpt) excerpts.push(excerpt);
      }
      if (speeches.size > 0) this.progress('pull', speeches.size);
      applied += await this.library.applySynced([...speeches.values()], excerpts, deletes);
      state = await this.saveState(state, { appliedSeq: feed.last_seq });
      if (feed.results.length < BATCH) break;
    }
    return { applied, resolved };
  }
}

/**
 * Compacts the replica when it was last compacted a day or more ago. Each edit of a speech writes a whole new
 * revision (text included) into the replica; compaction keeps only the leaves' bodies. A replica never compacted
 * is new: its first sync brought each document at one revision, and compacting it would read all of them for
 * nothing (24 s of a 10,000-speech first sync), so the day is counted from then. Returns whether it ran; a
 * failure is not a sync's failure (it is tried again after the next sync).
 */
export async function compactIfDue(local: Db, now = Date.now()): Promise<boolean> {
  let last: { _id: string; _rev?: string; at: number } | undefined;
  try {
    last = (await local.get(COMPACTED_ID)) as typeof last;
  } catch {
    last = undefined;
  }
  const mark = () =>
    local.put({ _id: COMPACTED_ID, ...(last?._rev ? { _rev: last._rev } : {}), at: now } as PouchDoc);
  try {
    if (!last) {
      await mark();
      return false;
    }
    if (now - last.at < COMPACT_EVERY_MS) return false;
    await local.compact();
    await mark();
    return true;
  } catch {
    // Only space is at stake, not the sync (which is done): the next sync after this one tries again.
    return false;
  }
}

/** The replica refused a write (another page wrote the same document first): the next round tries again. */
export class SyncWriteError extends Error {
  override name = 'SyncWriteError';
}
