import { describe, expect, it } from 'vitest';
import { collectLines } from '../../src/extract/dom/textLines';
import { findContentRoot } from '../../src/extract/findContent';
import { readPageLines } from '../../src/extract/stages/pageLines';
import { page } from '../helpers/parse';

const PROSE =
  '今年以来，全县上下认真贯彻落实上级决策部署，坚持稳中求进工作总基调，经济社会发展取得了新的成绩。';
const links = (n: number) =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/a/${i}.html">相关文章第${i}篇</a></li>`).join('')}</ul>`;

function rootOf(bodyHtml: string): string {
  const doc = page(bodyHtml);
  const lines = readPageLines(collectLines(doc.body));
  return findContentRoot(lines, doc.body).root.id;
}

describe('findContentRoot', () => {
  it('picks the box that holds the prose over the page around it and its link lists', () => {
    expect(rootOf(`<div id="nav">${links(8)}</div><div id="text"><p>${PROSE}</p><p>${PROSE}</p></div>`)).toBe(
      'text',
    );
  });

  it('keeps counting for an inline wrapper whose blocks have loose text between them', () => {
    // The loose 注 line belongs to #page (the wrapper is inline); the wrapper still holds both paragraphs.
    expect(
      rootOf(`<div id="page"><font id="wrap"><p>${PROSE}</p>注<p>${PROSE}</p></font>${links(2)}</div>`),
    ).toBe('wrap');
  });

  it('gives a tie to the deeper element, then to the one met first', () => {
    // The linked paragraph votes against #w as much as one paragraph votes for it: #w, #a, #b and both
    // paragraphs score the same; the paragraphs are deepest, and #a's comes first.
    const html = `<div id="w"><div id="a"><p id="pa">${PROSE}</p></div><p><a href="/x">${PROSE}</a></p><div id="b"><p id="pb">${PROSE}</p></div></div>`;
    expect(rootOf(html)).toBe('pa');
    expect(rootOf(`<div id="w"><p id="only">${PROSE}</p></div>`)).toBe('only');
  });

  it('passes over a footer’s longer blurb for a short item outside it', () => {
    const blurb = `<p>${PROSE}${PROSE}${PROSE}</p>`;
    const news = `<div id="news"><p>${PROSE}</p><p>${PROSE}</p></div>`;
    for (const footer of [
      `<footer id="f">${blurb}</footer>`,
      `<div class="footer-wrap"><div id="f" class="footer-bottom-text">${blurb}</div></div>`,
      `<div id="foot">${blurb}</div>`,
    ])
      expect(rootOf(`${news}${footer}`)).toBe('news');
    // A footnote is the text's own; a box whose class only contains the word (.afootbox) is not a footer:
    // their text counts with the item's, for the box that holds both.
    expect(rootOf(`<div id="all">${news}<div class="foot-note">${blurb}</div></div>`)).toBe('all');
    expect(rootOf(`<div id="all">${news}<div class="afootbox">${blurb}</div></div>`)).toBe('all');
  });

  it('takes the footer’s text when nothing outside it reads as text', () => {
    expect(rootOf(`${links(3)}<footer><p id="f">${PROSE}</p></footer>`)).toBe('f');
  });
});
