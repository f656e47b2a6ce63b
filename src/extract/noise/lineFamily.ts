import type { RemovalReason } from '../types';

/**
 * Noise as phrase families, not sentences. Every family is written for simplified and traditional script
 * and both punctuation widths; `maxWeight` keeps a keyword family from eating a real paragraph that
 * happens to mention the word (a speech may well talk about 下载 or 收藏).
 */
export interface LineFamily {
  reason: RemovalReason;
  pattern: RegExp;
  /** Lines heavier than this (CJK chars + Latin letters / 3) are never this kind of noise. */
  maxWeight: number;
  /** A line that also matches this is text, not this kind of noise (a transcript turn 记者：…？ is no byline). */
  unless?: RegExp;
}

/** A label's colon, either width. */
export const C = '[:：]';
/** An optional time after a date: 23:00, 23:00:59. */
export const TIME = '(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*';
/** What follows the date on a meta row: a separator, or a label (阅读/浏览/点击/来源/作者/编辑) and its value. */
export const META_NEXT = `(?:[|｜·•]|(?:[阅閱][读讀]|[浏瀏][览覽]|[点點][击擊]|[来來]源|作者|[编編][辑輯])[^${'：:'}]{0,3}\\s*(?:${C}|\\d))`;
