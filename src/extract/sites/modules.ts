import type { SiteModule } from './index';

export const SITE_MODULES: SiteModule[] = [
  {
    id: 'wechat',
    name: '微信公众号',
    hosts: /(^|\.)mp\.weixin\.qq\.com$/,
    content: ['#js_content', '.rich_media_content'],
  },
];
