/**
 * Conversion debris from pages that annotate characters with pinyin: 區(qū) → 區, 發(fā)展 → 發展.
 * Only syllables with a tone mark are taken, so a real bracketed Latin word stays. An editor's pronunciation
 * note for a rare character (八佾（yì）雅乐, in full-width brackets, once) is text and stays; a full-width note
 * that recurs on the page (全（quán）面 … 全（quán）体) is debris like the half-width ones.
 */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const PINYIN_NOTE = new RegExp(
  `([\\u3400-\\u9fff\\uf900-\\ufaff])([(（])\\s*([a-zü]*[${TONED}][a-zü${TONED}]*)\\s*[)）]`,
  'g',
);

/** The notes (character + syllable) that occur more than once in `texts`. */
export function recurringPinyinNotes(texts: string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const t of texts) {
    if (!/[(（]/.test(t)) continue;
    for (const m of t.matchAll(PINYIN_NOTE)) {
      const key = `${m[1]}${m[3]}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([k]) => k));
}

export function stripPinyinNotes(s: string, recurring: Set<string> = new Set()): string {
  return s.replace(PINYIN_NOTE, (note, char: string, bracket: string, syllable: string) =>
    bracket === '(' || recurring.has(`${char}${syllable}`) ? char : note,
  );
}
