import { CJK } from '../text';

const CJK_OR_FULL = `${CJK}\\u3000-\\u303f\\uff00-\\uffef“”‘’《》`;
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK_OR_FULL}])[ \\u3000\\u00a0]+(?=[${CJK_OR_FULL}])`, 'g');

/** A space never sits before full-width closing punctuation or after an opening one: 12.3% ，→ 12.3%， */
const SPACE_AROUND_FULL_WIDTH = /[ ]+(?=[，。、；：！？）」』”》】])|(?<=[（「『“《【])[ ]+/g;

/** 第一条 / 第二章 at the head of a line keep the one space law texts print after them. */
const ARTICLE_HEAD =
  /^[\u3000\u00a0\t ]*(第[一二三四五六七八九十百千零〇\d]+[章节節条條款编編])[\u3000\u00a0\t ]+(?=\S)/;

/** Stray indents and spaces: none at the ends, none between CJK characters, one between Latin words. */
export function tidySpaces(s: string): string {
  if (!/[\u3000\u00a0\t ]/.test(s)) return s;
  const head = ARTICLE_HEAD.exec(s);
  if (head) return `${head[1]} ${tidyRest(s.slice(head[0].length))}`;
  return tidyRest(s);
}

function tidyRest(s: string): string {
  return s
    .replace(/[\u3000\u00a0\t ]+/g, ' ')
    .trim()
    .replace(SPACE_BETWEEN_CJK, '')
    .replace(SPACE_AROUND_FULL_WIDTH, '');
}
