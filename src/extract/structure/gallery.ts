import type { PageLine } from '../stages/pageLines';

/** A slide's counter at the start of its line: 1/50, 12 / 50 (the first slide to the last of N). */
const COUNTER = /^(\d{1,3})\s*\/\s*(\d{1,3})(?=\s|$)/;
/** Slides a gallery must show numbered before its box is taken for one. */
const MIN_SLIDES = 3;

/**
 * A picture gallery set in the text's box (Business news in pictures: 1/50 United goin down …, each slide a
 * caption and a credit): the box that holds slides numbered k/N, the same N, at least three, in order.
 * Its captions read as prose, but they are other stories' pictures, not the text.
 */
export function galleryBox(lines: readonly PageLine[]): Element | undefined {
  const byTotal = new Map<number, PageLine[]>();
  for (const line of lines) {
    const m = COUNTER.exec(line.text);
    if (!m) continue;
    const [k, n] = [Number(m[1]), Number(m[2])];
    if (k < 1 || k > n || n < MIN_SLIDES) continue;
    const slides = byTotal.get(n) ?? [];
    // In order: each slide's number above the one before.
    const before = slides[slides.length - 1];
    if (!before || Number(COUNTER.exec(before.text)?.[1]) < k) slides.push(line);
    byTotal.set(n, slides);
  }
  const slides = [...byTotal.values()].find((s) => s.length >= MIN_SLIDES);
  if (!slides) return undefined;
  let box: Element | null = (slides[0] as PageLine).block;
  while (box && !slides.every((s) => box?.contains(s.block))) box = box.parentElement;
  return box ?? undefined;
}
