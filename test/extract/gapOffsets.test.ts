import { describe, expect, it } from 'vitest';
import { corpusCapture } from '../helpers/corpusCapture';

// Gold read from the page: the 新文秘网 paywall notice stands between "…區政府辦、區" and ",加強領導和協調".
describe('a paywall gap', () => {
  it('sits at its place in the finished body, after every repair and join', () => {
    const record = corpusCapture('seed-002-xinwenmi-paywall');
    const gaps = record.truncation.filter((d) => d.kind === 'gap');
    expect(gaps).toHaveLength(1);
    const at = gaps[0]?.offset ?? -1;
    expect(record.body.slice(at - 6, at)).toBe('區政府辦、區');
    expect(record.body.slice(at, at + 6)).toBe('\n,加強領導');
  });
});
