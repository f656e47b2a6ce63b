import { describe, expect, it } from 'vitest';
import { containment, foldText, NEAR_DUPLICATE, shingleSample } from '../../src/library/fingerprint';
import { SampleIndex } from '../../src/library/sampleIndex';

// Deterministic text that does not repeat itself, like a real speech.
function speech(seed: number, length: number): string {
  const words =
    '坚持 发展 政协 协商 民主 监督 人民 工作 会议 推进 加强 改革 建设 领导 统一 思想 认识 落实 责任 群众 服务 基层 组织 作风 创新 机制 制度 保障 安全 经济 社会 文化 生态 乡村 振兴 产业 就业 教育 医疗 养老'.split(
      ' ',
    );
  // mulberry32: a seed gives its own sequence, not a shifted copy of another seed's.
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let out = '';
  while (out.length < length) {
    out += words[Math.floor(next() * words.length)];
    const r = next();
    if (r < 0.15) out += '，';
    else if (r < 0.2) out += '。';
  }
  return out;
}
const sampleOf = (s: string) => shingleSample(foldText(s));

describe('SampleIndex', () => {
  const index = new SampleIndex();
  for (let i = 0; i < 300; i++) index.add(`s${i}`, sampleOf(speech(i + 1, 3000)));

  it('finds a truncated copy with other noise among 300 speeches', () => {
    const copy = `下载文档 VIP免费下载\n${speech(42, 3000).slice(0, 1800)}\n温馨提示：全文共3000字`;
    expect(index.best(sampleOf(copy), NEAR_DUPLICATE)?.id).toBe('s41');
  });

  it('finds the longer copy of a saved excerpt', () => {
    expect(index.best(sampleOf(`${speech(8, 3000)}${speech(999, 1500)}`), NEAR_DUPLICATE)?.id).toBe('s7');
  });

  it('matches nothing for a new speech, and forgets removed ones', () => {
    expect(index.best(sampleOf(speech(5000, 3000)), NEAR_DUPLICATE)).toBeUndefined();
    index.remove('s41');
    expect(index.best(sampleOf(speech(42, 3000)), NEAR_DUPLICATE)).toBeUndefined();
    expect(index.size).toBe(299);
  });
});

describe('containment with a bound', () => {
  const whole = sampleOf(speech(7, 6000));
  const half = sampleOf(speech(7, 6000).slice(0, 3000));
  const other = sampleOf(speech(8, 6000));

  it('gives the exact share when it reaches the bound, and a share below the bound when it cannot', () => {
    const exact = containment(half, whole);
    expect(exact).toBeGreaterThan(0.95);
    expect(containment(half, whole, NEAR_DUPLICATE)).toBe(exact);
    // Half of the longer text is in the shorter: exact at 0.5, given up (below the bound) at 0.6.
    const halfShare = containment(whole, half.slice(0, Math.floor(half.length / 2)));
    expect(containment(whole, half.slice(0, Math.floor(half.length / 2)), halfShare)).toBe(halfShare);
    expect(containment(other, whole, NEAR_DUPLICATE)).toBeLessThan(NEAR_DUPLICATE);
    expect(containment(other, whole, NEAR_DUPLICATE)).toBeLessThanOrEqual(containment(other, whole));
  });
});
