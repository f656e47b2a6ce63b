import type { SiteModule } from './types';

/**
 * 百度知道: every answer body is .best-text (the accepted one) or .answer-text; the heaviest is taken.
 */
export const baiduzhidao: SiteModule = {
  id: 'baiduzhidao',
  name: '百度知道',
  hosts: /(^|\.)zhidao\.baidu\.com$/,
  content: ['.best-text, .answer-text', '.answer .line.content'],
};
