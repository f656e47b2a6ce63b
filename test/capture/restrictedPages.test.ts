import { describe, expect, it } from 'vitest';
import { restrictedPageMessage } from '../../src/capture/restrictedPages';

describe('restrictedPageMessage', () => {
  it.each([
    ['chrome://extensions', /浏览器自己的页面/],
    ['edge://settings', /浏览器自己的页面/],
    ['about:addons', /浏览器自己的页面/],
    ['view-source:https://a.cn', /浏览器自己的页面/],
    ['https://chromewebstore.google.com/detail/x', /扩展商店/],
    ['https://addons.mozilla.org/zh-CN/firefox/', /扩展商店/],
    ['file:///home/u/speech.html', /允许访问文件网址/],
  ])('%s', (url, message) => {
    expect(restrictedPageMessage(url)).toMatch(message);
  });

  it.each([
    'https://www.xiexiebang.com/a4/1.html',
    'http://127.0.0.1:8080/page.html',
    'https://mp.weixin.qq.com/s?__biz=x',
    undefined,
  ])('lets %s through', (url) => {
    expect(restrictedPageMessage(url)).toBeUndefined();
  });
});
