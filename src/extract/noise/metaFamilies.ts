import type { LineFamily } from './lineFamily';
import { C, META_NEXT, TIME } from './lineFamily';

/** The labels of a document-info row (文档格式, 发布时间, 浏览次数, 本文链接 …), before its colon. */
const DOC_INFO_LABELS = `ID|文[档檔](?:ID|[编編]号|[编編]號)|[编編]号|[编編]號|(?:文件|文[档檔])?大小|(?:文[档檔])?[页頁](?:数|數)|(?:文件|文[档檔])?格式|(?:上[传傳]|[发發]布|[发發]佈|更新)[时時][间間]|(?:[发發]布|[发發]佈|更新)?日期(?=\\s*${C}\\s*\\d{4}[-/.年])|[时時][间間](?=\\s*${C}\\s*\\d{4}[-/.]\\d)|点击(?:数|量)?|點擊(?:數|量)?|[浏瀏][览覽](?:次[数數]|量)?|[访訪][问問](?:次[数數]|量)|[阅閱][读讀](?:次[数數]|量|[数數])?|下[载載](?:次[数數]|量|[积積]分)?|[贡貢][献獻]者|上[传傳]者|分[类類]|[类類]别|[类類]別|字数|字數|索引[号號]|[发發]文机[关關]|[发發]文機關|[发發]布机构|[发發]佈機構|成文日期|[发發]文(?:字)?[号號]|文[号號]|主[题題](?:[词詞]|分[类類])|有效性|效力(?:[级級]别|[级級]別|位[阶階])|[时時]效性|[发發]布部[门門]|[实實]施日期|法[规規][类類]别|(?:本文|原文|文章)(?:[链鏈]接|地址|网址|網址)`;

