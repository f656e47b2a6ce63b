import PouchDB from 'pouchdb-browser';
import { openLibrary } from '../../src/library';
import type { Speech } from '../../src/library/types';
import { observedLibrary } from '../../src/messaging/libraryEvents';
import { type LiveSync, startLive, syncOnce } from '../../src/sync/session';
import type { SyncSettings } from '../../src/sync/settings';
import type { SyncStatus } from '../../src/sync/status';
import { generateSpeech } from '../bench-library/generate';

// Runs inside Chromium, one page per profile (real IndexedDB, pouchdb-browser, the sync service as the extension
// runs it); `scripts/bench-sync.ts` drives two of them against one server and prints what they return.

const library = observedLibrary(openLibrary('gaoku-bench'));
let settings: SyncSettings;
let live: LiveSync | undefined;
let status: SyncStatus = { state: 'off' };
const Pouch = PouchDB;

function speechOf(i: number, chars: number): Speech {
  const g = generateSpeech(i, chars);
  const at = 1_700_000_000_000 + i * 60_000;
  return {
    id: `bench-${i}`,
    title: g.title,
    body: g.body,
    parts: [{ title: g.title, body: g.body }],
    truncated: false,
    truncation: [],
    meta: { keywords: [] },
    facts: {},
    censored: 0,
    extractor: 'generic',
    tags: g.tags,
    notes: '',
    sources: [{ url: g.url, normalizedUrl: g.url, site: 'bench.example.cn', capturedAt: at }],
    createdAt: at,
    updatedAt: at,
  };
}

const file = (speeches: Speech[]) =>
  JSON.stringify({
    format: 'gaoku-library',
    schemaVersion: 3,
    exportedAt: new Date().toISOString(),
    speeches,
  });

const bench = {
  init(s: SyncSettings) {
    settings = s;
  },
  /** `total` speeches imported 1,000 at a time. */
  async fill(total: number, chars: number) {
    const start = performance.now();
    for (let from = 0; from < total; from += 1000) {
      const chunk = Array.from({ length: Math.min(1000, total - from) }, (_, k) => speechOf(from + k, chars));
      const r = await library.importJson(file(chunk));
      if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
    }
    return { ms: performance.now() - start };
  },
  async usageMB() {
    const e = await navigator.storage.estimate();
    return (e.usage ?? 0) / 1024 / 1024;
  },
  async once() {
    const start = performance.now();
    const s = await syncOnce({ Pouch, library, settings, report: () => undefined, batchSize: 200 });
    return { ms: performance.now() - start, state: s.state };
  },
  async live() {
    live = await startLive({
      Pouch,
      library,
      settings,
      report: (s) => {
        status = s;
      },
    });
  },
  status: () => status,
  async stop() {
    await live?.stop();
  },
  /** A new speech saved as the popup saves one; the clock when the save began. */
  async save(i: number, chars: number) {
    const s = speechOf(i, chars);
    const at = Date.now();
    const r = await library.save(
      {
        title: s.title,
        body: s.body,
        parts: s.parts,
        truncated: false,
        truncation: [],
        removed: [],
        meta: { keywords: [] },
        censored: 0,
        url: `${s.sources[0]?.url}?new=${i}`,
        site: 'bench.example.cn',
        extractor: 'generic',
      },
      { force: true },
    );
    if (r.status !== 'saved') throw new Error('not saved');
    return { id: r.speech.id, at };
  },
  /** The clock when this library first lists the speech. */
  async seen(id: string, timeoutMs: number) {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (await library.get(id)) return Date.now();
      await new Promise((r) => setTimeout(r, 5));
    }
    return Number.NaN;
  },
  async ids() {
    return (await library.list({ limit: 1_000_000, sort: 'created-asc' })).items.map((s) => s.id);
  },
  /** One edit on each speech: `title` appends ·甲 to the title, `tags` adds the tag 乙. */
  async burst(ids: string[], field: 'title' | 'tags') {
    const start = performance.now();
    for (const id of ids) {
      const s = await library.get(id);
      if (!s) continue;
      if (field === 'title') await library.update(id, { title: `${s.title}·甲` });
      else await library.update(id, { tags: [...s.tags, '乙'] });
    }
    return { ms: performance.now() - start };
  },
  /** Of these speeches: how many are missing here, and how many lack the title or the tag edit. */
  async check(ids: string[]) {
    let missing = 0;
    let titles = 0;
    let tags = 0;
    for (const id of ids) {
      const s = await library.get(id);
      if (!s) missing++;
      else {
        if (!s.title.endsWith('·甲')) titles++;
        if (!s.tags.includes('乙')) tags++;
      }
    }
    return { missing, titles, tags };
  },
  async count() {
    return (await library.list({ limit: 1 })).total;
  },
};

(globalThis as unknown as { bench: typeof bench }).bench = bench;
