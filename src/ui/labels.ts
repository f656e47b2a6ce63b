import type { RemovalReason } from '../extract/types';
import type { StringKey } from './strings';

/** Why a block was taken out, as the popup says it. */
export const REMOVAL_LABELS: Record<RemovalReason, string> = {
  'download-prompt': '下载提示',
  'doc-info': '文档信息',
  'paywall-notice': '付费/试读提示',
  'qa-chrome': '问答页面元素',
  outline: '重复的目录提纲',
  'related-list': '相关文章列表',
  footer: '网站页脚',
  watermark: '网站水印',
  'page-marker': '页码',
  'duplicate-title': '重复的标题',
  navigation: '导航',
  comments: '读者评论',
  'other-answer': '其他回答',
  byline: '来源/作者栏',
  'site-notice': '网站提示',
  keywords: '关键词行',
  caption: '图片说明',
  'hidden-text': '隐藏的干扰文字',
  debris: '乱码',
};

/** What the engine's refusal means, for the user: what the page is, and what to do. */
export const CAPTURE_ERROR_HINTS: Record<string, StringKey> = {
  'list-page': 'errListPage',
  'image-only': 'errImageOnly',
  'no-text': 'errNoText',
  'too-short': 'errTooShort',
};
