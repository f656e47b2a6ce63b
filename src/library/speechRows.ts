import type { CaptureRecord } from '../extract/types';
import type { SpeechRow, TextRow } from './db';
import { normalizeUrl } from './normalizeUrl';
import { partsOf } from './textRow';
import type { Speech, SpeechFilter, SpeechSummary } from './types';

// The plain functions the library is built from: rows in and out of the tables, filters and sorts,
// duplicate measures, and how an imported copy merges into a saved speech.

export const cleanTags = (tags: readonly string[]): string[] => [
  ...new Set(tags.map((t) => t.trim().replace(/\s+/g, ' ')).filter((t) => t.length > 0 && t.length <= 64)),
];

export function toRow(s: Speech, fingerprint: string, length: number): SpeechRow {
  const {
    body: _b,
    parts: _p,
    doc: _d,
    changedAt: _c,
    ...rest
  } = s as Speech & {
    doc?: number;
    changedAt?: number;
  };
  return {
    ...rest,
    live: s.deletedAt ? 0 : 1,
    site: s.sources[0]?.site ?? '',
    urls: [...new Set(s.sources.map((x) => x.normalizedUrl))],
    fingerprint,
    length,
  };
}

export function fromRow(row: SpeechRow, text: TextRow | undefined): Speech {
  const { live: _l, site: _s, urls: _u, fingerprint: _f, length: _n, doc: _d, changedAt: _c, ...rest } = row;
  return { ...rest, body: text?.body ?? '', parts: partsOf(text) };
}

export const summaryOf = (r: SpeechRow): SpeechSummary => ({
  id: r.id,
  title: r.title,
  site: r.site,
  ...(r.facts?.genre ? { genre: r.facts.genre } : {}),
  ...(r.facts?.level ? { level: r.facts.level } : {}),
  ...(r.facts?.date ? { date: r.facts.date } : {}),
  length: r.length,
  tags: r.tags,
  truncated: r.truncated,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** Short texts, too short to sample: one holds the other, or they share a long run. */
export function sharesText(a: string, b: string): boolean {
  if (!a || !b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) || long.includes(short.slice(0, Math.ceil(short.length / 2)));
}

/** How much of the speech a copy shows: text length, less when the page said it was cut. */
export const completeness = (length: number, truncated: boolean) => length * (truncated ? 1 : 1.05);

export function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

export function sourceOf(capture: CaptureRecord, at: number) {
  return { url: capture.url, normalizedUrl: normalizeUrl(capture.url), site: capture.site, capturedAt: at };
}

export function matchesFilter(r: SpeechSummary, f: SpeechFilter): boolean {
  if (f.tags?.length && !f.tags.every((t) => r.tags.includes(t))) return false;
  if (f.site !== undefined && r.site !== f.site) return false;
  if (f.from !== undefined && r.createdAt < f.from) return false;
  if (f.to !== undefined && r.createdAt > f.to) return false;
  if (f.truncated !== undefined && r.truncated !== f.truncated) return false;
  if (f.genre !== undefined && r.genre !== f.genre) return false;
  if (f.level !== undefined && r.level !== f.level) return false;
  if (f.dateFrom !== undefined && !(r.date && r.date >= f.dateFrom)) return false;
  if (f.dateTo !== undefined && !(r.date && r.date.slice(0, f.dateTo.length) <= f.dateTo)) return false;
  return true;
}

export const hasFilter = (f: SpeechFilter) =>
  Boolean(f.tags?.length) ||
  f.site !== undefined ||
  f.from !== undefined ||
  f.to !== undefined ||
  f.truncated !== undefined ||
  f.genre !== undefined ||
  f.level !== undefined ||
  f.dateFrom !== undefined ||
  f.dateTo !== undefined;

export const SORTS = {
  'updated-desc': {
    index: '[live+updatedAt]',
    reverse: true,
    cmp: (a: SpeechRow, b: SpeechRow) => b.updatedAt - a.updatedAt,
  },
  'created-desc': {
    index: '[live+createdAt]',
    reverse: true,
    cmp: (a: SpeechRow, b: SpeechRow) => b.createdAt - a.createdAt,
  },
  'created-asc': {
    index: '[live+createdAt]',
    reverse: false,
    cmp: (a: SpeechRow, b: SpeechRow) => a.createdAt - b.createdAt,
  },
  title: {
    index: '[live+title]',
    reverse: false,
    cmp: (a: SpeechRow, b: SpeechRow) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  },
  'length-desc': {
    index: '[live+length]',
    reverse: true,
    cmp: (a: SpeechRow, b: SpeechRow) => b.length - a.length,
  },
} as const;
