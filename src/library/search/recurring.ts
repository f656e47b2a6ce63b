import type { RecurringPassage } from '../types';
import { type ClauseSource, Pairs } from './clausePostings';
import { CLAUSE_MIN, type Core, coreOf, gramHashes } from './clauses';
import { GramTable } from './gramTable';

// 套话 (docs/library.md, "Set phrases"): the runs of CLAUSE_MIN or more core characters a speech shares with
// other saved speeches, wherever they sit in a sentence, grouped into passages of the speech.

/** A library this small is read whole: exact, whatever the kept hashes missed. */
const READ_ALL = 64;
/**
 * Beyond that, texts read to check matches no other speech confirms (each costs about 1 ms to fold and
 * compare, besides reading it); the rest rests on the kept hashes alone.
 */
const VERIFY_CAP = 8;

/**
 * Passages of `body` that other speeches share, most shared first. `source` holds every other live speech's
 * kept hashes (clauses.ts). A start of the speech counts as shared when two speeches' kept hashes hold it, or
 * when a speech's text read here holds it; a speech no other confirms is read (up to VERIFY_CAP of them),
 * since a single hash in common could be chance.
 */
export async function findShared(
  body: string,
  source: ClauseSource,
  readTexts: (ids: string[]) => Promise<Map<string, string>>,
  limit = 50,
): Promise<RecurringPassage[]> {
  const core = coreOf(body);
  const table = new GramTable(gramHashes(core.text));
  const n = table.gramAt.length;
  const { ids } = source;
  // Counted by distinct 12-gram, not by start: every start of one gram has the same speeches.
  const hits = new Int32Array(table.size);
  const owner = new Int32Array(table.size).fill(-1);
  const matched = new Int32Array(ids.length);
  const pairs = new Pairs();
  source.match(table, pairs);
  for (let k = 0; k < pairs.length; k++) {
    const x = pairs.x[k] as number;
    const u = pairs.u[k] as number;
    hits[u] = (hits[u] as number) + 1;
    owner[u] = x;
    matched[x] = (matched[x] as number) + 1;
  }
  // Who to read: every speech of a small library, else every speech with a match when they are few, else
  // those that alone hold some gram, most such grams first.
  let toRead = ids.map((_, x) => x).filter((x) => ids[x] !== '');
  if (toRead.length > READ_ALL) toRead = toRead.filter((x) => (matched[x] as number) > 0);
  if (toRead.length > VERIFY_CAP) {
    const sole = new Int32Array(ids.length);
    for (let u = 0; u < table.size; u++) {
      const x = owner[u] as number;
      if (hits[u] === 1) sole[x] = (sole[x] as number) + 1;
    }
    toRead = toRead
      .filter((x) => (sole[x] as number) > 0)
      .sort((a, b) => (sole[b] as number) - (sole[a] as number))
      .slice(0, VERIFY_CAP);
  }
  const texts = await readTexts(toRead.map((x) => ids[x] as string));
  const verified = new Map<number, Uint8Array>();
  const isVerified = new Uint8Array(ids.length);
  const trusted = new Uint8Array(n);
  const unverified = hits.slice();
  for (const x of toRead) {
    const starts = table.exactStarts(core, texts.get(ids[x] as string) ?? '');
    verified.set(x, starts);
    isVerified[x] = 1;
    for (let p = 0; p < n; p++) if (starts[p]) trusted[p] = 1;
  }
  for (let k = 0; k < pairs.length; k++) {
    const u = pairs.u[k] as number;
    if (isVerified[pairs.x[k] as number]) unverified[u] = (unverified[u] as number) - 1;
  }
  for (let p = 0; p < n; p++) {
    const u = table.gramAt[p] as number;
    if (u >= 0 && (unverified[u] as number) >= 2) trusted[p] = 1;
  }

  // Passages: the trusted 12-grams, overlapping ones joined.
  const passageOf = new Int32Array(n).fill(-1);
  const spans: Span[] = [];
  for (let p = 0; p < n; p++) {
    if (!trusted[p]) continue;
    const last = spans[spans.length - 1];
    if (last && p < last.to) last.to = p + CLAUSE_MIN;
    else spans.push({ from: p, to: p + CLAUSE_MIN, ids: [] });
    passageOf[p] = spans.length - 1;
  }
  // The passage of each gram, or -2 when its starts lie in several (a phrase the speech says twice).
  const passageOfGram = new Int32Array(table.size).fill(-1);
  for (let p = 0; p < n; p++) {
    const u = table.gramAt[p] as number;
    const at = passageOf[p] as number;
    if (u < 0 || at < 0 || unverified[u] === 0) continue;
    const was = passageOfGram[u] as number;
    passageOfGram[u] = was === -1 || was === at ? at : -2;
  }
  // Which speech is in which passage: a bit each.
  const seen = new Uint32Array(Math.ceil((spans.length * ids.length) / 32));
  const join = (x: number, at: number) => {
    const bit = at * ids.length + x;
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if ((seen[word] as number) & mask) return;
    seen[word] = (seen[word] as number) | mask;
    (spans[at] as Span).ids.push(ids[x] as string);
  };
  for (const [x, starts] of verified)
    for (let p = 0; p < n; p++) if (starts[p]) join(x, passageOf[p] as number);
  for (let k = 0; k < pairs.length; k++) {
    const x = pairs.x[k] as number;
    if (isVerified[x]) continue;
    const u = pairs.u[k] as number;
    const at = passageOfGram[u] as number;
    if (at >= 0) join(x, at);
    else if (at === -2)
      for (let p = table.first[u] as number; p >= 0; p = table.next[p] as number)
        if (trusted[p]) join(x, passageOf[p] as number);
  }
  // A passage the kept hashes found may begin or end a few characters inside the run: one speech of each,
  // read, gives the run's ends.
  const verifiedIds = new Set([...verified.keys()].map((x) => ids[x]));
  const widen = spans.filter((s) => s.ids.length > 0 && !verifiedIds.has(s.ids[0] as string));
  const more = await readTexts([...new Set(widen.map((s) => s.ids[0] as string))]);
  const exact = new Map<string, Uint8Array>();
  for (const s of widen) {
    const id = s.ids[0] as string;
    let starts = exact.get(id);
    if (!starts) {
      starts = table.exactStarts(core, more.get(id) ?? '');
      exact.set(id, starts);
    }
    while (s.from > 0 && starts[s.from - 1]) s.from--;
    while (starts[s.to - CLAUSE_MIN + 1]) s.to++;
  }
  return joinOverlapping(spans.filter((s) => s.ids.length > 0))
    .map((s) => ({ ...passageText(body, core, s.from, s.to), ids: s.ids }))
    .sort((a, b) => b.ids.length - a.ids.length || a.offset - b.offset)
    .slice(0, limit)
    .map(({ text, paragraph, ids, query }) => ({ text, paragraph, ids, query }));
}

