import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classOf } from '../../../src/extract/dom/classAttribute';

describe('classOf', () => {
  it('reads the class names of the attribute, and null where there is none', () => {
    const { document } = parseHTML('<p class=" hide  a "></p><p id="x"></p><p class=""></p>');
    const [a, b, c] = [...document.querySelectorAll('p')] as Element[];
    expect(
      classOf(a as Element)
        ?.trim()
        .split(/\s+/),
    ).toEqual(['hide', 'a']);
    expect(classOf(b as Element)).toBeNull();
    expect(classOf(c as Element)).toBe('');
  });

  it('follows a class changed through the class list', () => {
    const { document } = parseHTML('<p class="a"></p>');
    const p = document.querySelector('p') as Element;
    p.classList.add('b');
    expect(classOf(p)?.split(/\s+/)).toEqual(['a', 'b']);
  });
});
