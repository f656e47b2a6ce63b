import { Dexie, type EntityTable } from 'dexie';
import { speechFacts } from '../facts/speechFacts';
import { upgradeV1Row } from './migrations';
import type { SampleRow, SpeechRow, TagRow, TextRow } from './rows';
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

export const DB_VERSION = 4;

export class GaokuDb extends Dexie {
  speeches!: EntityTable<SpeechRow, 'id'>;
  texts!: EntityTable<TextRow, 'id'>;
  samples!: EntityTable<SampleRow, 'id'>;
  tags!: EntityTable<TagRow, 'tag'>;
  excerpts!: EntityTable<Excerpt, 'id'>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade(async (tx) => {
        const counts = new Map<string, number>();
        const texts: TextRow[] = [];
        const samples: SampleRow[] = [];
        await tx
          .table('speeches')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            const { text, sample, tags } = upgradeV1Row(row);
            texts.push(text);
            if (row.live === 1) samples.push({ id: text.id, sample });
            if (row.live === 1) for (const t of tags) counts.set(t, (counts.get(t) ?? 0) + 1);
          });
        await tx.table('texts').bulkPut(texts);
        await tx.table('samples').bulkPut(samples);
        await tx.table('tags').bulkPut([...counts].map(([tag, count]) => ({ tag, count })));
      });
    this.version(3)
      .stores(STORES_V3)
      .upgrade(async (tx) => {
        const texts = new Map<string, string>();
        await tx
          .table('texts')
          .toCollection()
          .each((t: TextRow) => {
            texts.set(t.id, t.body);
          });
        await tx
          .table('speeches')
          .toCollection()
          .modify((row: SpeechRow) => {
            row.facts ??= speechFacts(row.title, texts.get(row.id) ?? '');
          });
      });
    this.version(4).stores(STORES_V4);
  }
}