interface Span {
  from: number;
  to: number;
  ids: string[];
}

/** Passages widened into each other become one, with the speeches of both. */
function joinOverlapping<T extends { from: number; to: number; ids: string[] }>(spans: T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.from < last.to) {
      last.to = Math.max(last.to, s.to);
      last.ids = [...new Set([...last.ids, ...s.ids])];
    } else out.push(s);
  }
  return out;
}

const OPENING = /[\p{Ps}\p{Pi}]/u;
const CLOSING = /[\p{Pe}\p{Pf}\p{Po}]/u;

/** The passage as the speech writes it, with its closing punctuation; its paragraph; a search for it. */
function passageText(body: string, core: Core, from: number, to: number) {
  let start = core.at[from] as number;
  let end = (core.at[to - 1] as number) + 1;
  if (/[\ud800-\udbff]/u.test(body[end - 1] ?? '')) end++;
  while (start > 0 && OPENING.test(body[start - 1] as string)) start--;
  while (end < body.length && CLOSING.test(body[end] as string)) end++;
  const text = body.slice(start, end);
  let paragraph = 0;
  for (let i = body.indexOf('\n'); i >= 0 && i < start; i = body.indexOf('\n', i + 1)) paragraph++;
  return { text, paragraph, offset: start, query: passageQuery(text) };
}

/**
 * A search that finds the passage in every speech that shares it: its clauses, each quoted, since other
 * speeches may punctuate it otherwise (`"善于发现苗头性" "倾向性问题" "分析原因" "研究对策"`).
 */
export function passageQuery(text: string): string {
  const clauses = text.split(/[\s\p{P}\p{S}]+/u).filter((c) => c.length >= 2);
  return clauses.map((c) => `"${c}"`).join(' ');
}