/** Page metadata beside the text: bylines, captions, keyword lines, document-info rows and date-time rows. */
export const META_FAMILIES: LineFamily[] = [
  {
    reason: 'byline',
    pattern:
      /^[（(【[]?(?:[责責]任[编編][辑輯]|[编編][辑輯]|[审審]核|校[对對]|(?:文章|信息|[资資]料|稿件|新[闻聞]|本文|[图圖]片|[转轉][载載])?[来來]源|稿源|作者|[记記]者|通[讯訊][员員]|撰稿|供稿|[摄攝]影|[图圖]片|[图圖]|文|文字|[图圖]文|[责責][编編]|美[编編]|排版|[视視][频頻]|出品|[监監]制|主[编編]|[终終][审審]|[初复複][审審]|[责責]任校[对對]|投稿)\s*[:：/／]|^[（(【[]?(?:[责責]任[编編][辑輯]|[编編][辑輯]|[审審]核|校[对對]|(?:文章|信息|[资資]料|稿件|新[闻聞]|本文|[图圖]片|[转轉][载載])?[来來]源|作者|[记記]者|撰稿|供稿|[摄攝]影|[责責][编編]|美[编編]|排版|出品|[监監]制|主[编編]|投稿|策[划劃]|[统統]筹|[统統]籌)\s*[|｜︱丨]|^By\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\b|^(?:Published|Updated|Posted|Last updated|First published)\b.{0,40}\d{4}/u,
    maxWeight: 30,
    unless: /[。？！?!]/,
  },
  {
    // Closing marks and ad labels: - END -, —完—, Advertisement, 广告.
    reason: 'site-notice',
    pattern:
      /^[-—–_=~\s]*(?:END|End|THE END|完|全文完|[结結]束)[-—–_=~\s]*$|^(?:Advertisement|ADVERTISEMENT|Sponsored(?: content)?|[广廣]告)$|^(?:Sign up|Subscribe)\b.{0,60}$|^(?:Get|Receive)\b.{0,60}\binbox\b|\bnewsletter$|^Have a (?:story|tip)\b|^[^@\s]+@[^@\s]+\.[a-z]{2,}$|^(?:We|This site) uses? cookies\b/i,
    maxWeight: 40,
  },
  {
    // A page's label words left alone on a line at the text's edge: a caption's label without its caption,
    // a share box's header, count and targets (Like this:, 858 shares, Tweet, Pin), a Read More link, a follow prompt (Follow the
    // paper on Facebook, Twitter and Instagram.). A byline's or tag box's label (By, Topics) stays with its
    // value, which the line rules read together.
    reason: 'site-notice',
    pattern:
      /^(?:Caption|Image|Photo|Like this|Share this|Read [Mm]ore|View all(?: \(\d+\))?|\d[\d,]*\s*[Ss]hares?|Share|Tweet|Pin|Buffer|Email|Print|WhatsApp|Pinterest|Reddit)\s*:?$|^Follow\b.{1,40}\bon(?:\s+(?:Facebook|Twitter|Instagram|X|YouTube|LinkedIn)\b.{0,40})?$/,
    maxWeight: 20,
  },
  {
    // A web video player's controls and dialogs as text (Video.js and its kind): Play Video, Mute,
    // Loaded: 0%, Current Time 0:00, captions off, selected, This is a modal window.; a photo box's tools.
    reason: 'navigation',
    pattern:
      /^(?:Play(?: Video)?|Pause|Replay|Mute|Unmute|(?:Non-)?Fullscreen|Picture-in-Picture|Chapters|Descriptions|Subtitles|Captions|Audio Track|Playback Rate|Quality Levels|Stream Type\s*LIVE|LIVE|Seek to live, currently (?:behind|playing) live|This is a modal window\b.{0,120}|Close Modal Dialog|Beginning of dialog window\b.{0,120}|End of dialog window\.?|(?:descriptions|subtitles|captions|chapters) (?:off|settings)(?:, (?:selected|opens [\w ]{1,40} dialog))?|default, selected|(?:Current|Remaining|Duration)(?: Time)?\s*-?\d{1,2}:\d{2}(?::\d{2})?|(?:Loaded|Progress):\s*\d{1,3}(?:\.\d+)?%|View (?:photos?|gallery|slideshow|images?)|Video Player is loading\.?|Your video will (?:play|begin|start) in \d{1,2}:\d{2}|(?:inRead )?invented by Teads|Video (?:Not |Un)available|(?:Unfortunately, )?this video is (?:not|no longer) available(?: in your (?:region|country|area))?\.?|Close)$/i,
    maxWeight: 40,
  },
  {
    // Picture captions and tools: ▲…摄, 资料图, 图为…, （点击看清晰大图）, 图片来源：…
    reason: 'caption',
    pattern: new RegExp(
      [
        '^[▲△▼↑☝]\\s*\\S',
        '^[图圖]注\\s*[:：]',
        '(?:^[（(]?|\\s)(?:资料|資料|配|示意|效果)(?:[图圖]|照)(?:片)?\\s*[)）]?$|^(?:[图圖]片|[图圖])\\s*(?:[来來]源|[来來]自)\\s*[:：|｜]',
        '^[（(]?\\s*(?:点击|點擊)?(?:看|查看|浏览|瀏覽)(?:清晰|高清)?(?:大|原)[图圖]\\s*[)）]?$',
        '^[（(]?[图圖]\\s*[为為示]\\s*\\S|^[（(]?[图圖]\\s*\\d+\\s*[)）:：\\s]',
        '(?:[记記]者|通[讯訊][员員]|[摄攝]影|[图圖]片)\\s*[\\p{Script=Han}·、\\s]{2,24}[摄攝]\\s*[)）]?$',
        '(?:^|\\.\\s|\\s)(?:Photograph|Photo|Picture|Image|Credit)s?\\s*(?::|by\\b)\\s*\\p{Lu}[^.!?]{0,80}$',
      ].join('|'),
      'u',
    ),
    maxWeight: 50,
  },
  {
    // A reporters' line without a colon: 半月谈记者 史卫燕, 本报记者 王乐文 方 敏, 通讯员 李华.
    reason: 'byline',
    pattern:
      /^[（(]?\s*[\p{Script=Han}]{0,8}?(?:特约|特約|见习|見習|实习|實習)?(?:记者|記者|通讯员|通訊員)\s*[\p{Script=Han}·\s、]{2,24}[)）]?$/u,
    maxWeight: 24,
  },
  {
    // A long caption is still a caption when it ends in its photo credit: …拍照留念。新华社记者 才扬 摄,
    // …正录制视频 李尕 摄, …（故宫博物院供图）, …號碼。（資料照）.
    reason: 'caption',
    pattern:
      /[（(](?:资料|資料)(?:[图圖]|照)(?:片)?[)）]$|(?:(?:[记記]者|通[讯訊][员員]|[摄攝]影|[图圖]片)\s*[\p{Script=Han}·、\s]{2,24}|\s[\p{Script=Han}]{2,4}\s*)(?:翻)?[摄攝]\s*[)）]?$|供[图圖]\s*[)）]?$/u,
    maxWeight: 110,
  },
  {
    // A paper's print edition under a reprint: 《 人民日报 》（ 2024年05月10日 04 版）, （《光明日报》2024年5月10日 第11版）.
    reason: 'byline',
    pattern:
      /^[（(]?\s*(?:[来來]源\s*[:：]\s*)?《\s*[^》]{2,16}\s*》\s*[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第?\s*\d{1,2}\s*版)?\s*[)）]?\s*[)）]?$/,
    maxWeight: 30,
  },
  {
    reason: 'keywords',
    pattern: /^(?:[关關][键鍵](?:词|詞|字)|[标標](?:签|籤)|Tags?)\s*[:：]/i,
    maxWeight: 80,
  },
  {
    // A post's date row: 2022-09-28 阅读：4410, 2024/05/06 08:12 | 来源…, 2023年11月08日　来源：… A date
    // alone counts only in the numeric form: a dated signature line (2023年5月4日) belongs to the speech.
    reason: 'doc-info',
    pattern: new RegExp(
      `^(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:$|${META_NEXT})|\\s*${META_NEXT})|\\d{4}年\\d{1,2}月\\d{1,2}日${TIME}${META_NEXT})`,
    ),
    maxWeight: 40,
  },
  {
    // Where and when a post was published, as platforms print it: 发布于：北京市, IP 属地：广东; a press office's
    // header rows: Office of the Press Secretary, For Immediate Release.
    reason: 'doc-info',
    pattern:
      /^(?:[发發][布佈]于|[发發][布佈]於|IP\s*属地|IP\s*屬地)\s*[:：]|^(?:The White House\s*)?(?:Office of the Press Secretary|For Immediate Release)$/i,
    maxWeight: 20,
  },
  {
    // A row of download links by format: MP4 MP3, PDF | DOC, Download MP4 (HD).
    reason: 'download-prompt',
    pattern:
      /^(?:(?:Download|DOWNLOAD|下[载載])?\s*(?:MP[34]|M4A|PDF|DOCX?|ZIP|MOV|WMV)\s*[|/｜()（）]?\s*)+$/,
    maxWeight: 8,
  },
  {
    // A bare address on a line of its own (a share box's permalink): never a line of a speech.
    reason: 'doc-info',
    pattern: /^(?:https?:\/\/|www\.)\S+$/i,
    maxWeight: 200,
  },
  {
    // A date with a time of day is when the page was posted, not a line of the speech: 2009年11月09日13:48,
    // 2019年10月31日 23:00:05. The speech's own date line (（2014年7月27日）) has no time.
    reason: 'doc-info',
    pattern: /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?$/,
    maxWeight: 12,
  },
  {
    // A short meta line with a numeric timestamp anywhere: 原创 宣传部 江城理工学院 2023-09-12 18:30,
    // http://www.site.cn 2009年11月09日13:48 某某娱乐.
    reason: 'doc-info',
    pattern:
      /\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:\s+\d{1,2}:\d{2})?|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}[:：]\d{2}/,
    maxWeight: 24,
    // A date alone (2024-09-01, 2024.09.01) may be the speech's own date line: it stays.
    unless: /[。？！，,；;]|^\s*[（(]?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[)）]?\s*$/,
  },
  {
    // The same in English: a short line with a written date and a time of day (Joe Wee Monday, February 29,
    // 2016 @ 11:10 PM UTC). A dated line without a time (April 11, 2015) may be the speech's own: it stays.
    reason: 'doc-info',
    pattern:
      /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+\d{1,2},?\s+\d{4}\b.{0,12}?\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\b)?/i,
    maxWeight: 25,
    unless: /[.?!]\s+\p{Lu}|[。？！]/u,
  },
  {
    reason: 'doc-info',
    // A label in brackets without its colon is the same row: 【发布时间】2023年12月1日, [浏览次数] 1234.
    pattern: new RegExp(`^(?:(?:${DOC_INFO_LABELS})\\s*${C}|[【\\[](?:${DOC_INFO_LABELS})[】\\]]\\s*\\S)`),
    maxWeight: 60,
  },
];
