/** A parsed search: plain terms (each matched anywhere) and "quoted phrases" (matched as written). */
export interface ParsedQuery {
  /** Lower-cased, width-folded terms; a phrase is one term. */
  terms: string[];
}

import { foldScript } from '../scriptFold';

/** Folds what a user types and what is indexed the same way: widths (ＡＢ，１２), case, and 繁 → 简. */
export const foldForSearch = (s: string): string => foldScript(s.normalize('NFKC').toLowerCase());

/** `政协 协商` → two terms; `"民主监督"` or “民主监督” → one phrase; spaces inside quotes kept. */
export function parseQuery(input: string): ParsedQuery {
  const terms: string[] = [];
  const re = /["“”「」『』]([^"“”「」『』]+)["“”「」『』]?|(\S+)/gu;
  for (const m of foldForSearch(input).matchAll(re)) {
    const t = (m[1] ?? m[2] ?? '').trim();
    if (t && !terms.includes(t)) terms.push(t);
  }
  return { terms };
}
