import { describe, expect, it } from 'vitest';
import { extractSpeech, isCaptureError } from '../../../src/extract';
import { cascadeVisibility } from '../../../src/extract/dom/cascade';
import { collectLines } from '../../../src/extract/dom/textLines';
import { colorHides, hiddenByClassName, parseColor } from '../../../src/extract/dom/visibility';
import { page } from '../../helpers/parse';

const PARA = '各级党组织要把学习贯彻全会精神作为当前和今后一个时期的重要政治任务，抓紧抓实抓好。';

/** The visible text of a page whose <head> holds `css`, as the engine reads it. */
function visibleText(css: string, body: string): string {
  const doc = page(body, `<style>${css}</style>`);
  return collectLines(doc.body, cascadeVisibility(doc))
    .map((l) => l.text)
    .join('\n');
}

describe('hidden text: the page hides it with its own style sheet', () => {
  // Anti-copy junk spliced between the words, hidden by a class: each way a sheet can hide it.
  it.each([
    ['display:none', '.j{display:none}'],
    ['visibility:hidden', '.j{visibility:hidden}'],
    ['font-size:0', '.j{font-size:0}'],
    ['font-size:0px !important', '.j{font-size:0px !important}'],
    ['transparent text', '.j{color:transparent}'],
    ['rgba with alpha 0', '.j{color:rgba(0,0,0,0)}'],
    ['white on the default white', '.j{color:#fff}'],
    ['the background colour of its box', '.box{background:#f5f5f5} .j{color:#f5f5f5}'],
    ['off-screen', '.j{position:absolute;left:-9999px}'],
    ['clipped to nothing', '.j{position:absolute;clip:rect(0 0 0 0)}'],
    ['a clip path that leaves nothing', '.j{clip-path:inset(50%)}'],
    ['a 1px box with overflow hidden', '.j{width:1px;height:1px;overflow:hidden}'],
    ['a box of width 0 (no unit) with overflow hidden', '.j{display:inline-block;width:0;overflow:hidden}'],
    ['opacity 0', '.j{opacity:0}'],
    ['the font shorthand', '.j{font:0/0 a}'],
    ['a descendant selector', 'div.box > p span.j{display:none}'],
    ['a selector list', 'h1,.j,.other{display:none}'],
  ])('%s', (_, css) => {
    const text = visibleText(
      css,
      `<div class="box"><p>学习贯彻<span class="j">www.fanwen.com 稿库</span>全会精神。</p></div>`,
    );
    expect(text).toBe('学习贯彻全会精神。');
  });

  it('reads hiding in style attributes too, shorthand included', () => {
    expect(
      visibleText('', '<p>学习<span style="font:0/0 a">junk</span>贯彻<i style="color: #FFF">码</i>。</p>'),
    ).toBe('学习贯彻。');
    expect(
      visibleText('', '<p>学习<b style="display:inline-block;width:0;overflow:hidden">码</b>贯彻。</p>'),
    ).toBe('学习贯彻。');
    // A length without its unit is no length, but for zero: a browser drops `left:-9999` and shows the text.
    expect(visibleText('', '<p>学习<b style="position:absolute;left:-9999">贯彻</b>。</p>')).toBe(
      '学习贯彻。',
    );
  });

  it('keeps text the sheet shows again: a font-size:0 wrapper whose items set their own size', () => {
    const css = '.row{font-size:0} .row span{font-size:16px} .row i{font-size:.8em}';
    expect(visibleText(css, '<div class="row"><span>第一条</span><span>第二条</span><i>注</i></div>')).toBe(
      '第一条第二条',
    );
  });

  it('keeps a child that sets visibility:visible again', () => {
    expect(
      visibleText('.h{visibility:hidden} .h b{visibility:visible}', '<p class="h">藏<b>显示的字</b></p>'),
    ).toBe('显示的字');
  });

  it('lets a more specific rule, a later rule, !important and the style attribute win as a browser does', () => {
    expect(visibleText('.j{display:none} p .j{display:inline}', '<p>甲<span class="j">乙</span></p>')).toBe(
      '甲乙',
    );
    expect(visibleText('.j{display:none} .j{display:inline}', '<p>甲<span class="j">乙</span></p>')).toBe(
      '甲乙',
    );
    expect(
      visibleText(
        '.j{display:none !important} #x{display:inline}',
        '<p>甲<span id="x" class="j">乙</span></p>',
      ),
    ).toBe('甲');
    expect(visibleText('.j{display:none}', '<p>甲<span class="j" style="display:inline">乙</span></p>')).toBe(
      '甲乙',
    );
  });

  it('reads the sheet as a desktop screen does: print rules and narrow-screen rules do not apply', () => {
    const css =
      '@media print{.a{display:none}} @media (max-width:768px){.b{display:none}} @media screen{.c{display:none}}';
    expect(
      visibleText(
        css,
        '<p>甲<span class="a">乙</span><span class="b">丙</span><span class="c">丁</span></p>',
      ),
    ).toBe('甲乙丙');
  });

  it('does not take white text on a dark or pictured box for hidden text', () => {
    const css = '.dark{background:#c00} .pic{background:url(x.png)} .w{color:#fff}';
    expect(
      visibleText(
        css,
        '<p class="dark"><span class="w">红底白字</span></p><p class="pic"><span class="w">图上白字</span></p>',
      ),
    ).toBe('红底白字\n图上白字');
  });

  it('reads HTML colour attributes as a browser does: <font color> hides on white, not on a bgcolor cell', () => {
    expect(
      visibleText(
        '',
        `<p>${PARA}<font color="#ffffff">www.fanwen.example.cn</font><font color="FFFFFF">范文网</font></p>` +
          '<table><tr><td bgcolor="#003399"><font color="#ffffff">蓝底白字</font></td></tr></table>' +
          '<p><font color="red">红字</font></p>',
      ),
    ).toBe(`${PARA}\n蓝底白字\n红字`);
    // A rule of the page's sheet outranks the attribute; a box the sheet draws is under the text.
    expect(visibleText('font{color:#333}', `<p><font color="#fff">深色字</font></p>`)).toBe('深色字');
    expect(
      visibleText('.banner{background:#c00}', '<div class="banner"><font color="#fff">红底白字</font></div>'),
    ).toBe('红底白字');
  });

  it('does not take a light colour every link of the page is given for hiding: the words of a sentence stay', () => {
    // `a{color:#fff}` is a dark header's link colour, undone in the article by a linked sheet a saved page lacks.
    const body = `<p>公司宣布向<a href="/q/BA">某航空集团</a>订购30架客机。</p><p>学习<span class="j">码</span>贯彻。</p>`;
    expect(visibleText('a{color:#fff} a:hover{color:#ffbc05} .j{color:#fff}', body)).toBe(
      '公司宣布向某航空集团订购30架客机。\n学习贯彻。',
    );
    // Singled out by a class or an id, light text is still junk.
    expect(visibleText('.art a.w{color:#fff}', `<p class="art">正文<a class="w" href="/">码</a>。</p>`)).toBe(
      '正文。',
    );
  });

  it('answers a selector the DOM must run (a:link) the same for every element, however often it is asked', () => {
    // Past the first few elements the page is asked once for all the selector matches (sheetRules.ts).
    const links = Array.from({ length: 12 }, (_, i) => `<a href="/j/${i}">码${i}</a>`).join('');
    const body = `<div class="art"><p>正文开头。${links}正文结尾。</p></div><div class="other"><a href="/k">链接</a></div>`;
    expect(visibleText('.art p a:link{display:none}', body)).toBe('正文开头。正文结尾。\n链接');
  });

  it('survives a sheet it cannot read and selectors this DOM cannot run', () => {
    expect(
      visibleText('p::selection{color:red} a:hover{display:none} .x{ ', '<p>正文。<a href="#">链接</a></p>'),
    ).toBe('正文。链接');
  });
});

