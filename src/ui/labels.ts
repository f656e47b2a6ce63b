import type { RemovalReason } from '../extract/types';
import type { CaptureError, RestrictedPage } from '../messaging/protocol';
import { t } from './strings';

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

const RESTRICTED: Record<RestrictedPage, string> = {
  'browser-page': '这是浏览器自己的页面，扩展无法读取。请在讲话稿所在的网页上使用稿库。',
  store: '浏览器不允许扩展读取扩展商店页面。',
  file: '本地文件需要在扩展设置中开启“允许访问文件网址”后才能采集。',
  'bad-url': '无法识别这个页面的地址。',
};

/** Why there is no capture, for the user: what the page is, and what to do. */
export function captureErrorText(error: CaptureError): string {
  switch (error.code) {
    case 'list-page':
      return t('errListPage');
    case 'image-only':
      return t('errImageOnly');
    case 'no-text':
      return t('errNoText');
    case 'too-short':
      return t('errTooShort');
    case 'restricted':
      return RESTRICTED[error.page];
    case 'no-access':
      return `稿库无法读取这个页面（${error.detail}）。请在页面上点击工具栏的稿库按钮后再试。`;
    case 'no-tab':
      return '找不到要采集的标签页。';
    case 'failed':
      return `采集时出错：${error.detail}`;
  }
}
