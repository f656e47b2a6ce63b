import { describe, expect, it } from 'vitest';
import { converterFor } from '../../src/ui/scriptConverter';

describe('converterFor', () => {
  it('converts a whole speech both ways, with phrases, and leaves the original alone', async () => {
    const toTraditional = await converterFor('traditional');
    const toSimplified = await converterFor('simplified');
    const original = await converterFor('original');
    expect(toTraditional('在全市政协工作会议上的讲话：要关心干部、发展经济。')).toBe(
      '在全市政協工作會議上的講話：要關心幹部、發展經濟。',
    );
    expect(toSimplified('三區政協主席秘書長聯席會交流材料')).toBe('三区政协主席秘书长联席会交流材料');
    expect(original('政協 政协')).toBe('政協 政协');
    expect(toTraditional('https://a.cn/x?id=1 GDP')).toBe('https://a.cn/x?id=1 GDP');
  });
});
