import type { CatalogEntry, SpeechRow } from '../rows';
import { summaryOf } from '../speechRows';
import { foldForSearch } from './query';

export const entryOf = (row: SpeechRow): CatalogEntry => ({
  s: summaryOf(row),
  l: row.live,
  t: foldForSearch(row.title),
  g: foldForSearch(row.tags.join(' ')),
});

/** Does the catalog need rewriting for this change (title, tags, facts, the trash)? */
export const sameEntry = (a: SpeechRow, b: SpeechRow): boolean =>
  a.live === b.live && JSON.stringify(summaryOf(a)) === JSON.stringify(summaryOf(b));
