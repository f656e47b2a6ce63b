/** The corpus scorer's measure: character-bigram F1, whitespace ignored, punctuation widths folded. */
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
