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
  // Slides by their total N, with the last number taken: each slide's number is above the one before.
  const byTotal = new Map<number, { lines: PageLine[]; last: number }>();
  for (const line of lines) {
    const m = COUNTER.exec(line.text);
    if (!m) continue;
    const [k, n] = [Number(m[1]), Number(m[2])];
    if (k < 1 || k > n || n < MIN_SLIDES) continue;
    const run = byTotal.get(n) ?? { lines: [], last: 0 };
    if (k > run.last) {
      run.lines.push(line);
      run.last = k;
    }
    byTotal.set(n, run);
  }
  const slides = [...byTotal.values()].find((r) => r.lines.length >= MIN_SLIDES)?.lines;
  if (!slides) return undefined;
  let box: Element | null = (slides[0] as PageLine).block;
  while (box && !slides.every((s) => box?.contains(s.block))) box = box.parentElement;
  return box ?? undefined;
}
