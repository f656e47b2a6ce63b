import type { SiteModule } from './types';

/**
 * Government portals built on TRS / 政府网站集约化 platforms: the text editor's output box, or #zoom
 * (the box the 字号 大 中 小 switch resizes).
 */
export const gov: SiteModule = {
  id: 'gov',
  name: '政府网站',
  hosts: /\.gov\.(?:cn|hk|mo|tw)$|\.gov$/,
  content: [
    '.TRS_Editor, .TRS_UEDITOR, .trs_editor_view',
    '#zoom, #Zoom, #fontzoom, #UCAP-CONTENT, .pages_content, #content_body',
    '.article-content, .art_con, .xxgk_content, .detail-content, .news_content',
  ],
};
