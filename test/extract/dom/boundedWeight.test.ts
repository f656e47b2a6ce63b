import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { weightUpTo } from '../../../src/extract/dom/boundedWeight';
import { textWeight } from '../../../src/extract/text';

describe('weightUpTo', () => {
  const { document } = parseHTML(
    '<html><body><div id="box">会议<b>强调</b><p>要抓好<i>落实 work</i></p><!-- 注释不算 --></div><p>之后</p></body></html>',
  );
  const box = document.getElementById('box') as Element;

  it('weighs all the text under a node, as textWeight weighs its textContent', () => {
    expect(weightUpTo(box, 1000)).toBe(textWeight(box.textContent ?? ''));
    expect(weightUpTo(box, 1000)).toBeCloseTo(9 + 4 / 3);
  });

  it('stops once the weight passes the cap, and never reads past the node', () => {
    const w = weightUpTo(box, 3);
    expect(w).toBeGreaterThan(3);
    expect(w).toBeLessThan(9);
    expect(weightUpTo(document.body, 1000)).toBeCloseTo(11 + 4 / 3);
  });

  it('walks a page 20,000 elements deep', () => {
    const deep = parseHTML(`<html><body>${'<div>'.repeat(20000)}深处</body></html>`).document;
    expect(weightUpTo(deep.body, 100)).toBe(2);
  });
});
