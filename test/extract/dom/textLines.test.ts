import { describe, expect, it } from 'vitest';
import { collectLines, isSpace } from '../../../src/extract/dom/textLines';
import { page } from '../../helpers/parse';

describe('collectLines', () => {
  it('counts a line’s link characters without any kind of space', () => {
    // Ideographic, no-break and thin spaces inside the link are not link characters: its 7 letters are.
    const doc = page('<p>见<a href="/a">相关\u3000文章\u00a0第\u2009一篇</a>全文</p>');
    const [line] = collectLines(doc.body);
    expect(line?.linkChars).toBe(7);
    expect(line?.text).toBe('见相关\u3000文章 第\u2009一篇全文');
  });

  it('gives a line the context of its first visible characters, not of the spaces before them', () => {
    const centred = (html: string) => collectLines(page(html).body)[0]?.centered;
    expect(centred('<p> <span style="text-align:center">标题</span></p>')).toBe(true);
    expect(centred('<p>甲<span style="text-align:center">标题</span></p>')).toBe(false);
  });

  it('reads the classes of <body> and <main> as feature flags, not as a caption, date or comment box', () => {
    const kinds = (html: string) =>
      collectLines(page(html).body).map((l) => [l.caption, l.dated, l.comment].join(' '));
    const flags = 'f_caption_muted_videos_on f_timestamp_on f_comments_ad_on';
    expect(kinds(`<body class="${flags}"><main class="${flags}"><p>正文第一段。</p></main></body>`)).toEqual([
      'false false false',
    ]);
    // Inside the page, the same names do mark their boxes.
    expect(
      kinds('<div class="img-caption">图为会议现场</div><div class="pub-time">2024-05-01</div>'),
    ).toEqual(['true false false', 'false true false']);
  });

  it('takes a box named for a date for a date box only when it holds no more than a date line', () => {
    const dated = (html: string) => collectLines(page(html).body).map((l) => `${l.dated} ${l.text}`);
    // A blog's `.date-posts` holds the day's posts: their title and short lines with a figure are text.
    const para = '今年以来，全县上下坚持稳中求进工作总基调，经济运行总体平稳、稳中向好，各项工作取得新进展。';
    expect(
      dated(`<div class="date-outer"><h2 class="date-header">2016年5月8日</h2><div class="date-posts">
        <h3>2016年工作总结</h3><p>${para.repeat(3)}</p><p>第2部分</p></div></div>`),
    ).toEqual(['true 2016年5月8日', 'false 2016年工作总结', `false ${para.repeat(3)}`, 'false 第2部分']);
    expect(dated('<div class="date-info">发布时间：2024-05-01 来源：县政府办公室</div>')).toEqual([
      'true 发布时间：2024-05-01 来源：县政府办公室',
    ]);
  });

  it('reads as a space exactly what JavaScript’s \\s does', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
