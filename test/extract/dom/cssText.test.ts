import { describe, expect, it } from 'vitest';
import {
  indexKey,
  keyedSelectors,
  rightmostCompound,
  scanSheet,
  splitSelectors,
  withoutComments,
} from '../../../src/extract/dom/cssText';

function rules(css: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  scanSheet(css, (selectors, body) => out.push([selectors, body.trim()]));
  return out;
}

describe('scanSheet', () => {
  it('reads plain rules in order', () => {
    expect(rules('.a{color:red} #b > p{display:none}')).toEqual([
      ['.a', 'color:red'],
      ['#b > p', 'display:none'],
    ]);
  });

  it('skips braces inside strings and comments', () => {
    expect(rules('.q::before{content:"{x}"} /* .c{display:none} */ .d{content:\'}\';color:#fff}')).toEqual([
      ['.q::before', 'content:"{x}"'],
      ['.d', "content:'}';color:#fff"],
    ]);
  });

  it('enters screen media blocks and skips print and narrow ones', () => {
    const css =
      '@media screen{.s{display:none}} @media print{.p{display:none}} ' +
      '@media (max-width:600px){.m{display:none}} @supports (display:grid){.g{display:none}}';
    expect(rules(css).map(([s]) => s)).toEqual(['.s', '.g']);
  });

  it('does not report at-rules that hold no style rules', () => {
    expect(rules('@font-face{font-family:x;src:url(a.woff)} @keyframes k{from{opacity:0}} .e{x:1}')).toEqual([
      ['.e', 'x:1'],
    ]);
  });

  it('lets an unclosed block run to the end of the sheet', () => {
    expect(rules('.a{color:red} .b{display:none')).toEqual([
      ['.a', 'color:red'],
      ['.b', 'display:none'],
    ]);
  });

  it('drops a stray closing brace from the next prelude', () => {
    expect(rules('.a{x:1}} .b{y:2}')).toEqual([
      ['.a', 'x:1'],
      ['.b', 'y:2'],
    ]);
  });

  it('reads a string that never closes as running to the end of the sheet', () => {
    expect(rules('.a{x:1} .b{content:"open} .c{y:2}')).toEqual([
      ['.a', 'x:1'],
      ['.b', 'content:"open} .c{y:2}'],
    ]);
  });
});

describe('splitSelectors', () => {
  it('splits at top-level commas only', () => {
    expect(splitSelectors('.a, .b ,p')).toEqual(['.a', '.b', 'p']);
    expect(splitSelectors(':is(.a,.b) p, [title="x,y"]')).toEqual([':is(.a,.b) p', '[title="x,y"]']);
    expect(splitSelectors('.a,,')).toEqual(['.a']);
  });
});

describe('rightmostCompound', () => {
  it('takes what follows the last combinator outside brackets', () => {
    expect(rightmostCompound('div .box > p.x')).toBe('p.x');
    expect(rightmostCompound('h1+h2~span')).toBe('span');
    expect(rightmostCompound('div :not(.a .b)')).toBe(':not(.a .b)');
    expect(rightmostCompound('ul [data-x="a b"]')).toBe('[data-x="a b"]');
    expect(rightmostCompound('.only')).toBe('.only');
  });
});

describe('indexKey', () => {
  it('files a selector under the id, else the class, else the tag of its rightmost compound', () => {
    expect(indexKey('.main #body p.hide')).toBe('.hide');
    expect(indexKey('div > p#x.y')).toBe('#x');
    expect(indexKey('.a SPAN')).toBe('tag:span');
    expect(indexKey('.a > *')).toBe('*');
    expect(indexKey('.a [hidden]')).toBe('*');
  });

  it('does not file a selector under a name that stands inside brackets', () => {
    expect(indexKey('a[href="#top"]')).toBe('tag:a');
    expect(indexKey('p:not(.shown)')).toBe('tag:p');
    expect(indexKey('li:not(.on).tip')).toBe('.tip');
  });
});

describe('keyedSelectors', () => {
  const keyed = (list: string) => {
    const out: Array<[string, string]> = [];
    keyedSelectors(list, (selector, key) => out.push([selector, key]));
    return out;
  };

  it('gives each selector of a list with its index key', () => {
    expect(keyed('.a, #b p , div.c>span.d')).toEqual([
      ['.a', '.a'],
      ['#b p', 'tag:p'],
      ['div.c>span.d', '.d'],
    ]);
    expect(keyed('ul li a:hover,.nav .on')).toEqual([
      ['ul li a:hover', 'tag:a'],
      ['.nav .on', '.on'],
    ]);
    expect(keyed(' h1 ,, h2 ')).toEqual([
      ['h1', 'tag:h1'],
      ['h2', 'tag:h2'],
    ]);
    expect(keyed('a[href="#x"], p:not(.y), .z')).toEqual([
      ['a[href="#x"]', 'tag:a'],
      ['p:not(.y)', 'tag:p'],
      ['.z', '.z'],
    ]);
    expect(keyed('* + .tip ~ em')).toEqual([['* + .tip ~ em', 'tag:em']]);
  });

  it('reads any whitespace between compounds as a combinator', () => {
    expect(keyed('.article\n.hide,\n.box\t>\tspan')).toEqual([
      ['.article\n.hide', '.hide'],
      ['.box\t>\tspan', 'tag:span'],
    ]);
    expect(indexKey('.list\n\tli')).toBe('tag:li');
  });
});

describe('withoutComments', () => {
  it('turns each comment into a space, an unclosed one to the end', () => {
    expect(withoutComments('.a{x:1}/* .b{display:none} */.c{y:2}')).toBe('.a{x:1} .c{y:2}');
    expect(withoutComments('/**/a/* x */b/*/ c */d')).toBe(' a b d');
    expect(withoutComments('.a{x:1} /* never closed .b{display:none}')).toBe('.a{x:1}  ');
    expect(withoutComments('.plain{}')).toBe('.plain{}');
  });
});
