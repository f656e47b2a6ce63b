import { T2S_PAIRS } from './scriptFoldTable';

// Search folds Traditional to Simplified one character at a time, so 政協 and 政协 find each other and a
// folded text keeps the original's length (snippet offsets stay valid). The pairs come from OpenCC's
// dictionaries, each CJK character asked alone, written once by scripts/script-fold-table.ts (building the
// table from OpenCC on every page took 100 ms of the first search; the test checks the pairs against OpenCC).

let table: Uint16Array | undefined;

function t2sTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) t[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);
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
