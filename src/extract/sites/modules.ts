import type { SiteModule } from './index';

/**
 * Known families of pages, as data: where the speech sits. Hints only: a module's container is used when
 * it holds most of the running text the generic scoring finds, so a redesign falls back to the generic path.
 */
export const SITE_MODULES: SiteModule[] = [
  {
    id: 'wechat',
    name: '微信公众号',
    hosts: /(^|\.)mp\.weixin\.qq\.com$/,
    content: ['#js_content', '.rich_media_content'],
  },
  {
    // 百度知道: every answer body is .best-text (the accepted one) or .answer-text; the heaviest is taken.
    id: 'baiduzhidao',
    name: '百度知道',
    hosts: /(^|\.)zhidao\.baidu\.com$/,
    content: ['.best-text, .answer-text', '.answer .line.content'],
  },
  {
    // Government portals built on TRS / 政府网站集约化 platforms: the text editor's output box, or #zoom
    // (the box the 字号 大 中 小 switch resizes).
    id: 'gov',
    name: '政府网站',
    hosts: /\.gov\.(?:cn|hk|mo|tw)$|\.gov$/,
    content: [
      '.TRS_Editor, .TRS_UEDITOR, .trs_editor_view',
      '#zoom, #Zoom, #fontzoom, #UCAP-CONTENT, .pages_content, #content_body',
      '.article-content, .art_con, .xxgk_content, .detail-content, .news_content',
    ],
  },
  {
    id: 'xiexiebang',
    name: '写写帮文库',
    hosts: /(^|\.)xiexiebang\.com$/,
    content: ['#contents', '.content'],
  },
  {
    id: 'huiwen',
    name: '汇文网',
    hosts: /(^|\.)huiwenwang\.cn$/,
    content: ['#docPreview', '.doc-preview'],
  },
  {
    id: 'xinwenmi',
    name: '新文秘网',
    hosts: /(^|\.)(?:xinwenmi\.(?:com|net|cn)|jey722\.cn)$/,
    content: ['#MyContent', '.wenzhang'],
  },
];
