import { describe, expect, it } from 'vitest';
import { parseDeclarations } from '../../../src/extract/dom/declarations';

const read = (text: string) => parseDeclarations(text, 7, 3).map((d) => [d.key, d.value, d.important]);

describe('parseDeclarations', () => {
  it('keeps only the properties the cascade reads, under their cascade names', () => {
    expect(read('margin:0; DISPLAY : none ;color:#fff;line-height:2;background-color: rgb(1, 2, 3)')).toEqual(
      [
        ['display', 'none', false],
        ['color', '#fff', false],
        ['background', 'rgb(1, 2, 3)', false],
      ],
    );
  });

  it('does not end a declaration at a semicolon inside parentheses', () => {
    expect(read('background:url(a;b.png) no-repeat;visibility:hidden')).toEqual([
      ['background', 'url(a;b.png) no-repeat', false],
      ['visibility', 'hidden', false],
    ]);
  });

  it('reads !important and the size out of the font shorthand', () => {
    expect(read('display:block ! important;font:0/0 a;font:bold 12px/1.5 SimSun;font:inherit')).toEqual([
      ['display', 'block', true],
      ['fontSize', '0', false],
      ['fontSize', '12px', false],
    ]);
  });

  it('trims a name by CSS white space only, as a browser reads it', () => {
    // Tab, line feed and form feed around a name are white space; a no-break space is part of the name.
    expect(read('\t\n\fopacity\r\n:0;\u00a0display:none;\u3000visibility:hidden')).toEqual([
      ['opacity', '0', false],
    ]);
  });

  it('ignores names that only an object prototype knows, and text without a colon', () => {
    expect(read('constructor:x;__proto__:y;toString:z;garbage;;')).toEqual([]);
  });

  it('carries the specificity and order it is given', () => {
    expect(parseDeclarations('top:-9999px', 7, 3)).toEqual([
      { key: 'top', value: '-9999px', important: false, specificity: 7, order: 3 },
    ]);
  });
});
