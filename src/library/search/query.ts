/** A parsed search: plain terms (each matched anywhere) and "quoted phrases" (matched as written). */
export interface ParsedQuery {
  /** Lower-cased, width-folded terms; a phrase is one term. */
  terms: string[];
  /** Any one term is enough (`政协 OR 工会`); by default a speech must hold every term. */
  any: boolean;
}

/** The word that joins alternatives, as search engines write it: capitals, between spaces. */
const OR = /(?:^|\s)OR(?=\s|$)/g;

import { foldScript } from '../scriptFold';

/** Folds what a user types and what is indexed the same way: widths (ＡＢ，１２), case, and 繁 → 简. */
export const foldForSearch = (s: string): string => foldScript(s.normalize('NFKC').toLowerCase());

/**
 * `政协 协商` → two terms, both required; `政协 OR 协商` → either; `"民主监督"` or “民主监督” → one phrase,
 * spaces inside quotes kept.
 */
export function parseQuery(input: string): ParsedQuery {
  const terms: string[] = [];
  const any = OR.test(input);
  const re = /["“”「」『』]([^"“”「」『』]+)["“”「」『』]?|(\S+)/gu;
  for (const m of foldForSearch(input.replace(OR, ' ')).matchAll(re)) {
    const t = (m[1] ?? m[2] ?? '').trim();
    if (t && !terms.includes(t)) terms.push(t);
  }
  return { terms, any };
}
