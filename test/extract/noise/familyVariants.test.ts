import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../src/extract/noise/families';
import type { RemovalReason } from '../../../src/extract/types';

// Lines met on real pages after the families were written (tool rows, credits, lead-ins, answer chrome), and
// speech sentences that mention the families' words in passing and must stay.
type Row = [text: string, reason: RemovalReason | null];

const cases: Record<string, Row[]> = {
  'tools and tails': [
    ['复制链接', 'download-prompt'],
    ['鏈接已複製', 'download-prompt'],
    ['分享让更多人看到', 'download-prompt'],
    ['真诚赞赏，手留余香', 'download-prompt'],
    ['还没有人赞赏，快来当第一个赞赏的人吧！', 'download-prompt'],
    ['3、回复【社保】查询缴费记录', 'download-prompt'],
    ['回覆「招聘」獲取最新崗位', 'download-prompt'],
    ['点击底部菜单【办事指南】', 'download-prompt'],
    ['看都看完了，点个【在看】再走吧', 'download-prompt'],
    ['欢迎加入我们的政务号矩阵', 'download-prompt'],
    ['字体：小大', 'navigation'],
    ['字號：大 中 小', 'navigation'],
    ['【字体：大 | 中 | 小】', 'navigation'],
    ['小字号', 'navigation'],
    ['《 光明日报 》（ 2023年03月08日 11 版）', 'byline'],
    ['（《人民日报》2024年5月10日 第4版）', 'byline'],
    ['来源：《经济日报》（2022年1月5日 07版）', 'byline'],
    ['（原标题：某县召开全县安全生产工作会议）', 'site-notice'],
    ['本文原标题：《定了！全市统一部署》', 'site-notice'],
    ['字体大小不一的问题，要在排版时统一解决。', null],
    ['加大对孤儿的保障，集中供养孤儿基本生活标准达到26400元/年。', null],
  ],
  'bylines, credits and tools (round 2)': [
    ['半月谈记者 史卫燕', 'byline'],
    ['本报记者 王某 李某某', 'byline'],
    ['（通讯员 赵某）', 'byline'],
    ['特約記者 陳某某', 'byline'],
    ['投稿|news@example.cn', 'byline'],
    ['出品︱某某栏目组', 'byline'],
    ['作者丨张三', 'byline'],
    ['记者同志们辛苦了，感谢大家一年来的付出。', null],
    ['图注：会议现场', 'caption'],
    ['李某 资料图', 'caption'],
    ['3月5日，代表们步入会场。新华社记者 王某 摄', 'caption'],
    ['村民在田里收割晚稻，一派丰收景象 张某 摄', 'caption'],
    ['（县文旅局供图）', 'caption'],
    ['1900年的老城门照片。记者 某某 翻摄', 'caption'],
    ['向上滑动阅览', 'download-prompt'],
    ['左右滑動查看更多', 'download-prompt'],
    ['图集', 'download-prompt'],
    ['+1', 'download-prompt'],
    ['▼', 'download-prompt'],
    ['▲ ▲', 'download-prompt'],
    ['↓↓↓', 'download-prompt'],
    ['▼ 点击下方视频，了解更多', 'caption'],
    ['歡迎到 FB 粉絲團按個"讚"', 'download-prompt'],
    ['转播到腾讯微博', 'download-prompt'],
    ['本站不定期更新游记与攻略，欢迎订阅！', 'download-prompt'],
    ['如果你喜欢这篇文章，请长按识别下方二维码关注，并推荐给身边的朋友，谢谢你的支持。', 'download-prompt'],
    ['相关日志', 'related-list'],
    ['https://www.example.com/news/world/article/some-story-14848382.php', 'doc-info'],
    ['www.example.gov.cn/art/2024/1/12/art_1.html', 'doc-info'],
    ['详见 https://www.example.gov.cn 的通知。', null],
    ['我们将不定期发布工作简报，请各单位认真学习。', null],
    ['精彩视频推荐', 'related-list'],
    ['热门图片', 'related-list'],
    ['重点推荐', 'related-list'],
    ['【编辑推荐】', 'related-list'],
    ['您所浏览的新闻已过查询时效。', 'paywall-notice'],
    ['建議您加入中央社付費會員找尋您要的新聞。', 'paywall-notice'],
    ['开通正式会员后可阅读全文', 'download-prompt'],
    ['会员才能阅读本文的全部内容', 'paywall-notice'],
    ['要把准备工作做在前面，确保会员大会圆满成功。', null],
  ],
  'round 3: platform rows, format links, bars': [
    ['发布于：北京市', 'doc-info'],
    ['IP 属地：广东', 'doc-info'],
    ['Office of the Press Secretary', 'doc-info'],
    ['For Immediate Release', 'doc-info'],
    ['MP4MP3', 'download-prompt'],
    ['PDF | DOC', 'download-prompt'],
    ['Download MP4', 'download-prompt'],
    ['街頭巷尾都在討論。（資料照）', 'caption'],
    ['平台声明：该文观点仅代表作者本人，某某号系信息发布平台。', 'site-notice'],
    ['阅读 ()', 'download-prompt'],
    ['编辑丨张三', 'byline'],
    ['策划｜李四', 'byline'],
    ['视频丨县委书记在全县大会上的讲话', null],
  ],
  'round 4: lead-ins, pleas, dates that stay': [
    ['以下是小编整理的县委书记讲话稿范文，欢迎阅读参考。', 'site-notice'],
    ['下面是为大家收集的开学典礼致辞，供大家参考借鉴。', 'site-notice'],
    ['急用，谢谢！', 'qa-chrome'],
    ['在线等，万分感谢', 'qa-chrome'],
    ['2024-09-01', null],
    ['2024.09.01', null],
    ['（2014年7月27日）', null],
    ['2019年10月31日 23:00', 'doc-info'],
    ['2019-10-31 23:00:05', 'doc-info'],
    ['发布时间：2024-01-12 09:30', 'doc-info'],
    ['时间：2024-01-12', 'doc-info'],
    ['以下是我们今年的工作安排，请大家认真抓好落实。', null],
  ],
  'round 5: lead-ins, end marks and the site asking for a visit': [
    ['【导语】在全县工作会议上的讲话是为大家整理的，希望对大家有所帮助。', 'site-notice'],
    ['这篇致辞是小编为您精选的，仅供参考。', 'site-notice'],
    ['[全文完]', 'site-notice'],
    ['【完】', 'site-notice'],
    ['更多精彩范文请访问www.fanwen.example.cn', 'site-notice'],
    ['（本文约2800字，阅读约需8分钟）', 'site-notice'],
    ['全文共3200字，预计阅读 9 分钟', 'site-notice'],
  ],
  'answer chrome': [
    ['161 人赞同了该回答', 'qa-chrome'],
    ['1.2 万人赞同了该回答', 'qa-chrome'],
    ['3,085 人点赞', 'qa-chrome'],
    ['2023 年度新知答主', 'qa-chrome'],
    ['教育领域优秀答主', 'qa-chrome'],
    ['活躍答主', 'qa-chrome'],
  ],
};

