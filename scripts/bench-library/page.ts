import type { CaptureRecord } from '../../src/extract/types';
import { openLibrary } from '../../src/library';
import { foldForSearch, parseQuery } from '../../src/library/query';
import { generateSpeech, RARE_PHRASE } from './generate';

// Runs inside Chromium (real IndexedDB); `scripts/bench-library.ts` serves it and prints what it returns.

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? Number.NaN;

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

function toCapture(i: number, chars: number): { capture: CaptureRecord; tags: string[] } {
  const g = generateSpeech(i, chars);
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
    const g = generateSpeech(i, chars);
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

export async function runBench(total: number, chars: number, saved: number) {
  const name = `bench-${Date.now()}`;
  const out: Record<string, number | string> = {};
  let library = openLibrary(name);

  // One by one through save(), duplicate checks included, as the popup does.
  const saveTimes: number[] = [];
  for (let i = 0; i < saved; i++) {
    const { capture, tags } = toCapture(i, chars);
    const [ms, r] = await timed(() => library.save(capture, { tags }));
    if (r.status !== 'saved') throw new Error(`speech ${i} taken for a duplicate of ${r.match.title}`);
    saveTimes.push(ms);
  }
  out.saveMedianMs = median(saveTimes);
  out.saveP95Ms = p95(saveTimes);

  // The rest through import, a file of 1,500 at a time (all-or-nothing transactions).
  const importStart = performance.now();
  for (let from = saved; from < total; from += 1500) {
    const r = await library.importJson(exportFileOf(from, Math.min(total, from + 1500), chars));
    if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  }
  out.importPerSecond = Math.round((total - saved) / ((performance.now() - importStart) / 1000));
  library.close();

  // A freshly opened library page: the first screen of the list and the tag filter.
  library = openLibrary(name);
  const [firstScreen, first] = await timed(() =>
    Promise.all([library.list({ limit: 60 }), library.tagCounts()]).then(([l]) => l),
  );
  out.firstScreenMs = firstScreen;
  out.total = first.total;
  const [allSummaries] = await timed(() => library.list({ limit: total }));
  out.allSummariesMs = allSummaries;

  const queries = { common: '政协', twoWords: '协商 民主', rarePhrase: `"${RARE_PHRASE}"` };
  const [coldSearch] = await timed(() => library.prepareSearch());
  out.firstSearchMs = coldSearch;
  for (const [label, q] of Object.entries(queries)) {
    const times: number[] = [];
    let hits = 0;
    for (let k = 0; k < 15; k++) {
      const [ms, r] = await timed(() => library.search(q, { limit: 50 }));
      times.push(ms);
      hits = r.length;
    }
    out[`search.${label}.medianMs`] = median(times);
    out[`search.${label}.p95Ms`] = p95(times);
    out[`search.${label}.hits`] = hits;
  }

  // Baseline: plain includes over everything, read from IndexedDB for each query.
  const db = (library as unknown as { db: { texts: { toArray(): Promise<{ id: string; body: string }[]> } } })
    .db;
  for (const [label, q] of Object.entries(queries)) {
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      const [ms] = await timed(async () => {
        const terms = parseQuery(q).terms;
        const rows = await db.texts.toArray();
        return rows.filter((r) => terms.every((t) => foldForSearch(r.body).includes(t))).length;
      });
      times.push(ms);
    }
    out[`includes.${label}.medianMs`] = median(times);
  }

  const [exportMs, json] = await timed(() => library.exportJson());
  out.exportMs = exportMs;
  out.exportMB = json.length / 1024 / 1024;

  // Storage: what the text weighs against the duplicate samples kept on disk.
  const rows = await db.texts.toArray();
  out.textMB = rows.reduce((n, r) => n + new TextEncoder().encode(r.body).length, 0) / 1024 / 1024;
  const samples = await (
    library as unknown as { db: { samples: { toArray(): Promise<{ sample: number[] }[]> } } }
  ).db.samples.toArray();
  out.samplesMB = samples.reduce((n, r) => n + r.sample.length * 8, 0) / 1024 / 1024;
  const estimate = await navigator.storage.estimate();
  out.storageUsageMB = (estimate.usage ?? 0) / 1024 / 1024;
  out.searchMemoryBitsMB = (first.total * 1024) / 1024 / 1024;
  library.close();
  await indexedDB.deleteDatabase(name);
  return out;
}

(globalThis as unknown as { runBench: typeof runBench }).runBench = runBench;