describe('a hidden box that holds the whole text is read as shown', () => {
  // WeChat ships #js_content visibility:hidden (its script reveals it); a saved page must read the same.
  it('reads a visibility:hidden text box with a speech in it, and still drops the junk inside it', () => {
    const body = `<div id="js_content" style="visibility:hidden;opacity:0">${`<p>${PARA}</p>`.repeat(6)}<p>同志们<span style="font-size:0">abc123</span>：谢谢大家！</p></div>`;
    const doc = page(body);
    const text = collectLines(doc.body, cascadeVisibility(doc)).map((l) => l.text);
    expect(text).toHaveLength(7);
    expect(text[6]).toBe('同志们：谢谢大家！');
  });

  it('reads a short hidden box that holds most of the page: a WeChat post of pictures with a few lines', () => {
    const pic = (i: number) => `<p><img src="https://mmbiz.qpic.cn/${i}.jpg" width="1080" height="720"></p>`;
    const lines = [
      '3月1日，县委书记深入乡镇调研乡村振兴工作，实地察看产业发展情况。',
      '他强调，要坚持农业农村优先发展，因地制宜发展特色产业，带动群众增收致富。',
    ];
    const doc = page(
      `<h1>县委书记调研乡村振兴工作</h1><div id="js_content" style="visibility:hidden">${pic(1)}<p>${lines[0]}</p>${pic(2)}${pic(3)}<p>${lines[1]}</p>${pic(4)}</div>`,
    );
    expect(collectLines(doc.body, cascadeVisibility(doc)).map((l) => l.text)).toEqual([
      '县委书记调研乡村振兴工作',
      ...lines,
    ]);
    const r = extractSpeech(doc, 'https://mp.weixin.qq.com/s/abc');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n')).toEqual(lines);
  });

  it('drops a hidden box that holds only a line or two', () => {
    const doc = page(
      `<p>${PARA}</p><div style="visibility:hidden"><p>本文来自某某范文网，转载请注明。</p></div>`,
    );
    expect(collectLines(doc.body, cascadeVisibility(doc)).map((l) => l.text)).toEqual([PARA]);
  });

  it('never reads a display:none box, however long', () => {
    const doc = page(
      `<p>${PARA}</p><div class="m">${`<p>${PARA}</p>`.repeat(8)}</div>`,
      '<style>.m{display:none}</style>',
    );
    expect(collectLines(doc.body, cascadeVisibility(doc))).toHaveLength(1);
  });
});

