import type { CaptureRecord } from '../../src/extract/types';
import { openLibrary } from '../../src/library';
import { foldForSearch, parseQuery } from '../../src/library/search/query';
import { generateSpeech, RARE_PHRASE, realSpeech } from './generate';

/** The speeches: generated from phrase families, or from real sentences (`--text real`). */
let pool: string[] = [];
const speech = (i: number, chars: number) =>
  pool.length ? realSpeech(i, pool, chars) : generateSpeech(i, chars);

// Runs inside Chromium (real IndexedDB); `scripts/bench-library.ts` serves it and prints what it returns.

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? Number.NaN;

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

function toCapture(i: number, chars: number): { capture: CaptureRecord; tags: string[] } {
  const g = speech(i, chars);
  return {
    capture: {
      title: g.title,
      body: g.body,
      parts: [{ title: g.title, body: g.body }],
      truncated: i % 10 === 0,
      truncation: [],
      removed: [],
      meta: { keywords: [] },
      censored: 0,
      url: g.url,
      site: 'bench.example.cn',
      extractor: 'generic',
    },
    tags: g.tags,
  };
}

function exportFileOf(from: number, to: number, chars: number): string {
  const speeches = [];
  for (let i = from; i < to; i++) {
    const g = speech(i, chars);
    const at = 1_700_000_000_000 + i * 60_000;
    speeches.push({
      id: `bench-${i}`,
      title: g.title,
      body: g.body,
      parts: [{ title: g.title, body: g.body }],
      truncated: i % 10 === 0,
      truncation: [],
      meta: { keywords: [] },
      censored: 0,
      extractor: 'generic',
      tags: g.tags,
      notes: '',
      sources: [{ url: g.url, normalizedUrl: g.url, site: 'bench.example.cn', capturedAt: at }],
      createdAt: at,
      updatedAt: at,
    });
  }
  return JSON.stringify({
    format: 'gaoku-library',
    schemaVersion: 1,
    exportedAt: new Date().toISOString(),
    speeches,
  });
}

type Db = {
  texts: { toArray(): Promise<{ id: string; body: string }[]> };
  samples: { toArray(): Promise<{ sample: number[] }[]> };
  clauses: { toArray(): Promise<{ p: Int32Array }[]> };
  tables: { name: string; toArray(): Promise<unknown[]> }[];
};
const dbOf = (library: unknown) => (library as { db: Db }).db;
const GENERATED_QUERIES = { common: '政协', twoWords: '协商 民主', rarePhrase: `"${RARE_PHRASE}"` };
// The real sentences speak less of 政协: a word and a pair as common in them.
const REAL_QUERIES = { common: '发展', twoWords: '经济 建设', rarePhrase: `"${RARE_PHRASE}"` };
let QUERIES = GENERATED_QUERIES;
const BASE_TABLES = new Set(['speeches', 'texts', 'samples', 'tags', 'excerpts', 'clauses']);

/** Bytes a stored value takes, roughly: strings at 2 bytes a character, binary at its length. */
function sizeOf(v: unknown): number {
  if (typeof v === 'string') return v.length * 2;
  if (typeof v === 'number') return 8;
  if (v instanceof ArrayBuffer) return v.byteLength;
  if (ArrayBuffer.isView(v)) return v.byteLength;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + sizeOf(x), 0);
  if (v && typeof v === 'object') return Object.values(v).reduce((n: number, x) => n + sizeOf(x), 0);
  return 1;
}

/** Fills a new library: `saved` speeches one by one through save(), the rest imported 1,500 at a time. */
async function fill(name: string, total: number, chars: number, saved: number, sentences: string[] = []) {
  pool = sentences;
  const out: Record<string, number> = {};
  const library = openLibrary(name);
  const saveTimes: number[] = [];
  for (let i = 0; i < saved; i++) {
    const { capture, tags } = toCapture(i, chars);
    const [ms, r] = await timed(() => library.save(capture, { tags }));
    if (r.status !== 'saved') throw new Error(`speech ${i} taken for a duplicate of ${r.match.title}`);
    saveTimes.push(ms);
  }
  out.saveMedianMs = median(saveTimes);
  out.saveP95Ms = p95(saveTimes);
  const importStart = performance.now();
  for (let from = saved; from < total; from += 1500) {
    const r = await library.importJson(exportFileOf(from, Math.min(total, from + 1500), chars));
    if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  }
  out.importPerSecond = Math.round((total - saved) / ((performance.now() - importStart) / 1000));
  library.close();
  return out;
}

let opened: ReturnType<typeof openLibrary> | undefined;

