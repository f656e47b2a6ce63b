import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/parseHtml';

const SPEECH =
  '同志们：今天我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。要坚持人民至上、生命至上，把安全责任落实到每一个岗位。';

/** The quirks of saved pages that every browser parses into a normal body (HTML standard tree construction). */
const QUIRKS: [string, string][] = [
  [
    'a file that starts at <head>, with no <html>',
    `<head><title>讲话</title></head><div class="c"><p>${SPEECH}</p></div>`,
  ],
  ['no <body> tag', `<html><head><title>讲话</title></head><div><p>${SPEECH}</p></div></html>`],
  [
    "a crawler's wrapper line before the markup",
    `<text id="http://x.cn/1.htm" title="讲话" encoding="gb2312"><html><head><title>讲话</title></head><body><p>${SPEECH}</p></body></html></text>`,
  ],
  [
    'text before the doctype',
    `saved 2024-01-01\n<!DOCTYPE html><html><head></head><body><p>${SPEECH}</p></body></html>`,
  ],
  ['content after </html>', `<html><head></head><body><p>开头。</p></body></html><p>${SPEECH}</p>`],
  [
    'a comment before <html>',
    `<!--http://x.cn/1.htm--><html><head><title>讲话</title></head><p>${SPEECH}</p></html>`,
  ],
  [
    'a table layout without <tbody> and with stray text',
    `<table><tr><td><p>${SPEECH}</p></td></tr>x</table>`,
  ],
];

describe('parseHtml (parse5 tree construction)', () => {
  for (const [name, html] of QUIRKS) {
    it(`puts the text in <body>: ${name}`, () => {
      const doc = parseHtml(html);
      expect(doc.body?.textContent ?? '').toContain(SPEECH);
      expect(doc.querySelectorAll('body').length).toBe(1);
    });
  }

  it('keeps the <title> a file without <html> starts with', () => {
    expect(parseHtml(QUIRKS[0]?.[1] ?? '').querySelector('title')?.textContent).toBe('讲话');
  });

  it('closes a <p> at a block, as a browser does (linkedom nested them)', () => {
    const doc = parseHtml('<body><p>一<div>二</div>三</p></body>');
    expect(doc.querySelector('p')?.textContent).toBe('一');
  });

  it('parses a page nested 5,000 elements deep without overflowing the stack', () => {
    const html = `<body>${'<div>'.repeat(5000)}${SPEECH}${'</div>'.repeat(5000)}</body>`;
    const doc = parseHtml(html);
    expect(doc.body.textContent).toContain(SPEECH);
  });

  it('keeps <style> sheets readable (the CLI reads hiding rules from them)', () => {
    const doc = parseHtml('<head><style>.x{display:none}</style></head><body><p class="x">y</p></body>');
    const style = doc.querySelector('style') as HTMLStyleElement;
    expect(style.sheet?.cssRules.length).toBe(1);
  });
});
