// Where a JSON text first goes wrong. JSON.parse says so in words that differ between engines (V8 names a
// position on some errors, not on others; Firefox names line and column), so the import finds the place itself,
// only after JSON.parse has refused the file. One pass, an explicit stack: a file nested deep cannot overflow it.

/** The offset of the first character that cannot be JSON there, or `text.length` when the text stops short. */
export function jsonErrorAt(text: string): number {
  let i = 0;
  const n = text.length;
  const space = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  /** A string from its opening quote; false where it breaks. */
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return true;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else if (c < ' ') return false;
      else i++;
    }
    return false;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  /** One value that is not an array or an object; false where it breaks. */
  const scalar = (): boolean => {
    const c = text[i];
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  /** An object's key and its colon; false where they break. */
  const key = (): boolean => {
    if (text[i] !== '"' || !string()) return false;
    space();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  // What the open containers expect next.
  const stack: ('[' | '{')[] = [];
  let expectValue = true;
  space();
  while (i < n) {
    if (expectValue) {
      const c = text[i];
      if (c === '[' || c === '{') {
        stack.push(c);
        i++;
        space();
        if (text[i] === (c === '[' ? ']' : '}')) {
          stack.pop();
          i++;
          expectValue = false;
        } else if (c === '{' && !key()) return Math.min(i, n);
      } else {
        if (!scalar()) return Math.min(i, n);
        expectValue = false;
      }
    } else {
      const top = stack[stack.length - 1];
      if (!top) return i;
      const c = text[i];
      if (c === ',') {
        i++;
        space();
        if (top === '{' && !key()) return Math.min(i, n);
        expectValue = true;
      } else if (c === (top === '[' ? ']' : '}')) {
        stack.pop();
        i++;
      } else return i;
    }
    space();
  }
  return n;
}
