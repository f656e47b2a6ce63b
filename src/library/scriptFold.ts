import { Converter } from 'opencc-js/t2cn';

// Search folds Traditional to Simplified one character at a time, so 政協 and 政协 find each other and a
// folded text keeps the original's length (snippet offsets stay valid). The table comes from OpenCC's
// dictionaries, each character of the CJK blocks asked alone.
const RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

let table: Uint16Array | undefined;

function t2sTable(): Uint16Array {
  if (table) return table;
  const toSimplified = Converter({ from: 't', to: 'cn' });
  const t = new Uint16Array(0x10000);
  for (const [from, to] of RANGES) {
    const chars: string[] = [];
    for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c));
    // One call per block, a character a line: a dictionary phrase never spans a line break, so each line is
    // that character converted alone (as one call per character would, 20 times slower); keep one-for-one only.
    const converted = toSimplified(chars.join('\n')).split('\n');
    if (converted.length !== chars.length) throw new Error('scriptFold: OpenCC changed the line breaks');
    converted.forEach((s, i) => {
      const c = from + i;
      if (s.length === 1 && s.charCodeAt(0) !== c) t[c] = s.charCodeAt(0);
    });
  }
  table = t;
  return t;
}

/** Traditional characters to Simplified, one for one; everything else unchanged. */
export function foldScript(text: string): string {
  const t = t2sTable();
  let out: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const m = t[text.charCodeAt(i)];
    if (!m) continue;
    out ??= [];
    out.push(text.slice(from, i), String.fromCharCode(m));
    from = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}
