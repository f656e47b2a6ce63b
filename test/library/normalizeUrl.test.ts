import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../src/library/normalizeUrl';

describe('normalizeUrl', () => {
  it.each([
    [
      'https://www.xiexiebang.com/a4/1.html?utm_source=wx&utm_medium=share',
      'https://www.xiexiebang.com/a4/1.html',
    ],
    ['https://WWW.Example.COM/doc/2.html#top', 'https://www.example.com/doc/2.html'],
    [
      'https://zhidao.baidu.com/question/1.html?fr=iks&from=singlemessage&isappinstalled=0',
      'https://zhidao.baidu.com/question/1.html?fr=iks',
    ],
    ['https://a.cn/view?id=9&spm=a2c4g.1&share_token=x', 'https://a.cn/view?id=9'],
    ['https://a.cn/view?b=2&a=1', 'https://a.cn/view?a=1&b=2'],
    [
      'https://mp.weixin.qq.com/s?__biz=MzA&mid=2650&idx=1&sn=abc&chksm=zz&scene=21&sessionid=1#wechat_redirect',
      'https://mp.weixin.qq.com/s?__biz=MzA&idx=1&mid=2650&sn=abc',
    ],
    ['https://a.cn/path/', 'https://a.cn/path'],
    ['not a url', 'not a url'],
  ])('%s', (raw, expected) => {
    expect(normalizeUrl(raw)).toBe(expected);
  });

  it('keeps parameters that name the document', () => {
    expect(normalizeUrl('https://a.cn/show.asp?id=42&page=2')).toBe('https://a.cn/show.asp?id=42&page=2');
  });
});
