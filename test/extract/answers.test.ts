import { describe, expect, it } from 'vitest';
import { extractSpeech, isCaptureError } from '../../src/extract';
import { page } from '../helpers/parse';

const SPEECH = [
  '同志们：',
  '今天召开全镇安全生产工作会议，主要任务是贯彻落实县委、县政府的部署，安排今年的安全生产工作。',
  '一、要提高思想认识。安全生产事关人民群众生命财产安全，任何时候都不能掉以轻心。',
  '二、要突出工作重点。重点抓好道路交通、危化品、建筑施工和消防安全，坚决遏制事故发生。',
  '三、要压实工作责任。各村各单位主要负责人是第一责任人，要亲自抓、负总责。',
];
const ADVICE = [
  '写讲话稿首先要弄清会议的主题和听众，开头交代背景，中间讲清要求，结尾提出希望，篇幅控制在两千字左右为好，不要照抄网上的范文。',
  '另外，语言要口语化，少用长句，多用短句，讲起来才顺口，听的人也容易记住。',
];

const answer = (user: string, paragraphs: string[], tools = '赞(3) 评论 收起') =>
  `<div class="reply"><div class="reply-user">${user}</div><div class="reply-body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div><div class="reply-tools">${tools}</div></div>`;

function capture(html: string) {
  const r = extractSpeech(
    page(html, '<title>求一篇镇长安全生产讲话_问答</title>'),
    'https://ask.example.com/q/1.html',
  );
  if (isCaptureError(r)) throw new Error(r.error.message);
  return r;
}

describe('choosing the answer on a Q&A page', () => {
  it.each([
    ['speech second, simplified', [answer('热心网友', ADVICE), answer('匿名用户', SPEECH)]],
    ['speech first', [answer('匿名用户', SPEECH), answer('热心网友', ADVICE)]],
    [
      'traditional chrome',
      [answer('熱心網友', ADVICE, '贊(8) 評論 收起'), answer('發佈網友', SPEECH, '贊(20) 評論(2)')],
    ],
  ])('%s', (_name, answers) => {
    const r = capture(`<h1>求一篇镇长安全生产讲话</h1><div class="replies">${answers.join('')}</div>`);
    expect(r.body.split('\n')).toEqual(SPEECH);
    expect(r.removed.filter((b) => b.reason === 'other-answer').map((b) => b.text)).toEqual(ADVICE);
  });

  it('reader comments under an article are not taken for the answers', () => {
    const comments = ADVICE.map((c) => answer('网友', [c], '回复 赞(2)')).join('');
    const article = `<div class="article">${SPEECH.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const r = capture(
      `<h1>镇长安全生产讲话</h1><div class="main">${article}<div class="comments">${comments}</div></div>`,
    );
    for (const line of SPEECH) expect(r.body).toContain(line);
  });
});

describe('answers that advertise a service lose to a plain answer', () => {
  it.each([
    '有需要的朋友加Q123456789，专业老师一对一指导，包你写出好稿子，效果看得见，欢迎咨询。',
    '我们有一个写作交流群654321987，里面有很多范文模板，大家可以进群领取，还有专人答疑。',
  ])('%s', (advert) => {
    const ad = [`${advert}${advert}`];
    const r = capture(
      `<h1>求一篇镇长安全生产讲话</h1><div class="answers">${answer('2011-07-29 16:59 某用户|二级', ad, '评论|')}${answer('2011-07-30 10:02 另一用户|十级', SPEECH, '评论|')}</div>`,
    );
    expect(r.body).toContain('三、要压实工作责任。');
    expect(r.body).not.toContain(advert.slice(0, 10));
  });
});
