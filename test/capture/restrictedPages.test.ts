// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { restrictedPage } from '../../src/capture/restrictedPages';
import { captureErrorText } from '../../src/ui/labels';

beforeEach(() => {
  Object.defineProperty(navigator, 'language', { value: 'zh-CN', configurable: true });
});

describe('restrictedPage', () => {
  it.each([
    ['chrome://extensions', 'browser-page', /浏览器自己的页面/],
    ['edge://settings', 'browser-page', /浏览器自己的页面/],
    ['about:addons', 'browser-page', /浏览器自己的页面/],
    ['view-source:https://a.cn', 'browser-page', /浏览器自己的页面/],
    ['https://chromewebstore.google.com/detail/x', 'store', /扩展商店/],
    ['https://addons.mozilla.org/zh-CN/firefox/', 'store', /扩展商店/],
    ['file:///home/u/speech.html', 'file', /允许访问文件网址/],
  ] as const)('%s', (url, page, message) => {
    expect(restrictedPage(url)).toBe(page);
    expect(captureErrorText({ code: 'restricted', page })).toMatch(message);
  });

  it.each([
    'https://www.xiexiebang.com/a4/1.html',
    'http://127.0.0.1:8080/page.html',
    'https://mp.weixin.qq.com/s?__biz=x',
    undefined,
  ])('lets %s through', (url) => {
    expect(restrictedPage(url)).toBeUndefined();
  });
});