/** A freshly opened library page: first screen, the first query, then each query kind 15 times. */
async function open(name: string, total: number, real = false) {
  QUERIES = real ? REAL_QUERIES : GENERATED_QUERIES;
  const out: Record<string, number> = {};
  const start = performance.now();
  const library = openLibrary(name);
  opened = library;
  const [firstScreen, first] = await timed(() =>
    Promise.all([library.list({ limit: 60 }), library.tagCounts()]).then(([l]) => l),
  );
  out.firstScreenMs = firstScreen;
  out.total = first.total;
  await library.search(QUERIES.common, { limit: 50 });
  out.readyMs = performance.now() - start;
  const [allSummaries] = await timed(() => library.list({ limit: total }));
  out.allSummariesMs = allSummaries;
  const [prepare] = await timed(() => library.prepareSearch());
  out.firstSearchMs = prepare;
  for (const [label, q] of Object.entries(QUERIES)) {
    const times: number[] = [];
    let hits = 0;
    for (let k = 0; k < 16; k++) {
      const [ms, r] = await timed(() => library.search(q, { limit: 50 }));
      times.push(ms);
      hits = r.length;
    }
    // The first run of each kind is its cold run (the common word's was the ready figure).
    out[`search.${label}.firstMs`] = times.shift() as number;
    out[`search.${label}.medianMs`] = median(times);
    out[`search.${label}.p95Ms`] = p95(times);
    out[`search.${label}.hits`] = hits;
  }
  // 套话 of a few speeches: the first call loads the clause hashes of every speech (once), the rest reuse them.
  const some = (await library.list({ limit: 8 })).items;
  const [clauseLoad] = await timed(() => library.recurringPassages(some[0]?.id ?? ''));
  out.recurringFirstMs = clauseLoad;
  const times: number[] = [];
  let passages = 0;
  let shared = 0;
  for (const s of some.slice(1)) {
    const [ms, r] = await timed(() => library.recurringPassages(s.id));
    times.push(ms);
    passages = r.length;
    shared = r.reduce((n, p) => Math.max(n, p.ids.length), 0);
  }
  out.recurringMedianMs = median(times);
  out.recurringMaxMs = Math.max(...times);
  out.recurringPassages = passages;
  out.recurringShared = shared;
  return out;
}

/** The plain-includes baseline, export and storage, on the library `open` left open. */
async function rest(name: string, total: number) {
  const out: Record<string, number> = {};
  const library = opened ?? openLibrary(name);
  const db = dbOf(library);
  // Reading every text takes long at 50,000: one run per query there.
  const runs = total > 20_000 ? 1 : 3;
  for (const [label, q] of Object.entries(QUERIES)) {
    const times: number[] = [];
    for (let k = 0; k < runs; k++) {
      const [ms] = await timed(async () => {
        const terms = parseQuery(q).terms;
        const rows = await db.texts.toArray();
        return rows.filter((r) => terms.every((t) => foldForSearch(r.body).includes(t))).length;
      });
      times.push(ms);
    }
    out[`includes.${label}.medianMs`] = median(times);
  }

  // As one string (what the library page asks for) and, where the library offers it, as a Blob: a JSON string
  // of 50,000 speeches is past V8's longest string.
  try {
    const [exportMs, json] = await timed(() => library.exportJson());
    out.exportMs = exportMs;
    out.exportMB = json.length / 1024 / 1024;
  } catch (e) {
    out.exportFailed = 1;
    console.error(`export as one string failed: ${e}`);
  }
  const withBlob = library as unknown as { exportJsonBlob?: () => Promise<Blob> };
  if (withBlob.exportJsonBlob) {
    const [blobMs, blob] = await timed(() => withBlob.exportJsonBlob?.() as Promise<Blob>);
    out.exportBlobMs = blobMs;
    out.exportBlobMB = blob.size / 1024 / 1024;
  }

  const rows = await db.texts.toArray();
  out.textMB = rows.reduce((n, r) => n + new TextEncoder().encode(r.body).length, 0) / 1024 / 1024;
  const samples = await db.samples.toArray();
  out.samplesMB = samples.reduce((n, r) => n + r.sample.length * 8, 0) / 1024 / 1024;
  out.clausesMB = (await db.clauses.toArray()).reduce((n, r) => n + r.p.byteLength, 0) / 1024 / 1024;
  let index = 0;
  for (const t of db.tables) if (!BASE_TABLES.has(t.name)) index += sizeOf(await t.toArray());
  out.indexMB = index / 1024 / 1024;
  const estimate = await navigator.storage.estimate();
  out.storageUsageMB = (estimate.usage ?? 0) / 1024 / 1024;
  library.close();
  await indexedDB.deleteDatabase(name);
  return out;
}

(globalThis as unknown as { bench: object }).bench = { fill, open, rest };
