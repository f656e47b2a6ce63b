import type { BlockRow, CatalogEntry, SpeechRow } from '../rows';
import { summaryOf } from '../speechRows';
import type { SpeechSummary } from '../types';
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

/** An empty catalog for a block of `size` places. */
export function emptyBlock(block: number, size: number): BlockRow {
  const strings = () => new Array<string>(size).fill('');
  return {
    block,
    id: strings(),
    live: new Uint8Array(size),
    title: strings(),
    site: strings(),
    genre: strings(),
    level: strings(),
    date: strings(),
    length: new Float64Array(size),
    createdAt: new Float64Array(size),
    updatedAt: new Float64Array(size),
    truncated: new Uint8Array(size),
    tags: strings(),
    folded: strings(),
    foldedTags: strings(),
  };
}

export function setEntry(row: BlockRow, place: number, e: CatalogEntry | null): void {
  const s = e?.s;
  row.id[place] = s?.id ?? '';
  row.live[place] = e?.l ?? 0;
  row.title[place] = s?.title ?? '';
  row.site[place] = s?.site ?? '';
  row.genre[place] = s?.genre ?? '';
  row.level[place] = s?.level ?? '';
  row.date[place] = s?.date ?? '';
  row.length[place] = s?.length ?? 0;
  row.createdAt[place] = s?.createdAt ?? 0;
  row.updatedAt[place] = s?.updatedAt ?? 0;
  row.truncated[place] = s?.truncated ? 1 : 0;
  row.tags[place] = s?.tags.join('\n') ?? '';
  row.folded[place] = e?.t ?? '';
  row.foldedTags[place] = e?.g ?? '';
}

/** The live speeches of a block's catalog, by place. */
export function liveEntries(row: BlockRow): { place: number; entry: CatalogEntry }[] {
  const out: { place: number; entry: CatalogEntry }[] = [];
  for (let place = 0; place < row.id.length; place++) {
    if (!row.live[place] || !row.id[place]) continue;
    const genre = row.genre[place] as SpeechSummary['genre'] | '';
    const level = row.level[place] as SpeechSummary['level'] | '';
    const date = row.date[place];
    const tags = row.tags[place] as string;
    const s: SpeechSummary = {
      id: row.id[place] as string,
      title: row.title[place] as string,
      site: row.site[place] as string,
      ...(genre ? { genre } : {}),
      ...(level ? { level } : {}),
      ...(date ? { date } : {}),
      length: row.length[place] as number,
      tags: tags ? tags.split('\n') : [],
      truncated: row.truncated[place] === 1,
      createdAt: row.createdAt[place] as number,
      updatedAt: row.updatedAt[place] as number,
    };
    out.push({
      place,
      entry: { s, l: 1, t: row.folded[place] as string, g: row.foldedTags[place] as string },
    });
  }
  return out;
}
