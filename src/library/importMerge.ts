import { cleanTags } from './speechRows';
import { mergeSynced } from './syncMerge';
import type { Speech } from './types';

/**
 * A file's version of a saved speech merged in, field by field by each field's own change (the user's edit over
 * a capture, then the later one), as sync merges: a corrected title or speaker in a backup survives a later
 * re-capture, and the value that loses stays in the speech's history. Tags and sources are joined: an import
 * only adds them.
 */
export function mergeImported(current: Speech, incoming: Speech): Speech {
  const merged = mergeSynced(current, incoming);
  return { ...merged, tags: cleanTags([...current.tags, ...incoming.tags]) };
}
