import { textWeight } from '../text';
import type { RemovalReason } from '../types';
import { CHROME_FAMILIES } from './chromeFamilies';
import type { LineFamily } from './lineFamily';
import { META_FAMILIES } from './metaFamilies';

/** Every line family, in the order they are tried: the first that matches names the reason. */
export const LINE_FAMILIES: LineFamily[] = [...CHROME_FAMILIES, ...META_FAMILIES];

/** The removal reason when the whole line is noise, else null. */
export function classifyLine(text: string, weight = textWeight(text)): RemovalReason | null {
  for (const family of LINE_FAMILIES) {
    if (weight <= family.maxWeight && family.pattern.test(text) && !family.unless?.test(text)) {
      return family.reason;
    }
  }
  return null;
}
