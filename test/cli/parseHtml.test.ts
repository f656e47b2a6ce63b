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

  it('moves stray text out of a table to before it (foster parenting)', () => {
    const doc = parseHtml('<body><table><tr><td>格</td></tr>外<b>粗</b></table></body>');
    expect(doc.body.firstChild?.textContent).toBe('外');
    expect(doc.body.children[0]?.localName).toBe('b');
    expect(doc.querySelector('td')?.textContent).toBe('格');
  });

  it('re-opens misnested formatting as a browser does (adoption agency)', () => {
    const doc = parseHtml('<body><p>1<b>2<i>3</b>4</i>5</p></body>');
    expect(doc.querySelector('p')?.innerHTML).toBe('1<b>2<i>3</i></b><i>4</i>5');
  });

  it('adds the attributes of a second <html> or <body> tag without replacing the first', () => {
    const doc = parseHtml(
      '<html lang="zh"><body class="a"><html lang="en" dir="ltr"><body class="b" id="c">x',
    );
    expect([doc.documentElement.getAttribute('lang'), doc.documentElement.getAttribute('dir')]).toEqual([
      'zh',
      'ltr',
    ]);
    expect([doc.body.getAttribute('class'), doc.body.id]).toEqual(['a', 'c']);
  });

  it("keeps a <template>'s content out of the page, as a browser does", () => {
    const doc = parseHtml('<body><template><p>模板</p></template><p>正文</p></body>');
    expect(doc.body.textContent).toBe('正文');
  });

  it('parses SVG and MathML as foreign content: an HTML tag there ends it, an integration point holds HTML', () => {
    const doc = parseHtml(
      '<body><svg><foreignObject><p>甲</p></foreignObject></svg><math><annotation-xml encoding="text/html"><div>乙</div></annotation-xml></math><svg><p>丙</p></svg></body>',
    );
    expect(doc.querySelector('foreignObject p')?.textContent).toBe('甲');
    expect(doc.querySelector('annotation-xml div')?.textContent).toBe('乙');
    // An HTML <p> inside <svg> (not at an integration point) breaks out of it, into the body.
    expect(doc.querySelector('body > p')?.textContent).toBe('丙');
  });

  it('merges the text a tag split, and drops a refused attribute name without losing the element', () => {
    const doc = parseHtml('<body><div a"b=1 c="2">甲&amp;乙&nbsp;丙</div></body>');
    const div = doc.querySelector('div') as Element;
    expect(div.childNodes.length).toBe(1);
    expect(div.textContent).toBe('甲&乙\u00a0丙');
    expect(div.getAttribute('c')).toBe('2');
  });
});