// Speech sentences that mention the words the families look for, in passing: they stay.
const speech: string[] = [
  '要发展农村电商，让好产品卖出好价钱，下载量再大也不如口碑好。',
  '全县新增会员制农民专业合作社126家，带动农户增收。',
  '一些网友在网上反映办事难，我们要高度重视，逐条回复。',
  '有的老师把自己的工资拿出来资助困难学生，这种精神值得我们学习。',
  '要抓好“两不愁三保障”回头看，发现一个问题、解决一个问题。',
  '记者：补贴怎么申请？',
  '南岳日报记者：请问，中小企业数字化转型有什么支持措施？',
  '时间：2024年6月12日上午10:00',
  '同志们，营商环境没有最好，只有更好。',
  '对工作不力、推诿扯皮的，发现一起、查处一起、通报一起。',
  '第一，压实属地管理责任。',
  '谢谢大家！',
  '原标题要改得通俗一些，让群众一看就懂，这是我们改进文风的要求。',
  '我们要声明：任何单位不得以任何名义向企业摊派。',
  '简介：这次会议总结了去年的工作，部署了今年的任务。',
  '要打开思路，用好手机APP，让群众少跑腿。',
  '欢迎各位来宾出席今天的大会，向大家表示热烈的欢迎！',
  '信息来源要可靠，数据要经得起检验。',
  '2023年5月4日',
  '截至2024-03-31，全市共受理申请1200件，办结率98%。',
  '2023年，全市地区生产总值增长5.6%，阅读推广活动覆盖全部乡镇。',
  '各位领导、各位志愿者朋友们：',
  '今后要加强版权保护，严厉打击侵犯知识产权的行为，为创新者撑腰。',
  '我们要把评论区变成听取民意的窗口，把点赞变成群众满意的标尺。',
  '要推广使用国产浏览器和操作系统，保障网络安全。',
  '主办单位要切实负起责任，确保活动安全有序。',
  '我们的联系电话要向社会公开，接受群众监督。',
  '我们要为群众整理好各类政策清单，做到一次告知、一次办好。',
  '更多的是要靠我们自己，访问群众、了解实情。',
  'Please join me in thanking them.',
  'We will do it on land the city already owns, starting with the old tram depot.',
  'Our newsletter to parents goes out every month, and I read every reply.',
];

describe('noise families on later variants', () => {
  for (const [family, rows] of Object.entries(cases)) {
    describe(family, () => {
      it.each(rows)('%s', (text, reason) => {
        expect(classifyLine(text)).toBe(reason);
      });
    });
  }
  describe('speech lines that mention the keywords stay', () => {
    it.each(speech)('%s', (text) => {
      expect(classifyLine(text)).toBeNull();
    });
  });
});
