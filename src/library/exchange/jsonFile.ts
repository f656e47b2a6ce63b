import type { Excerpt, Speech } from '../types';

// The JSON file's layout in one place: what `exportJson` writes and `parseExportFile` (validate.ts) reads.

export const EXPORT_FORMAT = 'gaoku-library';
/**
 * The file format's version; it moves only when a field changes meaning or shape.
 * 1: the first format. 2: `facts` (speaker, occasion, date, genre, level); a version-1 file gets them read
 * from its text on import. 3: `excerpts` (素材) after the speeches; older files have none. 4: each speech's
 * `stamps` (when and how each field last changed: the user's edit or a capture) and `history` (earlier values),
 * so an import merges field by field; an older file's fields count as captured when the speech was created.
 */
export const EXPORT_SCHEMA_VERSION = 4;

/** A speech's keys in the order every export writes them. */
const SPEECH_KEYS = [
  'id',
  'title',
  'body',
  'parts',
  'truncated',
  'truncation',
  'meta',
  'facts',
  'censored',
  'extractor',
  'tags',
  'notes',
  'sources',
  'createdAt',
  'updatedAt',
  'stamps',
  'history',
] as const satisfies readonly (keyof Speech)[];

/** Nested objects with their keys sorted: one speech always serialises to the same bytes. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = canonical(v);
    }
    return out;
  }
  return value;
}

export function speechForExport(s: Speech): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of SPEECH_KEYS) out[k] = canonical(s[k]);
  return out;
}

/** An excerpt with its keys in the order every export writes them. */
export const excerptForExport = (e: Excerpt): Excerpt => ({
  id: e.id,
  speechId: e.speechId,
  speechTitle: e.speechTitle,
  url: e.url,
  site: e.site,
  text: e.text,
  note: e.note,
  createdAt: e.createdAt,
});

/**
 * The file, written piece by piece so a large library is never one object in memory:
 * `{"format","schemaVersion","exportedAt","speeches":[…],"excerpts":[…]}`, a record a line. As a string, or as a
 * Blob whose parts are made a chunk at a time (the text then leaves the JS heap as it goes, and a library past
 * V8's longest string, about 48,000 speeches of 5,000 characters, still exports).
 */
export class ExportFileWriter {
  private pieces: string[];
  private readonly blobs: Blob[] = [];
  private speeches = 0;

  constructor(exportedAt: Date) {
    this.pieces = [
      `{"format":"${EXPORT_FORMAT}","schemaVersion":${EXPORT_SCHEMA_VERSION},"exportedAt":"${exportedAt.toISOString()}","speeches":[`,
    ];
  }

  speech(s: Speech): void {
    this.pieces.push(`${this.speeches++ === 0 ? '' : ','}\n${JSON.stringify(speechForExport(s))}`);
  }

  private excerpts(excerpts: readonly Excerpt[]): void {
    this.pieces.push('\n],"excerpts":[');
    this.pieces.push(excerpts.map((e) => `\n${JSON.stringify(excerptForExport(e))}`).join(','));
    this.pieces.push('\n]}\n');
  }

  /** For the Blob: what was written so far becomes one part. */
  cut(): void {
    this.blobs.push(new Blob(this.pieces));
    this.pieces = [];
  }

  finish(excerpts: readonly Excerpt[]): string {
    this.excerpts(excerpts);
    return this.pieces.join('');
  }

  finishBlob(excerpts: readonly Excerpt[]): Blob {
    this.excerpts(excerpts);
    this.cut();
    return new Blob(this.blobs, { type: 'application/json' });
  }
}
