import { textWeight } from '../text';
import type { RemovalReason } from '../types';
import { CHROME_FAMILIES } from './chromeFamilies';
import type { LineFamily } from './lineFamily';
import { META_FAMILIES } from './metaFamilies';

/** Every line family, in the order they are tried: the first that matches names the reason. */
export const LINE_FAMILIES: LineFamily[] = [...CHROME_FAMILIES, ...META_FAMILIES];

/** The removal reason when the whole line is noise, else null. */
export function classifyLine(text: string, weight = textWeight(text)): RemovalReason | null {
  const bare = withoutIconGlyphs(text);
  for (const family of LINE_FAMILIES) {
    if (weight <= family.maxWeight && family.pattern.test(bare) && !family.unless?.test(bare)) {
      return family.reason;
    }
  }
  return null;
}

/**
 * A line with an icon font's glyph before or after its word ( Tweet,  分享): the glyph is a private-use
 * character that draws a picture, read as nothing when the line's kind is asked. Inside a line such a
 * character may be a rare one a site's font supplies (a name's 生僻字), so only the edges are read past.
 */
function withoutIconGlyphs(text: string): string {
  if (!isPrivateUse(text.charCodeAt(0)) && !isPrivateUse(text.charCodeAt(text.length - 1))) return text;
  return text.replace(ICON_EDGES, '');
}

const isPrivateUse = (c: number) => c >= 0xe000 && c <= 0xf8ff;
const ICON_EDGES = /^[\uE000-\uF8FF\s]+|[\uE000-\uF8FF\s]+$/g;
