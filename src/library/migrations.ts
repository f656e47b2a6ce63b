import type { Transaction } from 'dexie';
import { speechFacts } from '../facts/speechFacts';
import { charCount, foldText, shingleSample } from './fingerprint';
import type { SampleRow, SearchMetaRow, SpeechRow, TextRow } from './rows';
import { toTextRow } from './textRow';
import type { Speech } from './types';

// Each version's upgrade, run by Dexie in one transaction when an older database opens (db.ts lists the
// versions). test/library/migration.test.ts writes a database of every earlier version and opens it.

/**
 * v1 → v2, one row at a time, in place: the text moves to `texts`, the index fields appear. Nothing the
 * user wrote is dropped; unknown fields stay on the row.
 */
export function upgradeV1Row(row: Record<string, unknown>): {
  text: TextRow;
  sample: number[];
  tags: string[];
} {
  const body = typeof row.body === 'string' ? row.body : '';
  const parts = Array.isArray(row.parts) ? (row.parts as Speech['parts']) : [];
  const sources = Array.isArray(row.sources) ? (row.sources as { site?: string }[]) : [];
  delete row.body;
  delete row.parts;
  row.live = row.deletedAt ? 0 : 1;
  row.site = sources[0]?.site ?? '';
  row.length = charCount(body);
  return {
    text: toTextRow(String(row.id), body, parts),
    sample: shingleSample(foldText(body)),
    tags: Array.isArray(row.tags) ? (row.tags as string[]) : [],
  };
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
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
}

/** v2 → v3: each speech's facts read from its text; facts already there stay. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
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
}

/**
 * v4 → v5: every speech, the trash included, gets a document number (oldest first); the postings are built
 * later, a block of 512 at a time, by the first search or write (search/indexWriter.ts), so opening stays quick.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  let next = 0;
  await tx
    .table('speeches')
    .orderBy('[live+createdAt]')
    .modify((row: SpeechRow) => {
      row.doc = next++;
    });
  const meta: SearchMetaRow = { id: 'meta', next, sealed: 0, versions: [] };
  await tx.table('searchMeta').put(meta);
}

/**
 * v6 → v7: every speech counts as changed when it last was (`changedAt`: its last edit or trashing), so the
 * first sync sends them all; each gets an empty `history`. Nothing else changes.
 */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  await tx
    .table('speeches')
    .toCollection()
    .modify((row: SpeechRow) => {
      row.changedAt = Math.max(row.updatedAt, row.deletedAt ?? 0);
      row.history ??= [];
    });
}
