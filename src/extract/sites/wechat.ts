import type { SiteModule } from './types';

export const wechat: SiteModule = {
  id: 'wechat',
  name: '微信公众号',
  hosts: /(^|\.)mp\.weixin\.qq\.com$/,
  content: ['#js_content', '.rich_media_content'],
};