describe('the engine uses the page sheets by default and an injected test when given one', () => {
  const body = `<h1>在全县工作会议上的讲话</h1>${`<p>${PARA}</p>`.repeat(4)}<p>最后<b class="j">[干扰码]</b>一段。</p>`;
  const doc = () => page(body, '<title>在全县工作会议上的讲话</title><style>.j{display:none}</style>');
  it('by default', () => {
    const r = extractSpeech(doc(), 'https://example.cn/a.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body).not.toContain('干扰码');
  });
  it('injected', () => {
    const r = extractSpeech(doc(), 'https://example.cn/a.html', { isHidden: () => 0 });
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body).toContain('干扰码');
  });
});

describe('colours', () => {
  it.each([
    ['#fff', [255, 255, 255, 1]],
    ['#FFFFFF', [255, 255, 255, 1]],
    ['#ffffff00', [255, 255, 255, 0]],
    ['rgb(1, 2, 3)', [1, 2, 3, 1]],
    ['rgba(1,2,3,0.5)', [1, 2, 3, 0.5]],
    ['rgb(1 2 3 / 50%)', [1, 2, 3, 0.5]],
    ['transparent', [0, 0, 0, 0]],
  ])('%s', (text, rgba) => {
    expect(parseColor(text)).toEqual(rgba);
  });
  it('hides text that matches its background or has no alpha, nothing else', () => {
    expect(colorHides([250, 250, 250, 1], [255, 255, 255, 1])).toBe(true);
    expect(colorHides([0, 0, 0, 0], undefined)).toBe(true);
    expect(colorHides([200, 200, 200, 1], [255, 255, 255, 1])).toBe(false);
    expect(colorHides([255, 255, 255, 1], undefined)).toBe(false);
    expect(parseColor('currentColor')).toBeUndefined();
  });
});

describe('colour on a box drawn with thick borders is not a hiding colour', () => {
  it('keeps a white label over a 1.1em coloured border (a WeChat section heading)', () => {
    const css =
      '.tag{border-left:1.1em solid #c00;border-right-width:1.1em} .tag span{color:rgb(254,255,253)}';
    expect(visibleText(css, '<section class="tag"><span>热点资讯</span></section>')).toBe('热点资讯');
  });
});

describe('class names every framework uses for hidden', () => {
  it.each(['hidden', 'd-none', 'sr-only', 'screen-reader-text', 'ng-hide', 'visually-hidden'])(
    '.%s is hidden without its stylesheet, in the CLI and in the browser alike',
    (name) => {
      expect(visibleText('', `<p>正文。</p><div class="overlay ${name}"><p>Back to Gallery</p></div>`)).toBe(
        '正文。',
      );
      expect(hiddenByClassName(page(`<p class="${name}">x</p>`).querySelector('p') as Element)).toBe(true);
    },
  );
  it('not a class that merely contains the word', () => {
    expect(visibleText('', '<div class="overflow-hidden hidden-xs"><p>正文。</p></div>')).toBe('正文。');
  });
});

describe('the parsed-page cascade answers the same in any order it is asked', () => {
  it('an element asked before its parent, or after another branch, gets the state the walk gives it', () => {
    const doc = page(
      '<div class="v"><p id="a">甲<span id="b">乙</span></p><p class="shown" id="c">丙</p></div><div id="d"><font color="#ffffff" id="e">丁</font><span class="z" id="f">戊</span></div>',
      '<style>.v{visibility:hidden} .v .shown{visibility:visible} .z{font-size:0}</style>',
    );
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const el = (id: string) => doc.getElementById(id) as Element;
    const inOrder = cascadeVisibility(doc);
    const walked = ids.map((id) => inOrder(el(id)));
    // visibility:hidden inherited (2) and undone by .shown; white <font> (8); font-size:0 (4).
    expect(walked).toEqual([2, 2, 0, 0, 8, 4]);
    const reversed = cascadeVisibility(doc);
    expect([...ids].reverse().map((id) => reversed(el(id)))).toEqual([...walked].reverse());
    const jumping = cascadeVisibility(doc);
    expect(['f', 'b', 'e', 'a', 'c', 'b', 'd'].map((id) => jumping(el(id)))).toEqual([4, 2, 8, 2, 0, 2, 0]);
  });
});

describe('a site-wide sheet: only rules whose selectors can match on this page are read', () => {
  it('still applies rules keyed by a tag, by * and by a class the page carries, amid rules for other pages', () => {
    const others = Array.from({ length: 50 }, (_, i) => `.other-page-${i} span{display:none}`).join(' ');
    const css = `${others} div.box b{display:none} .box *{visibility:hidden} .box i{visibility:visible} #m{font-size:0}`;
    expect(
      visibleText(
        css,
        '<div class="box"><p>正文<b>水印</b><i>可见</i><span>隐藏</span></p></div><p id="m">码</p>',
      ),
    ).toBe('可见');
  });
});
