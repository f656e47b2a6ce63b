import { Dexie, type EntityTable } from 'dexie';
import { upgradeToV2, upgradeToV3, upgradeToV5, upgradeToV7 } from './migrations';
import type {
  BlockRow,
  ClauseRow,
  DuplicatePairRow,
  ExcerptDeleteRow,
  GramRow,
  SampleRow,
  SearchMetaRow,
  SpeechRow,
  TagRow,
  TextRow,
} from './rows';
import type { Excerpt } from './types';

export type { SampleRow, SpeechRow, TagRow, TextRow };

/** Version 1 kept the whole speech, text included, in one table. */
export const STORES_V1 = {
  speeches: 'id, updatedAt, createdAt, *tags, fingerprint, *urls',
};

/** Version 2: text apart, live/sort compound indexes, a tag-count table. */
export const STORES_V2 = {
  speeches:
    'id, [live+updatedAt], [live+createdAt], [live+title], [live+length], live, *tags, site, fingerprint, *urls',
  texts: 'id',
  samples: 'id',
  tags: 'tag, count',
};

/** Version 3: the same stores; every speech gets `facts` read from its text. */
export const STORES_V3 = STORES_V2;

/** Version 4: excerpts (素材). */
export const STORES_V4 = { ...STORES_V3, excerpts: 'id, speechId, createdAt' };

/** Version 5: the search index on disk: a document number per text, gram postings, block catalogs. */
export const STORES_V5 = {
  ...STORES_V4,
  speeches: `${STORES_V4.speeches}, doc`,
  grams: 'k',
  searchBlocks: 'block',
  searchMeta: 'id',
};

/** Version 6: each live speech's kept 12-gram hashes, for 套话 (filled when first asked for, not on opening). */
export const STORES_V6 = { ...STORES_V5, clauses: 'id' };

/** Version 7: sync (issue 12): `changedAt` indexed (what sync sends next), a `history` on every speech. */
export const STORES_V7 = { ...STORES_V6, speeches: `${STORES_V6.speeches}, changedAt` };

/** Version 8: excerpt deletes kept for sync, and duplicates sync found, offered for merging. */
export const STORES_V8 = { ...STORES_V7, excerptDeletes: 'id', duplicatePairs: 'id, keep, other' };

export const DB_VERSION = 8;

export class GaokuDb extends Dexie {
  speeches!: EntityTable<SpeechRow, 'id'>;
  texts!: EntityTable<TextRow, 'id'>;
  samples!: EntityTable<SampleRow, 'id'>;
  tags!: EntityTable<TagRow, 'tag'>;
  excerpts!: EntityTable<Excerpt, 'id'>;
  grams!: EntityTable<GramRow, 'k'>;
  searchBlocks!: EntityTable<BlockRow, 'block'>;
  searchMeta!: EntityTable<SearchMetaRow, 'id'>;
  clauses!: EntityTable<ClauseRow, 'id'>;
  excerptDeletes!: EntityTable<ExcerptDeleteRow, 'id'>;
  duplicatePairs!: EntityTable<DuplicatePairRow, 'id'>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeToV2);
    this.version(3).stores(STORES_V3).upgrade(upgradeToV3);
    this.version(4).stores(STORES_V4);
    this.version(5).stores(STORES_V5).upgrade(upgradeToV5);
    this.version(6).stores(STORES_V6);
    this.version(7).stores(STORES_V7).upgrade(upgradeToV7);
    this.version(8).stores(STORES_V8);
  }
}
