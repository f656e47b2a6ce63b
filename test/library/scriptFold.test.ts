import { describe, expect, it } from 'vitest';
import { t2sPairs } from '../../scripts/script-fold-table';
import { foldScript } from '../../src/library/scriptFold';
import { T2S_PAIRS } from '../../src/library/scriptFoldTable';
import { capture, freshLibrary } from './helpers';

describe('foldScript', () => {
  it.each([
    ['三區政協主席秘書長聯席會交流材料', '三区政协主席秘书长联席会交流材料'],
    ['漢南區政協在區委的領導下，認真貫徹', '汉南区政协在区委的领导下，认真贯彻'],
    ['在全市政协工作会议上的讲话', '在全市政协工作会议上的讲话'],
    ['GDP 增長 6.5%', 'GDP 增长 6.5%'],
  ])('%s', (text, folded) => {
    expect(foldScript(text)).toBe(folded);
    expect(foldScript(text)).toHaveLength(text.length);
  });
});

describe('the folding table', () => {
  it('is what OpenCC converts, a character at a time (run scripts/script-fold-table.ts after an upgrade)', () => {
    expect(T2S_PAIRS).toBe(t2sPairs());
  });
});

describe('search across scripts', () => {
  it('finds 政協 for 政协 and 政协 for 政協, with the hit marked in the original script', async () => {
    const { library } = freshLibrary();
    await library.save(
      capture({
        title: '三區政協主席秘書長聯席會交流材料',
        body: '漢南區政協在區委的領導下，認真開展政治協商。',
        url: 'https://a.tw/1',
      }),
    );
    await library.save(
      capture({
        title: '在全市工会工作会议上的讲话',
        body: '政协委员也参加了今天的工会会议。',
        url: 'https://a.cn/2',
      }),
    );
    const simplified = await library.search('政协 协商');
    expect(simplified[0]?.speech.title).toBe('三區政協主席秘書長聯席會交流材料');
    const [hit] = simplified;
    expect(hit?.highlights.map(([a, b]) => hit.snippet.slice(a, b))).toEqual(['政協', '協商']);
    expect((await library.search('工會會議')).map((h) => h.speech.title)).toEqual([
      '在全市工会工作会议上的讲话',
    ]);
  });
});
