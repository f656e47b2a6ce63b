import { parseNumeral } from '../text';

/** The numbering that opens an outline heading: 一、 (一) 1. 1、 一是 第一, 第一章 第一条. */
export interface HeadingMarker {
  family: 'cn-dun' | 'cn-paren' | 'num-dot' | 'num-paren' | 'cn-shi' | 'cn-di' | 'chapter' | 'article';
  n: number;
}

const N = '[〇零一二两三四五六七八九十百\\d]+';
const MARKERS: [HeadingMarker['family'], RegExp][] = [
  ['cn-paren', new RegExp(`^[（(]\\s*(${N})\\s*[)）]`)],
  ['chapter', new RegExp(`^第\\s*(${N})\\s*[章节節编編]`)],
  ['article', new RegExp(`^第\\s*(${N})\\s*[条條]`)],
  ['cn-di', new RegExp(`^第(${N})[,，、:：]`)],
  ['cn-dun', /^([〇零一二两三四五六七八九十百]+)\s*[、．.]/],
  ['cn-shi', /^([一二三四五六七八九十]+)(?:是|要|要[是])/],
  ['num-paren', /^[（(]?(\d{1,2})[)）]/],
  ['num-dot', /^(\d{1,2})\s*[、．.](?!\d)/],
];

export function headingMarker(line: string): HeadingMarker | null {
  for (const [family, re] of MARKERS) {
    const m = re.exec(line);
    if (m?.[1]) {
      const n = parseNumeral(m[1]);
      if (!Number.isNaN(n)) return { family, n };
    }
  }
  return null;
}

/**
 * Follows the outline's numbering through a text so that a wrapped line that merely starts with
 * "五、" (…建功十一 / 五、和谐奔小康…) is told from the fifth heading: a real heading continues its family's
 * sequence (or starts one at 1).
 */
export class OutlineTracker {
  private last = new Map<HeadingMarker['family'], number>();

  /** Whether `marker` fits the sequence; call `accept` when the line is taken as a heading. */
  fits(marker: HeadingMarker): boolean {
    const prev = this.last.get(marker.family);
    return prev === undefined ? marker.n === 1 : marker.n === prev + 1 || marker.n === 1;
  }

  accept(marker: HeadingMarker): void {
    this.last.set(marker.family, marker.n);
    // A new top-level heading restarts the numbering below it.
    if (marker.family === 'cn-dun') {
      this.last.delete('cn-paren');
      this.last.delete('cn-shi');
      this.last.delete('num-dot');
    }
  }
}
