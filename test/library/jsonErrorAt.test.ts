import { describe, expect, it } from 'vitest';
import { jsonErrorAt } from '../../src/library/exchange/jsonErrorAt';

// Gold: the offset of the first character a person would point at, counted by hand.
describe('where a JSON text goes wrong', () => {
  it.each([
    ['{"a": 1,, "b": 2}', 8],
    ['{"a": 1 "b": 2}', 8],
    ['{"a":: 1}', 5],
    ['[1, 2, tru]', 7],
    ['{"a": "x\ny"}', 8],
    ['{"a": [1, 2}', 11],
    ['{"a": 1} x', 9],
    ["{'a': 1}", 1],
  ])('%j at %i', (text, at) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorAt(text)).toBe(at);
  });

  it('says the text stops short when it does', () => {
    const whole = JSON.stringify({ speeches: [{ title: '讲话', body: '同志们：' }] });
    for (const cut of [1, 10, whole.length - 1]) expect(jsonErrorAt(whole.slice(0, cut))).toBe(cut);
  });

  it('finds nothing wrong in valid JSON, however deep', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    expect(jsonErrorAt(deep)).toBe(deep.length);
    expect(jsonErrorAt('{"a": [1, -2.5e3, true, null, "\\u4e2d"], "b": {}}')).toBe(49);
  });
});
