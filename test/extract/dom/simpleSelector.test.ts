import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { specificityOf } from '../../../src/extract/dom/cssText';
import { bitsOf, elementNames, mayCarry, nameBit } from '../../../src/extract/dom/elementNames';
import { compileSimple, matchesSimple, simpleSpecificity } from '../../../src/extract/dom/simpleSelector';

const PAGE =
  '<html><body><div id="main" class="wrap x"><section class="content"><p class="a">one</p>' +
  '<div><p class="a b">two</p></div></section></div><p class="a">out</p></body></html>';

function setup() {
  const { document } = parseHTML(PAGE);
  const ps = [...document.querySelectorAll('p')];
  return { document, ps, names: elementNames() };
}

/** Which of the page's paragraphs the selector matches: by the compiled matcher and by the DOM's own. */
function both(selector: string) {
  const { ps, names } = setup();
  const compiled = compileSimple(selector);
  if (!compiled) throw new Error(`not simple: ${selector}`);
  return {
    ours: ps.map((p) => matchesSimple(p, compiled, names)),
    dom: ps.map((p) => p.matches(selector)),
  };
}

describe('compileSimple', () => {
  it('takes tags, ids, classes, descendant and child combinators', () => {
    expect(compileSimple('#main .content > p.a')?.compounds.length).toBe(3);
    expect(compileSimple('*')?.compounds).toEqual([{ tag: undefined, names: [] }]);
  });

  it('leaves everything else to the DOM', () => {
    for (const s of ['p[title]', 'a:hover', 'p + p', 'p ~ p', '.1a', 'p >', '> p', 'p > > p', '.a\\:b', '']) {
      expect(compileSimple(s), s).toBeUndefined();
    }
  });
});

describe('matchesSimple', () => {
  it('agrees with the DOM on descendant, child, compound and universal selectors', () => {
    for (const s of [
      'p',
      '.a',
      '.a.b',
      '#main p',
      '#main > p',
      '.content > p',
      '.content > div > p',
      'section p.a',
      'div.wrap.x .b',
      '* > .a',
      'body > p',
      'DIV P',
      '.nope p',
    ]) {
      const { ours, dom } = both(s);
      expect(ours, s).toEqual(dom);
    }
  });
});

describe('elementNames', () => {
  it('reads own names and sums those of the ancestors', () => {
    const { ps, names } = setup();
    const two = ps[1] as Element;
    expect(names(two).own).toEqual(['.a', '.b']);
    expect(mayCarry(names(two), bitsOf(['#main', '.content', '.b']))).toBe(true);
    // The last paragraph stands outside #main: its summary rules #main out unless the two names share a bit.
    const out = names(ps[2] as Element);
    expect(mayCarry(out, bitsOf(['#main']))).toBe(nameBit('#main') === nameBit('.a'));
  });

  it('lists every name of the elements, head included, and files each element on the way', () => {
    const { document } = parseHTML(
      '<html><head><style id="s"></style></head><body><div id="main" class="wrap x"><p class="a b">t</p></div></body></html>',
    );
    const names = elementNames();
    expect([...names.inDocument([...document.querySelectorAll('*')])].sort()).toEqual([
      '#main',
      '#s',
      '.a',
      '.b',
      '.wrap',
      '.x',
    ]);
    const p = document.querySelector('p') as Element;
    expect(names(p).own).toEqual(['.a', '.b']);
    expect(mayCarry(names(p), bitsOf(['#main', '.wrap', '.a']))).toBe(true);
  });

  it('walks a page 5,000 elements deep without recursing', () => {
    const { document } = parseHTML(
      `<html><body>${'<div class="d">'.repeat(5000)}<p id="leaf">x</p></body></html>`,
    );
    const names = elementNames();
    const leaf = document.getElementById('leaf') as Element;
    expect(names(leaf).own).toEqual(['#leaf']);
    expect(mayCarry(names(leaf), bitsOf(['.d']))).toBe(true);
    expect(
      elementNames()
        .inDocument([...document.querySelectorAll('*')])
        .has('#leaf'),
    ).toBe(true);
  });
});

describe('simpleSpecificity', () => {
  it('counts ids, classes and tags as a browser ranks them', () => {
    const cases: Array<[string, number]> = [
      ['p', 1],
      ['#main .content > p.a', 10_201],
      ['* > .a', 100],
      ['div.wrap.x .b', 301],
      ['ul li a', 3],
      ['#a#b', 20_000],
    ];
    for (const [s, expected] of cases) {
      const compiled = compileSimple(s);
      expect(compiled && simpleSpecificity(compiled), s).toBe(expected);
      expect(specificityOf(s), s).toBe(expected);
    }
  });
});
