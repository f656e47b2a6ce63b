import { mergeSynced } from '../library/syncMerge';
import type { Speech } from '../library/types';
import { docToSpeech, type ExcerptDoc, type SpeechDoc, speechToDoc } from './docs';
import type { Db } from './pouch';

// A speech edited on two machines while apart comes back from CouchDB as one winning revision and the others
// in `_conflicts`. Every client resolves it the same way: the leaves merged field by field in the order of
// their revision ids (src/library/syncMerge.ts), the merge written on the winning revision, the other leaves
// deleted. PouchDB's revision ids are a hash of the content and the parent, so two clients resolving the same
// conflict write the same revisions and the server ends with no open conflict (docs/sync.md "Conflicts").

/** The merged speech, written back; undefined when the leaves are gone or none can be read. */
export async function resolveConflict(
  db: Db,
  doc: SpeechDoc,
): Promise<{ speech: Speech; rev: string } | undefined> {
  const revs = [doc._rev as string, ...(doc._conflicts ?? [])];
  const leaves = (await db.get(doc._id, { open_revs: revs })) as unknown as {
    ok?: SpeechDoc & { _rev: string };
  }[];
  const live = leaves
    .flatMap((l) => (l.ok && !l.ok._deleted ? [l.ok] : []))
    .sort((a, b) => (a._rev < b._rev ? -1 : a._rev > b._rev ? 1 : 0));
  const versions = live.flatMap((d) => {
    const s = docToSpeech(d);
    return s ? [{ s, rev: d._rev }] : [];
  });
  const [first, ...rest] = versions;
  if (!first) return undefined;
  const merged = rest.reduce((acc, v) => mergeSynced(acc, v.s), first.s);
  const winner = doc._rev as string;
  const losers = live.filter((d) => d._rev !== winner);
  const results = await db.bulkDocs([
    speechToDoc(merged, winner),
    ...losers.map((d) => ({ _id: d._id, _rev: d._rev, _deleted: true })),
  ]);
  const [written] = results;
  if (!written || !('ok' in written)) {
    // Another page or a replication moved the document on: its next change resolves it again.
    return undefined;
  }
  return { speech: merged, rev: written.rev };
}

/**
 * An excerpt's leaves differ only in whether it was deleted (an excerpt is never edited): the merge is the
 * winning leaf, deleted at the earliest delete any leaf holds. Written on the winning revision, the others
 * deleted, as for speeches.
 */
export async function resolveExcerptConflict(
  db: Db,
  doc: ExcerptDoc & { _conflicts?: string[] },
): Promise<{ doc: ExcerptDoc; rev: string } | undefined> {
  const revs = [doc._rev as string, ...(doc._conflicts ?? [])];
  const leaves = (await db.get(doc._id, { open_revs: revs })) as unknown as {
    ok?: ExcerptDoc & { _rev: string };
  }[];
  const live = leaves.flatMap((l) => (l.ok && !l.ok._deleted ? [l.ok] : []));
  const removed = live.flatMap((d) => (typeof d.removedAt === 'number' ? [d.removedAt] : []));
  const winner = doc._rev as string;
  const { _conflicts: _c, ...base } = doc;
  const merged: ExcerptDoc = removed.length > 0 ? { ...base, removedAt: Math.min(...removed) } : base;
  const results = await db.bulkDocs([
    { ...merged, _rev: winner },
    ...live.filter((d) => d._rev !== winner).map((d) => ({ _id: d._id, _rev: d._rev, _deleted: true })),
  ]);
  const [written] = results;
  if (!written || !('ok' in written)) return undefined;
  return { doc: merged, rev: written.rev };
}
