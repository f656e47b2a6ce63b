/** Characters as compared: NFKC (full-width forms as ASCII), whitespace gone. */
const chars = (s: string) => [...s.normalize('NFKC').replace(/\s+/g, '')];

/** Character error rate: edits (Levenshtein) from the gold to the text, over the gold's length. */
export function charErrorRate(text: string, gold: string): number {
  const a = chars(gold);
  const b = chars(text);
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return a.length ? (row[b.length] as number) / a.length : b.length ? 1 : 0;
}
