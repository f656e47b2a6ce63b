/**
 * Conversion debris from pages that annotate characters with pinyin: 區(qū) → 區, 發(fā)展 → 發展.
 * Only syllables with a tone mark are taken, so a real bracketed Latin word stays.
 */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const PINYIN_NOTE = new RegExp(
  `([\\u3400-\\u9fff\\uf900-\\ufaff])[(（]\\s*[a-zü]*[${TONED}][a-zü${TONED}]*\\s*[)）]`,
  'g',
);

export function stripPinyinNotes(s: string): string {
  return s.replace(PINYIN_NOTE, '$1');
}
