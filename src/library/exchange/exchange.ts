import { Dexie } from 'dexie';
import type { Duplicates } from '../duplicates';
import type { Excerpts } from '../excerpts';
import { mergeImported } from '../importMerge';
import type { Speeches } from '../speeches';
import { fromRow } from '../speechRows';
import type { Store } from '../store';
import type { Excerpt, ImportResult, Speech } from '../types';
import { ExportFileWriter, speechForExport } from './jsonFile';
import { excerptToMarkdown, speechToMarkdown, speechToText } from './textFormats';
import { parseExportFile } from './validate';

const EXPORT_CHUNK = 200;

/** Every file the library writes or reads: the JSON backup (export and import), Markdown, text, excerpts. */
export class Exchange {
  constructor(
    private readonly store: Store,
    private readonly speeches: Speeches,
    private readonly duplicates: Duplicates,
    private readonly excerpts: Excerpts,
  ) {}

  private async liveIds(ids?: string[]): Promise<string[]> {
    if (ids) return ids;
    return (
      await this.store.db.speeches
        .where('[live+createdAt]')
        .between([1, Dexie.minKey], [1, Dexie.maxKey])
        .primaryKeys()
    ).map((k) => String(k));
  }

  private async *speechesIn(ids: string[]): AsyncGenerator<Speech[]> {
    const { db } = this.store;
    for (let i = 0; i < ids.length; i += EXPORT_CHUNK) {
      const chunk = ids.slice(i, i + EXPORT_CHUNK);
      const [rows, texts] = await Promise.all([db.speeches.bulkGet(chunk), db.texts.bulkGet(chunk)]);
      yield rows.flatMap((r, k) => (r ? [fromRow(r, texts[k])] : []));
      // Let the page paint between chunks of a large export.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  private async writeFile(
    ids: string[] | undefined,
    onProgress: ((done: number, total: number) => void) | undefined,
    blob: boolean,
  ): Promise<{ file: ExportFileWriter; excerpts: Excerpt[] }> {
    const all = await this.liveIds(ids);
    const file = new ExportFileWriter(new Date());
    let done = 0;
    for await (const chunk of this.speechesIn(all)) {
      for (const s of chunk) file.speech(s);
      if (blob) file.cut();
      done += chunk.length;
      onProgress?.(done, all.length);
    }
    const wanted = new Set(all);
    const excerpts = (await this.store.db.excerpts.orderBy('createdAt').toArray()).filter(
      (e) => !ids || wanted.has(e.speechId),
    );
    return { file, excerpts };
  }

  async exportJson(ids?: string[], onProgress?: (done: number, total: number) => void): Promise<string> {
    const { file, excerpts } = await this.writeFile(ids, onProgress, false);
    return file.finish(excerpts);
  }

  async exportJsonBlob(ids?: string[], onProgress?: (done: number, total: number) => void): Promise<Blob> {
    const { file, excerpts } = await this.writeFile(ids, onProgress, true);
    return file.finishBlob(excerpts);
  }

  async exportMarkdown(ids: string[]): Promise<string> {
    const out: string[] = [];
    for await (const chunk of this.speechesIn(ids)) out.push(...chunk.map(speechToMarkdown));
    return out.join('\n\n---\n\n');
  }

  async exportText(ids: string[]): Promise<string> {
    const out: string[] = [];
    for await (const chunk of this.speechesIn(ids)) out.push(...chunk.map(speechToText));
    return out.join('\n\n\n');
  }

  /** The excerpts as Markdown, each with its speech and source. */
  async exportExcerpts(): Promise<string> {
    return (await this.excerpts.list()).map(excerptToMarkdown).join('\n\n');
  }

  /** Checks the whole file first, then applies all of it in one transaction or nothing. */
  async importJson(text: string): Promise<ImportResult> {
    const { speeches, excerpts, issues } = parseExportFile(text);
    if (issues.length > 0) return { ok: false, issues };
    const { db } = this.store;
    let added = 0;
    let merged = 0;
    let unchanged = 0;
    await this.store.write(async () => {
      // A file's speech merged into a saved one under another id: its excerpts follow it there.
      const savedAs = new Map<string, string>();
      for (const incoming of speeches) {
        // Asked together: a new speech (the usual case) needs both answers.
        const [same, dup] = await Promise.all([
          db.speeches.get(incoming.id),
          this.duplicates.find(incoming.body, incoming.sources[0]?.url ?? ''),
        ]);
        const existing = same?.live ? same : dup?.row;
        if (!existing) {
          if (same) await db.texts.delete(same.id); // a trashed copy under the same id gives way
          await this.speeches.put(incoming, same);
          added++;
          continue;
        }
        savedAs.set(incoming.id, existing.id);
        const current = fromRow(existing, await db.texts.get(existing.id));
        // Field by field by each field's stamp, the sync rule; what loses stays in the history.
        const next = mergeImported(current, incoming);
        if (JSON.stringify(speechForExport(next)) === JSON.stringify(speechForExport(current))) {
          unchanged++;
        } else {
          await this.speeches.put(next, existing);
          merged++;
        }
      }
      // Excerpts keep their ids; one already here stays as it is.
      const have = new Set((await db.excerpts.bulkGet(excerpts.map((e) => e.id))).map((e) => e?.id));
      const restored = excerpts.filter((e) => !have.has(e.id));
      await db.excerpts.bulkPut(
        restored.map((e) => ({ ...e, speechId: savedAs.get(e.speechId) ?? e.speechId })),
      );
      // Brought back on purpose from a file: no longer a delete for sync to send.
      await db.excerptDeletes.bulkDelete(restored.map((e) => e.id));
    });
    return { ok: true, added, merged, unchanged };
  }
}
