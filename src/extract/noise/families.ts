import { textWeight } from '../text';
import type { RemovalReason } from '../types';

/**
 * Noise as phrase families, not sentences. Every family is written for simplified and traditional script
 * and both punctuation widths; `maxWeight` keeps a keyword family from eating a real paragraph that
 * happens to mention the word (a speech may well talk about 下载 or 收藏).
 */
interface LineFamily {
  reason: RemovalReason;
  pattern: RegExp;
  /** Lines heavier than this (CJK chars + Latin letters / 3) are never this kind of noise. */
  maxWeight: number;
  /** A line that also matches this is text, not this kind of noise (a transcript turn 记者：…？ is no byline). */
  unless?: RegExp;
}

const C = '[:：]';
const TIME = '(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*';
/** What follows the date on a meta row: a separator, or a label (阅读/浏览/点击/来源/作者/编辑) and its value. */
const META_NEXT = `(?:[|｜·•]|(?:[阅閱][读讀]|[浏瀏][览覽]|[点點][击擊]|[来來]源|作者|[编編][辑輯])[^${'：:'}]{0,3}\\s*(?:${C}|\\d))`;

export const LINE_FAMILIES: LineFamily[] = [
  {
    reason: 'download-prompt',
    pattern: new RegExp(
      [
        '下[载載](?:文[档檔]|本文|全文|[Ww]ord|WORD|到[电電][脑腦]|APP|app|[后後]|收益|券|地址|此文)',
        '(?:点击|點擊|立即|马上|馬上|免费|免費|高速|本地|直接)下[载載]',
        'VIP\\s*(?:免[费費]|[专專]享|下[载載]|[会會]员|[会會]員)',
        '[开開]通\\s*(?:VIP|[会會][员員]|正式[会會][员員])',
        '分享(?:[赚賺][钱錢]|到|至|[让讓]更多人)',
        // Scroll hints, stray tool words at the text's edges, follow prompts, share targets.
        '(?:向上|向下|上下|左右)?滑[动動](?:[阅閱][览覽]|查看|[阅閱][读讀])|^(?:[图圖]集|\\+1|[赞贊]\\s*\\+\\d*)$',
        '不定期[的地]?(?:更新|分享).{0,24}(?:[谢謝][谢謝]|[欢歡]迎|追[踪蹤]|[关關]注|[订訂][阅閱])|粉[丝絲][团團]|按[个個]?\\s*["“「]?[赞讚]|(?:追[踪蹤]|[关關]注)\\s*(?:我的|我[们們]的)?\\s*(?:FB|Facebook|[脸臉]书|[脸臉]書|IG|Instagram)|^[转轉]播到',
        // Share and copy tools: 复制链接, 链接已复制; a reward box: 真诚赞赏，手留余香 / 还没有人赞赏.
        '[复複][制製][链鏈]接|[链鏈]接已[复複][制製]|^(?:真[诚誠])?[赞贊][赏賞](?:$|[，,\\s]|作者|支持)|[还還]?[没沒]有人[赞贊][赏賞]',
        '推[荐薦]度',
        '[为為]\\s*(?:Word|word|WORD|doc|DOC|PDF|pdf)\\s*格式',
        '文[档檔][为為]\\s*\\w+\\s*格式',
        '收益[归歸]作者',
        '\\d+\\s*(?:金[币幣]|[积積]分|下[载載]券)',
        `(?:[网網]站|在[线線])?客服\\s*(?:QQ|qq|[电電]话|[电電]話|[热熱][线線])?\\s*${C}`,
        '服[务務][热熱][线線]',
        '已是[会會][员員]|[请請][登][录錄]|[登][录錄][后後]',
        '^(?:[登][录錄]|[注註][册冊]|上[传傳]文[档檔]|我要提[问問]|立即提[问問])',
        '打[开開]\\s*APP|[下][载載]客[户戶]端|[扫掃][码碼]下[载載]',
        // WeChat shell: 微信号/功能介绍 profile card, swipe hints, the accessibility string of the action bar.
        `^(?:微信[号號]|功能介[绍紹])\\s*${C}|[轻輕]点[两兩]下取消|[继繼][续續]滑[动動]看下一[个個]|向上滑[动動]看下一[个個]|[轻輕]触[阅閱][读讀]原文|^Scan to Follow$|^(?:知道了|Got It)$`,
        // English tools rows.
        '^(?:Print(?: this (?:page|article))?|Email(?: this)?|Share(?: this(?: article| story)?)?|Comments?|Leave a (?:comment|reply)|Follow us(?: on .{1,20})?|Loading\\.*)\\s*:?$',
        '^收藏(?:《|本文|本站|$)|加入收藏|[设設][为為]首[页頁]',
        '(?:打印|列印)(?:本|此)[文页頁]|[关關][闭閉](?:[窗視]窗|[视視]窗|本[页頁])|^回上一?[页頁]|[【\\[](?:打印|列印|[关關][闭閉])[】\\]]',
        '[扫掃]一[扫掃]|[扫掃][码碼]|二[维維][码碼]|[关關]注(?:[该該]|本|我[们們]的)?公[众眾][号號]',
        // WeChat calls to follow and like: 点击上方蓝字 关注我们, 喜欢就点个“在看”吧.
        '上方(?:[蓝藍]字|[关關]注)|[关關]注我[们們]|[点點]亮?(?:个|個)?\\s*[“"「【]?在看|看都看完了|^(?:(?:[阅閱][读讀]原文|[赞贊]|在看|[阅閱][读讀]|分享|收藏|留言|[写寫]留言)\\s*[(（]?\\s*[\\d.]*[万萬]?\\+?\\s*[)）]?\\s*)+$',
        '(?:复制|複製)本文|禁止(?:复制|複製)',
        '[【\\[](?:收藏|分享|推[荐薦]|[纠糾][错錯]|打印|列印|[关關][闭閉])[】\\]]',
        // A 公众号's menu tail: 1、回复【公租房】查看…, 点击菜单栏【便民服务】…, 申请加入…政务号.
        '^(?:\\d{1,2}\\s*[、.．]?\\s*)?回[复覆]\\s*[【\\[「“"]|(?:点击|點擊|点|點)\\s*(?:底部|下方)?菜[单單]|(?:申[请請]|欢迎|歡迎)加入.{0,16}(?:[号號]|媒体|媒體|平台|矩[阵陣])',
        '^以下文章[来來]源于|[蓝藍]字[关關]注|^欢迎(?:[关關]注|分享|[转轉][发發]|[转轉][载載]|留言)|^歡迎(?:關注|分享|轉發|轉載|留言)|[阅閱][读讀]原文$',
        '^(?:Continue reading|Story continues below|Click here\\b|Read the full (?:story|article|text))',
        '(?:点击|點擊)(?:查看|[阅閱][读讀])全文|展[开開]全文|[继繼][续續][阅閱][读讀]|[阅閱][读讀]全文|查看全文',
        '^(?:微信|QQ空[间間]|微博|QQ)(?:\\s+(?:微信|QQ空[间間]|微博|QQ|豆瓣))+$',
      ].join('|'),
    ),
    maxWeight: 40,
  },
  {
    // A follow prompt long enough to pass for a sentence: 如你觉得文章不错，请识别图中二维码关注，并推荐给…
    reason: 'download-prompt',
    pattern:
      /(?:识别|識別|扫描|掃描|长按|長按)(?:图中|圖中|下方|上方)?的?二[维維][码碼].{0,12}(?:[关關]注|加入|[订訂][阅閱])|搜索(?:公[众眾])?(?:[账帐帳]号|[账帐帳]號|[号號])\s*[“"「]?\s*[\w-]{3,}\s*[”"」]?\s*[关關]注|[关關]注(?:我[们們]|本[号號]|公[众眾][号號]).{0,24}(?:分享|推[荐薦]|[转轉][发發])/,
    maxWeight: 80,
  },
  {
    // The numbered lines of a 温馨提示 / 提示信息 block on doc-sharing pages.
    reason: 'site-notice',
    pattern: new RegExp(
      [
        `^(?:温馨|溫馨|特别|特別)?提示(?:信息)?${C}?$`,
        '^(?:温馨|溫馨)提示',
        '本(?:文[档檔]?|站|资料|資料)(?:由|為|为)?(?:用[户戶]|[网網]友|[会會][员員])?(?:上[传傳]|投稿)',
        '版[权權](?:[归歸]|[声聲]明|[争爭]议|[争爭]議)|侵[权權]',
        '下[载載]前|下[载載][后後]|付[费費]完成|付[费費][后後]',
        '(?:[会會][员員]|VIP)[专專]享|只能[阅閱][读讀]|[阅閱][读讀]部分',
        '[会會][员員][费費]用|(?:[会會][员員]|VIP).{0,12}\\d+\\s*元\\s*/\\s*(?:年|月)',
        '(?:[请請]勿|不得)(?:照搬|[转轉]载|[转轉]載|[抄])',
        '(?:小[编編]|本站)[为為]?[你您]?整理了',
        // An editor's lead-in to the text: 以下是小编整理的…，欢迎阅读参考。 / 下面是为大家收集的…，供参考。
        '^(?:以下|下面)是.{0,16}(?:小[编編]|本站|[为為](?:您|你|大家)).{0,30}(?:整理|收集|[汇匯]集|精[选選]|准[备備]|分享)的',
        '(?:欢迎|歡迎|敬请|敬請)(?:阅读|閱讀|[参參]考|借[鉴鑒]|收藏)(?:[参參]考|借[鉴鑒])?[。！!.]?$|[仅僅]供[参參]考[。！!.]?$',
        '[转轉][载載][请請]?[注註]明(?:出[处處]|[来來]源)|[请請][注註]明(?:出[处處]|[来來]源)',
        '^本文(?:由|来自|來自|[来來]源于).{0,40}(?:整理|提供|[编編][辑輯]|收集|[发發]布|[发發]佈|投稿)',
        '[显顯]示[错錯]乱|[显顯]示[错錯]亂',
        '内容与[标標]题不符|內容與標題不符',
        `^[（(]?\\s*(?:本文)?原[标標][题題]\\s*${C}`,
        // A site's teaser of the text above it: 导读：同志们：这次会议……
        `^(?:[导導][读讀]|[内內]容)?(?:[简簡]介|提要|[导導][读讀]|核心提示)\\s*${C}.{0,150}(?:…+|\\.{3,})$`,
        `^(?:免[责責]|平台|特别|特別)?[声聲]明\\s*${C}.{0,80}(?:[转轉][载載]|版[权權]|[观觀]点|[观觀]點|侵[权權]|[联聯][系繫])`,
        '^[（(](?:完|全文完)[)）]$|^[【\\[][编編][辑輯]\\s*[:：].{1,12}[】\\]]$|^[【\\[]?我要[纠糾][错錯][】\\]]?$|^[【\\[]?[纠糾][错錯][】\\]]?$',
      ].join('|'),
    ),
    maxWeight: 90,
  },
  {
    // A members-only or expired page says what it withholds: 加入付费会员阅读全文, 您所瀏覽的新聞已過查詢時效.
    reason: 'paywall-notice',
    pattern:
      /已[过過](?:查[询詢])?[时時]效|(?:加入|成[为為]|升[级級]|[开開]通)\S{0,10}(?:付[费費]|正式|高[级級]|VIP)[会會][员員]|[会會][员員](?:才能|方可|可)[阅閱观觀][读讀看]|[订訂][阅閱](?:后|後)(?:阅|閱|可)/,
    maxWeight: 60,
  },
  {
    reason: 'qa-chrome',
    pattern: new RegExp(
      [
        '^(?:[发發]布|[发發]佈|提[问問]|回答|答[题題])(?:网友|網友|者|用[户戶])',
        '^(?:[热熱]心|匿名)(?:网友|網友|用[户戶])',
        '^(?:最佳|推荐|推薦|满意|滿意|[优優]质|[优優]質)(?:答案|回答)',
        '^共\\s*\\d+\\s*(?:个|個|条|條)(?:回答|答案)',
        '^\\d+\\s*(?:个|個|条|條)回答$',
        '^展[开開]全部$|^收起$|^[评評][论論]$|^追[问問]|^追答',
        // The asker's plea under the question: 急用，谢谢！ 在线等 万分感谢
        '^(?:急用|急求|急需|在[线線]等|求助|求解)[，,！!。\\s]*(?:[谢謝][谢謝]|多[谢謝]|万分感[谢謝]|萬分感謝)?[！!。.~～]*$',
        '[这這](?:个|個)回答的[评評]价|[这這](?:个|個)回答的[评評]價|回答的[评評]价是',
        '^已[赞贊踩]過|^已[赞贊踩]过|^[赞贊]同|^[点點][赞贊]',
        '^其他(?:\\d+(?:个|個|条|條))?(?:网友|網友)?的?回答',
        '^[为為][你您]推[荐薦]',
        '^相[关關](?:问答|問答|问题|問題)',
        '^本回答由.{0,20}(?:提供|推[荐薦]|[采採]纳|[采採]納)|^本回答被.{0,10}(?:[采採]纳|[采採]納)',
        `^(?:参考|參考)(?:[资資]料|来源|來源|文献|文獻)\\s*${C}`,
        '^(?:有用|没用|沒用|有帮助|有幫助)\\s*[(（]?\\d*[)）]?(?:\\s+(?:有用|没用|沒用|有帮助|有幫助)\\s*[(（]?\\d*[)）]?)*$',
        '^(?:抢首[赞贊]|向TA提[问問]|私信TA|更多回答|大家都在搜|特[别別]推[荐薦])|^查看全部\\s*\\d+\\s*(?:个|個|条|條)回答|答[题題]抽[奖獎]|抽[奖獎]机会',
        '(?:采纳|採納)率\\s*[:：]?\\s*\\d',
        '擅[长長]\\s*[:：]|推[荐薦]于\\s*\\d{4}',
        // Vote counts and answerer badges: 161 人赞同了该回答, 1.2 万人赞同, 2023 年度新知答主, 活跃答主.
        '^[\\d,.]+\\s*[万萬千]?\\s*人(?:[赞贊]同|[点點][赞贊]|[觉覺]得很[赞贊]|收藏)了?(?:[该該这這]?(?:个|個)?(?:回答|文章))?$',
        '(?:[优優]秀|新知|活[跃躍]|高能|知名|人气|人氣)答主$|^(?:[\\d]{4}\\s*年度)?\\s*(?:[优優]秀|新知)答主',
        // An answer's action row: 赞(35) 踩(1) 评论(4) 分享 举报 收起, in any order.
        '^(?:(?:[赞贊踩]|[评評][论論]|分享|[举舉][报報]|收起|回[复覆]|收藏|[点點][赞贊])\\s*[(（]?\\d*[)）]?\\s*[|｜]?\\s*)+$',
      ].join('|'),
    ),
    maxWeight: 30,
  },
  {
    reason: 'related-list',
    pattern: new RegExp(
      [
        '^[【\\[]?(?:相[关關]|推[荐薦]|[热熱]门|[热熱]門|最新|精彩|猜你|延伸|更多|其他|其它)(?:文章|文[档檔]|范文|範文|[阅閱][读讀]|推[荐薦]|排行|更新|喜[欢歡]|[资資]料|内容|內容|[阅閱][览覽]|[标標](?:签|籤)|[话話][题題]|搜索|新[闻聞]|[链鏈]接|[专專][题題]|附件|[视視][频頻]|[图圖]片|日志|日誌|博文|[点點][阅閱])',
        '^[【\\[]?(?:重[点點]|[编編][辑輯]|今日|小[编編])推[荐薦][】\\]]?$',
        '^你可能(?:关注|關注|喜[欢歡]|感兴趣|感興趣)',
        `^[上下]一(?:篇|[条條]|[页頁]|章)\\s*${C}?`,
        '^返回(?:首[页頁]|列表|[顶頂]部)',
        '^(?:往期|精彩|历史|歷史)(?:推[荐薦]|回[顾顧]|[阅閱][读讀]|文章)',
        // English sites: Read more: …, Related: …, Most read, More from …
        '^(?:Read more|Related(?: (?:articles|stories|posts|content))?|See also|Also read|Recommended|Most (?:read|popular|viewed)|More from|You may also like|Trending)\\b\\s*:?',
      ].join('|'),
    ),
    maxWeight: 60,
  },
  {
    reason: 'footer',
    pattern: new RegExp(
      [
        'ICP[备備证證]|[公][网網]安[备備]',
        'Copyright|©|\\(c\\)\\s*\\d{4}|All Rights Reserved',
        '版[权權]所有',
        `技[术術]支持${C}?`,
        '^(?:地\\s*址|[邮郵]\\s*[编編]|[电電]\\s*[话話]|[传傳]\\s*真|E-?mail|[邮郵]箱|[联聯]系[邮郵]箱)\\s*' +
          C,
        '^(?:[关關]于|[关關]於)(?:我[们們]|本站)|^[联聯][系繫]我[们們]|^[网網]站地[图圖]',
        `^(?:主[办辦]|承[办辦]|[协協][办辦]|[联聯][络絡]|[联聯][系繫])(?:[单單]位)?\\s*${C}`,
        `[网網]站[标標][识識]?[码碼]\\s*${C}|(?:建[议議]|推[荐薦])(?:使用)?.{0,24}(?:[浏瀏][览覽]器|[分解][辨析]率)|\\d{3,4}\\s*[×xX*]\\s*\\d{3,4}\\s*(?:[分解][辨析]率|像素)`,
      ].join('|'),
    ),
    maxWeight: 80,
  },
  {
    reason: 'navigation',
    pattern: new RegExp(
      [
        `^(?:[当當]前|您?[现現]在的?|您?所在的?|你的|您的)?位置\\s*${C}`,
        // Text-size switches in any order and number of sizes: 字体：小大, 【字号 大 中 小】, a lone 小字号.
        `^[【\\[]?\\s*(?:字[体體号號级級]|[文字]字大小)\\s*${C}?\\s*[【\\[]?\\s*(?:[大中小]\\s*[|｜/]?\\s*){2,3}(?=$|[】\\]\\s|｜])|^[大中小][字][号號体體]$`,
        '^(?:Skip to (?:main )?content|Jump to navigation|Back to top)$',
        '^首[页頁]\\s*[>›»\\-－—|]',
        '^[>›»]+\\s*正文$',
      ].join('|'),
    ),
    maxWeight: 80,
  },
  {
    reason: 'page-marker',
    pattern:
      /^(?:第\s*\d+\s*[页頁]\s*[,，/]?\s*共\s*\d+\s*[页頁]|共\s*\d+\s*[页頁]|[-—－–]\s*\d+\s*[-—－–]|\d+\s*\/\s*\d+|[第]\s*\d+\s*[页頁])$/,
    maxWeight: 12,
  },
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
    reason: 'doc-info',
    pattern: new RegExp(
      `^(?:ID|文[档檔](?:ID|[编編]号|[编編]號)|[编編]号|[编編]號|(?:文件)?大小|[页頁]数|[页頁]數|(?:文件)?格式|(?:上[传傳]|[发發]布|[发發]佈|更新)[时時][间間]|(?:[发發]布|[发發]佈|更新)?日期(?=\\s*${C}\\s*\\d{4}[-/.年])|[时時][间間](?=\\s*${C}\\s*\\d{4}[-/.]\\d)|点击(?:数|量)?|點擊(?:數|量)?|[浏瀏][览覽](?:次[数數]|量)?|[阅閱][读讀](?:次[数數]|量|[数數])?|下[载載](?:次[数數]|量)?|[贡貢][献獻]者|上[传傳]者|分[类類]|[类類]别|[类類]別|字数|字數|索引[号號]|[发發]文机[关關]|[发發]文機關|[发發]布机构|[发發]佈機構|成文日期|[发發]文(?:字)?[号號]|文[号號]|主[题題](?:[词詞]|分[类類])|有效性|效力(?:[级級]别|[级級]別|位[阶階])|[时時]效性|[发發]布部[门門]|[实實]施日期|法[规規][类類]别)\\s*${C}`,
    ),
    maxWeight: 60,
  },
];

/** The removal reason when the whole line is noise, else null. */
export function classifyLine(text: string): RemovalReason | null {
  const weight = textWeight(text);
  for (const family of LINE_FAMILIES) {
    if (weight <= family.maxWeight && family.pattern.test(text) && !family.unless?.test(text)) {
      return family.reason;
    }
  }
  return null;
}
