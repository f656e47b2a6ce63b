import { excerptForExport } from './exchange/jsonFile';
import { LibraryError } from './libraryError';
import type { Speeches } from './speeches';
import { newId } from './speechRows';
import type { Store } from './store';
import type { Excerpt } from './types';

const EXCERPT_MAX = 20_000;

/** Passages kept for writing (素材), each with the speech and page it came from. */
export class Excerpts {
  constructor(
    private readonly store: Store,
    private readonly speeches: Speeches,
  ) {}

  async add(speechId: string, text: string, note = ''): Promise<Excerpt> {
    const clean = text.trim();
    if (!clean) throw new LibraryError('invalid', '请先在正文中选中要收入素材的文字。');
    if (clean.length > EXCERPT_MAX)
      throw new LibraryError('invalid', `素材过长（${clean.length} 字），一次最多 ${EXCERPT_MAX} 字。`);
    return this.store.write(async () => {
      const { speech } = await this.speeches.mustGet(speechId);
      const excerpt: Excerpt = {
        id: newId(),
        speechId,
        speechTitle: speech.title,
        url: speech.sources[0]?.url ?? '',
        site: speech.sources[0]?.site ?? '',
        text: clean,
        note: note.trim(),
        createdAt: Date.now(),
      };
      await this.store.db.excerpts.put(excerpt);
      return excerpt;
    });
  }

  /** Newest first, with only the known fields. */
  async list(): Promise<Excerpt[]> {
    return (await this.store.db.excerpts.orderBy('createdAt').reverse().toArray()).map(excerptForExport);
  }

  /** Deleted here; the delete is kept (`excerptDeletes`) for sync to send, so no other machine brings it back. */
  async delete(id: string): Promise<void> {
    await this.store.write(async () => {
      const { db } = this.store;
      await db.excerpts.delete(id);
      await db.excerptDeletes.put({ id, deletedAt: Date.now() });
    });
  }
}
