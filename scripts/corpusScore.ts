import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A case as /work/shared/corpus/README.md describes it; `error` may name the refusal code. */
export interface CorpusCase {
  url: string;
  expect: {
    title?: string;
    truncated?: boolean;
    parts?: number;
    noise?: string[];
    contains?: string[];
    error?: boolean | string;
  };
}

/** What an extractor printed, in the CLI contract's shape. */
export type Extracted =
  | { title: string; body: string; truncated?: boolean; parts?: { title: string; body: string }[] }
  | { error: { code: string; message: string } };

export interface CaseScore {
  id: string;
  f1: number;
  problems: string[];
}

/** The shared scorer's measure: character-bigram F1, whitespace ignored, punctuation widths folded. */
const FOLD: Record<string, string> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '！': '!',
  '？': '?',
  '（': '(',
  '）': ')',
};

export const squashForScore = (s: string): string =>
  [...s.replace(/\s+/gu, '')].map((c) => FOLD[c] ?? c).join('');

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const cs = [...s];
  for (let i = 0; i + 1 < cs.length; i++) {
    const k = `${cs[i]}${cs[i + 1]}`;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

export function bigramF1(gold: string, got: string): number {
  const g = bigrams(squashForScore(gold));
  const x = bigrams(squashForScore(got));
  let inter = 0;
  let ng = 0;
  let nx = 0;
  for (const v of g.values()) ng += v;
  for (const [k, v] of x) {
    nx += v;
    inter += Math.min(v, g.get(k) ?? 0);
  }
  if (ng === 0 && nx === 0) return 1;
  const p = nx ? inter / nx : 0;
  const r = ng ? inter / ng : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

export function listCases(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((d) => existsSync(join(dir, d, 'case.json')))
        .sort()
    : [];
}

export function readCase(dir: string, id: string): { spec: CorpusCase; html: string; gold: string } {
  const at = join(dir, id);
  const gold = existsSync(join(at, 'body.txt')) ? readFileSync(join(at, 'body.txt'), 'utf8') : '';
  return {
    spec: JSON.parse(readFileSync(join(at, 'case.json'), 'utf8')) as CorpusCase,
    html: readFileSync(join(at, 'page.html'), 'utf8'),
    gold,
  };
}

/** Scores one extractor output against a case, checking every expectation the shared scorer checks. */
export function scoreOutput(id: string, spec: CorpusCase, gold: string, out: Extracted): CaseScore {
  const problems: string[] = [];
  if (spec.expect.error) {
    if (!('error' in out)) return { id, f1: 0, problems: ['expected a refusal, got a capture'] };
    if (typeof spec.expect.error === 'string' && out.error.code !== spec.expect.error)
      problems.push(`refusal ${out.error.code}, want ${spec.expect.error}`);
    return { id, f1: 1, problems };
  }
  if ('error' in out) return { id, f1: 0, problems: [`unexpected refusal: ${out.error.code}`] };
  const f1 = bigramF1(gold, out.body);
  const body = squashForScore(out.body);
  for (const n of spec.expect.noise ?? [])
    if (body.includes(squashForScore(n))) problems.push(`noise kept: ${n}`);
  for (const c of spec.expect.contains ?? [])
    if (!body.includes(squashForScore(c))) problems.push(`missing: ${c}`);
  const { title, truncated, parts } = spec.expect;
  if (title !== undefined && squashForScore(out.title) !== squashForScore(title))
    problems.push(`title: got ${JSON.stringify(out.title)} want ${JSON.stringify(title)}`);
  if (truncated !== undefined && Boolean(out.truncated) !== truncated)
    problems.push(`truncated: got ${Boolean(out.truncated)} want ${truncated}`);
  if (parts !== undefined) {
    const got = out.parts?.length ?? 0;
    if (!(got === parts || (parts <= 1 && got <= 1))) problems.push(`parts: got ${got} want ${parts}`);
  }
  return { id, f1, problems };
}
