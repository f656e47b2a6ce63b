import type { SiteModule } from './types';

/**
 * WeChat 公众号 articles: the text box is #js_content (shipped `visibility:hidden` until its script runs).
 * Inside it WeChat's editor plugins set cards that read as short text: an account card (mpprofile:
 * 某某发布 · 官方账号 · 1863篇原创内容 · 公众号), a product card; around it the topic tags with their counts, the
 * reward area and the QR box. Fixture: test/fixtures/pages/wechat-profile-card-speech.
 */
export const wechat: SiteModule = {
  id: 'wechat',
  name: '微信公众号',
  hosts: /(^|\.)mp\.weixin\.qq\.com$/,
  content: ['#js_content', '.rich_media_content'],
  remove: [
    'mp-common-profile',
    '[data-pluginname="mpprofile"]',
    '.js_wx_profile_card',
    'mp-common-product',
    '.js_product_container',
    '#js_tags',
    '#js_reward_area',
    '.reward_area',
    '#js_pc_qr_code',
  ],
};
