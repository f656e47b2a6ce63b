import { foldScript } from '../scriptFold';

// Shared clauses (套话, issue 11 item 5) are compared on a speech's core text: folded as search folds it
// (widths, case, 繁 → 简) and with punctuation, symbols and spaces left out, so "苗头性、倾向性问题,分析原因" and
// "苗頭性，傾向性問題，分析原因" are the same run. Each run of CLAUSE_MIN core characters is one 12-gram.

/** The shortest run of core characters that counts as a shared clause. */
export const CLAUSE_MIN = 12;
/**
 * A speech keeps the least 12-gram hash of every WINDOW neighbouring ones (winnowing): about 2 in 5, and
 * every run of CLAUSE_MIN + WINDOW - 1 = 15 characters two speeches share holds one both kept. Shorter shared
 * runs are found whenever one kept hash falls in them, or when the text of that speech is read to check.
 */
export const WINDOW = 4;

/** A text's core characters and, for each, the offset of the character it came from; -1 ends a paragraph. */
export interface Core {
  text: string;
  at: Int32Array;
}

const CJK = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const SKIP = /^[\s\p{P}\p{S}]*$/u;
/** Stands for a line break in the core text: no 12-gram spans two paragraphs. */
export const BREAK = '\n';

export function coreOf(body: string): Core {
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 10) {
      if (chars.length > 0 && chars[chars.length - 1] !== BREAK) {
        chars.push(BREAK);
        at.push(i);
      }
      continue;
    }
    if (CJK(c)) {
      chars.push(body[i] as string);
      at.push(i);
      continue;
    }
    // A surrogate pair is one character to fold.
    const wide = c >= 0xd800 && c < 0xdc00 && i + 1 < body.length;
    const ch = wide ? body.slice(i, i + 2) : (body[i] as string);
    const folded = ch.normalize('NFKC').toLowerCase();
    if (!SKIP.test(folded)) {
      for (const u of folded) {
        for (let k = 0; k < u.length; k++) {
          chars.push(u[k] as string);
          at.push(i);
        }
      }
    }
    if (wide) i++;
  }
  return { text: foldScript(chars.join('')), at: Int32Array.from(at) };
}

/** The hash of the 12-gram at each start, or 0 where it spans a paragraph break (0 is never a kept hash). */
export function gramHashes(core: string): Int32Array {
  const n = Math.max(0, core.length - CLAUSE_MIN + 1);
  const out = new Int32Array(n);
  let lastBreak = -1;
  for (let i = 0; i < core.length; i++) {
    if (core.charCodeAt(i) === 10) lastBreak = i;
    const start = i - CLAUSE_MIN + 1;
    if (start < 0 || lastBreak >= start) continue;
    let h = 0x811c9dc5;
    for (let j = start; j <= i; j++) h = Math.imul(h ^ core.charCodeAt(j), 0x01000193);
    // Mix the bits so the least hash of a window is any of its grams, not the one ending in a low code.
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    out[start] = h === 0 ? 1 : h;
  }
  return out;
}

/** The kept hashes of a core text, sorted and distinct: what the clause index stores for a speech. */
export function clausePrints(core: string): Int32Array {
  const h = gramHashes(core);
  const kept = new Set<number>();
  for (let i = 0; i + WINDOW <= h.length; i++) {
    let m = -1;
    for (let j = i; j < i + WINDOW; j++) {
      const v = h[j] as number;
      if (v !== 0 && (m < 0 || v <= (h[m] as number))) m = j;
    }
    if (m >= 0) kept.add(h[m] as number);
  }
  // A text shorter than a window keeps all its grams.
  if (h.length < WINDOW) for (const v of h) if (v !== 0) kept.add(v);
  return Int32Array.from(kept).sort();
}
