// The grams the search index keeps: every character (unigram) and every pair of neighbouring characters
// (bigram) of a speech's folded body, with how often it occurs (docs/library.md, "Search").

/** A unigram's code is the UTF-16 unit; a bigram's sits above every unigram. */
export const unigram = (c: number): number => c;
export const bigram = (a: number, b: number): number => 65_536 + a * 65_536 + b;

/** Counts are kept up to 7; ranking reads up to 5 (a body that says a word five times is about it). */
export const COUNT_CAP = 7;

/** The grams a term needs: itself when it is one character, else its distinct bigrams. */
export function termGrams(term: string): number[] {
  if (term.length === 1) return [unigram(term.charCodeAt(0))];
  const out = new Set<number>();
  for (let i = 0; i + 1 < term.length; i++) out.add(bigram(term.charCodeAt(i), term.charCodeAt(i + 1)));
  return [...out];
}

/** Terms of one or two characters are answered by their gram's counts alone; longer ones need the text. */
export const exactFromGrams = (term: string): boolean => term.length <= 2;
