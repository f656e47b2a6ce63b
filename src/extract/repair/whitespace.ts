import { CJK } from '../text';

const CJK_OR_FULL = `${CJK}\\u3000-\\u303f\\uff00-\\uffef“”‘’《》`;
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK_OR_FULL}])[ \\u3000\\u00a0]+(?=[${CJK_OR_FULL}])`, 'g');

/** A space never sits before full-width closing punctuation or after an opening one: 12.3% ，→ 12.3%， */
const SPACE_AROUND_FULL_WIDTH = /[ ]+(?=[，。、；：！？）」』”》】])|(?<=[（「『“《【])[ ]+/g;

/** Stray indents and spaces: none at the ends, none between CJK characters, one between Latin words. */
export function tidySpaces(s: string): string {
  if (!/[\u3000\u00a0\t ]/.test(s)) return s;
  return s
    .replace(/[\u3000\u00a0\t ]+/g, ' ')
    .trim()
    .replace(SPACE_BETWEEN_CJK, '')
    .replace(SPACE_AROUND_FULL_WIDTH, '');
}
