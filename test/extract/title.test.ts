import { describe, expect, it } from 'vitest';
import { extractSpeech, isCaptureError } from '../../src/extract';
import {
  cleanTitle,
  findTitle,
  labelledTitle,
  labelledTitles,
  pickTitle,
  titleSegments,
} from '../../src/extract/title';
import { parseHtml } from '../helpers/parse';

describe('cleanTitle', () => {
  it.each([
    ['2023年区长在区委政协工作会议上的致辞.docx', '2023年区长在区委政协工作会议上的致辞'],
    ['在全市统计工作会议上的讲话.pdf', '在全市统计工作会议上的讲话'],
    ['三區(qū)政協主席秘書長聯席會交流材料', '三區政協主席秘書長聯席會交流材料'],
    ['重磅｜县委书记在全县乡村振兴工作推进会上的讲话（全文）', '县委书记在全县乡村振兴工作推进会上的讲话'],
    ['【学习】校党委书记在开学典礼上的讲话', '校党委书记在开学典礼上的讲话'],
    ['独家 | 市长在全市科技创新大会上的讲话(附全文)', '市长在全市科技创新大会上的讲话'],
    ['求一篇在村两委换届选举大会上的讲话', '在村两委换届选举大会上的讲话'],
    ['誰有一份教師節校長致辭', '教師節校長致辭'],
    ['区委书记在人大政协工作会议上的讲话稿怎么写？', '区委书记在人大政协工作会议上的讲话稿'],
    ['求一篇教师节校长发言稿?', '教师节校长发言稿'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanTitle(raw)).toBe(clean);
  });

  it.each([
    '求真务实勇于担当——在全县干部大会上的讲话',
    '植樹節活動講話稿（精選3篇）',
    'Full text: Mayor’s speech on the city’s housing plan',
    '省政府新闻办“推进制造业数字化转型”新闻发布会实录',
    '我们为什么出发？——在开学典礼上的讲话',
    '青春为何而奋斗？',
  ])('keeps %s', (title) => {
    expect(cleanTitle(title)).toBe(title);
  });
});

describe('titleSegments', () => {
  it.each([
    ['在区委工作会议上的讲话_知答网', ['在区委工作会议上的讲话', '知答网']],
    ['新闻动态--中国地理学会官网', ['新闻动态', '中国地理学会官网']],
    [
      'Remarks at the 2024 Commencement Ceremony | Office of the President | Lakeshore',
      ['Remarks at the 2024 Commencement Ceremony', 'Office of the President', 'Lakeshore'],
    ],
  ])('%s', (title, segments) => {
    expect(titleSegments(title)).toEqual(segments);
  });
});

describe('pickTitle', () => {
  it('the heading that agrees with <title>', () => {
    expect(
      pickTitle(
        ['知答网', '在区委工作会议上的讲话'],
        '在区委工作会议上的讲话',
        '在区委工作会议上的讲话_知答网',
      ),
    ).toBe('在区委工作会议上的讲话');
  });
  it('not a breadcrumb that repeats the channel', () => {
    expect(
      pickTitle(
        ['首页 - 新闻动态', '2019年学术年会成功举行'],
        '2019年学术年会成功举行',
        '新闻动态--某学会官网',
      ),
    ).toBe('2019年学术年会成功举行');
  });
  it('not a logo heading when <title> is only the site name', () => {
    expect(
      pickTitle(
        ['安平县人民政府', '政务公开', '在全县水利建设动员大会上的讲话'],
        '在全县水利建设动员大会上的讲话',
        '安平县人民政府',
      ),
    ).toBe('在全县水利建设动员大会上的讲话');
  });
  it('a heading with curly quotes agrees with a <title> that has straight ones', () => {
    const head = 'Mayor Says the Depot Homes “Will Be Let at Fair Rents”';
    expect(
      pickTitle(
        ['Town News Reporter', head].reverse(),
        'Town News Reporter',
        'Mayor Says the Depot Homes "Will Be Let at Fair Rents" - Town News',
      ),
    ).toBe(head);
  });
  it('keeps the space at a quote between Latin words, closes it up in Chinese', () => {
    expect(cleanTitle('Bought Online “Burned Her Up” From Within')).toBe(
      'Bought Online “Burned Her Up” From Within',
    );
    expect(cleanTitle('深入学习 “十四五” 规划')).toBe('深入学习“十四五”规划');
  });
  it('the heading that <title> and og:title both give, over the longer dek under it', () => {
    const head = 'Did the Council Sell the Tram Depot?';
    const dek =
      'A claim shared in March 2024 said the council had sold the old depot site to a developer in secret.';
    expect(pickTitle([head, dek], dek, head, head)).toBe(head);
  });
  it('not a caption set as a heading under it, a paragraph long', () => {
    const head = 'Cargo ship breaks up over the mountains';
    const caption = `In this photo taken on Tuesday the rocket with the cargo ship stands on its launch pad. ${'The ship broke up minutes after the launch, the agency said. '.repeat(3)}(Agency photo)`;
    expect(
      pickTitle(['Other story of the day', head, caption], caption, head, 'Town News - Latest News'),
    ).toBe(head);
  });
  it('og:title over a masthead heading that is all of a one-part <title>', () => {
    const og = "Mayor's address at the friendship forum";
    expect(pickTitle(['The Riverside Times'], 'The Riverside Times', 'The Riverside Times', og)).toBe(og);
    // A short og:title (the site's name) does not displace the heading that names the document.
    expect(
      pickTitle(['在全县工作会议上的讲话'], '在全县工作会议上的讲话', '在全县工作会议上的讲话', '人民网'),
    ).toBe('在全县工作会议上的讲话');
  });
  it('the heading that says what og:title says, over one that only holds it or is held in <title>', () => {
    const post = '在全市青年干部座谈会上的讲话';
    // A blog's name heads the page and opens <title> ("博客名: 文章名"), which no separator splits.
    expect(pickTitle(['青山随笔', post], post, `青山随笔: ${post}`, post)).toBe(post);
    // A sticky bar repeats the headline after its section ("要闻|…") above the headline itself.
    expect(pickTitle([`要闻|${post}`, post], post, `${post} - 某某日报`, post)).toBe(post);
  });
  it('the heading twitter:title gives when <title> and og:title each say another headline', () => {
    const head = 'Why Neon Is the Ultimate Symbol of the 20th Century';
    const dek = 'The once-ubiquitous form of lighting was novel when it first emerged in the early 1900s.';
    expect(
      pickTitle(
        [head, dek],
        dek,
        'A Brief History of Neon Signage - CityLab',
        'The Modern Ambitions Behind Neon',
        head,
      ),
    ).toBe(head);
  });
  it('<title> when the page has no heading', () => {
    expect(pickTitle([], undefined, '常务副市长在全市安全生产工作会议上的讲话_领导讲话_梧川市人民政府')).toBe(
      '常务副市长在全市安全生产工作会议上的讲话',
    );
  });
});

describe('cleanTitle: spaces, notes and labels', () => {
  it.each([
    ['不忘初心担使命 传承红色基因', '不忘初心担使命 传承红色基因'],
    ['凝心聚力  再创佳绩', '凝心聚力 再创佳绩'],
    ['在 全 县 大 会 上 的 讲 话', '在全县大会上的讲话'],
    ['县长在全县春耕生产现场会上的讲话(图)', '县长在全县春耕生产现场会上的讲话'],
    ['全市冬季运动会开幕（组图）', '全市冬季运动会开幕'],
    ['奋力谱写高质量发展新篇章（学习进行时·深读）', '奋力谱写高质量发展新篇章'],
    ['同问什么是专项债？对地方发展有什么作用？', '什么是专项债？对地方发展有什么作用？'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanTitle(raw)).toBe(clean);
  });
});

describe('labelledTitle', () => {
  it.each([
    ['主题： 怎样写好一篇表态发言？', '怎样写好一篇表态发言？'],
    ['帖子主題：關於年終總結的寫法', '關於年終總結的寫法'],
    ['标题:乡镇换届工作会议讲话', '乡镇换届工作会议讲话'],
  ])('%s', (line, title) => {
    expect(labelledTitle(line)).toBe(title);
  });
  it('not a sentence about a topic', () => {
    expect(labelledTitle('主题教育要突出实效')).toBeUndefined();
  });
});

describe('findTitle: what the text box itself says', () => {
  const base = { docTitle: '', pageLines: [] as string[] };
  it('a main title over a —— subtitle that repeats the heading', () => {
    const r = findTitle({
      ...base,
      headings: ['全县教育工作会议报告'],
      opening: ['立德树人 砥砺奋进', '——全县教育工作会议报告', '张某某'],
    });
    expect(r).toEqual({ title: '立德树人 砥砺奋进——全县教育工作会议报告', consumed: ['立德树人 砥砺奋进'] });
  });
  it("the text box's own centred title over a heading that wraps it in a column and a name", () => {
    const r = findTitle({
      ...base,
      headings: ['理论学习（第12期）李某某在全省组织工作会议上的讲话'],
      opening: ['在全省组织工作会议上的讲话', '（2024年3月1日）'],
    });
    expect(r.title).toBe('在全省组织工作会议上的讲话');
  });
  it.each([
    ['某某市人民政府', { centred: ['市长在全市工作会议上的讲话'], opening: [] }],
    [
      '中共某某县委宣传部网站',
      { centred: [], opening: ['在全县宣传思想工作会议上的讲话', '（2024年3月1日）'] },
    ],
    ['某某日報', { centred: ['新聞中心', '在全港青年論壇上的致辭'], opening: [] }],
    [
      '某某省人民政府公报',
      { centred: [], opening: ['某某省人民政府关于加强安全生产工作的通知', '某政发〔2024〕3号'] },
    ],
  ])('the centred title above the text when <title> is only the site name (%s)', (docTitle, lines) => {
    // The site's logo as a heading says no more than <title>.
    const r = findTitle({ ...base, ...lines, docTitle, headings: [docTitle] });
    expect(r.title).toBe([...lines.centred, ...lines.opening.slice(0, 1)].pop());
  });
  it.each([
    ['在全县宣传思想工作会议上的讲话', [], '在全县宣传思想工作会议上的讲话'],
    ['某县2023年国民经济和社会发展统计公报', [], '某县2023年国民经济和社会发展统计公报'],
    ['在全市工作会议上的讲话_某某市人民政府', ['在全市工作会议上的讲话'], '在全市工作会议上的讲话'],
  ])('keeps what names the document: <title> %s, headings %j', (docTitle, headings, title) => {
    const r = findTitle({
      ...base,
      docTitle,
      headings,
      centred: ['县委书记 张某某同志在会上讲话'],
      opening: [],
    });
    expect(r.title).toBe(title);
  });
  it.each([
    ['在全县大会上的讲话-某县人民政府', '在全县大会上的讲话'],
    ['2023-2024学年第一学期工作总结-某某中学网站', '2023-2024学年第一学期工作总结'],
    ['当前位置：首页 > 要闻 > 在全县大会上的讲话', '在全县大会上的讲话'],
    // A hyphen inside the title with no site name after it stays.
    ['2023-2024学年工作总结', '2023-2024学年工作总结'],
  ])('with no heading, <title> %s names the document as %s', (docTitle, title) => {
    const r = findTitle({ ...base, docTitle, headings: [], centred: [], opening: [] });
    expect(r.title).toBe(title);
  });
  it('keeps the heading when the opening line is only a phrase of it', () => {
    const r = findTitle({ ...base, headings: ['全县召开经济工作会议'], opening: ['经济工作'] });
    expect(r.title).toBe('全县召开经济工作会议');
  });
  it('completes a headline the site cut with … from the page’s 原标题 line', () => {
    const r = findTitle({
      ...base,
      headings: ['重磅！全市老旧小区改造方案出炉！涉及…'],
      opening: [],
      pageLines: [
        '重磅！全市老旧小区改造方案出炉！涉及…',
        '（原标题：重磅！全市老旧小区改造方案出炉！涉及126个小区）',
      ],
    });
    expect(r.title).toBe('重磅！全市老旧小区改造方案出炉！涉及126个小区');
  });
  it('takes a forum’s labelled title line', () => {
    const r = findTitle({
      ...base,
      headings: ['主题： 基层调研报告怎么写'],
      opening: [],
      docTitle: '论坛 :: 首页',
    });
    expect(r.title).toBe('基层调研报告怎么写');
  });
});

describe('pickTitle: the document’s name, not the site’s', () => {
  it('a logo heading that matches only a later <title> segment loses to the article heading', () => {
    expect(
      pickTitle(
        ['某某博客 BLOG', '尖石乡_秀峦营地赏枫 (3)'],
        '尖石乡_秀峦营地赏枫 (3)',
        '尖石乡_秀峦营地赏枫 (3) @ 小王的家 :: 某某博客 BLOG ::',
        '尖石乡_秀峦营地赏枫 (3) @ 小王的家 :: 某某博客 BLOG ::',
      ),
    ).toBe('尖石乡_秀峦营地赏枫 (3)');
  });
});

describe('labelledTitles', () => {
  it('takes a label alone in its cell with its value in the next', () => {
    expect(
      labelledTitles([
        '索 引 号：',
        '000014349/2006-00212',
        '标　　题：',
        '某县人民政府关于做好防汛工作的通知',
        '发文字号：',
      ]),
    ).toEqual(['某县人民政府关于做好防汛工作的通知']);
  });
  it('drops a media tag in brackets before a short title', () => {
    expect(cleanTitle('【视频】春风十里')).toBe('春风十里');
  });
});

describe('cleanTitle: a column tag before a bar of any width', () => {
  it.each(['视频丨县委书记在全县大会上的讲话', '图解︱县委书记在全县大会上的讲话'])('%s', (raw) => {
    expect(cleanTitle(raw)).toBe('县委书记在全县大会上的讲话');
  });
});

describe('findTitle: a channel tail <title> appends, known from the breadcrumb', () => {
  const base = { headings: [] as string[], opening: [] as string[] };
  it.each([
    ['在全县大会上的讲话-党建工作', '首页 > 党建工作 > 正文', '在全县大会上的讲话'],
    ['关于做好防汛工作的通知_综合科', '当前位置：首页 > 信息公开 > 综合科', '关于做好防汛工作的通知'],
  ])('%s', (docTitle, crumb, title) => {
    expect(findTitle({ ...base, docTitle, pageLines: [crumb, '正文……'] }).title).toBe(title);
  });
  it.each([
    ['宜春市2023年国民经济和社会发展统计公报', '首页 > 统计公报'],
    ['关于成立县应急指挥中心', '首页 > 中心'],
  ])('keeps %s: the breadcrumb names the kind of document', (docTitle, crumb) => {
    expect(findTitle({ ...base, docTitle, pageLines: [crumb] }).title).toBe(docTitle);
  });
});

describe('a page whose <title> is only the site name', () => {
  it('files the speech under the bold centred title above its text, which is not repeated in it', () => {
    const para =
      '我们要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题，让改革发展成果更多更公平惠及全体人民。';
    const html = `<!doctype html><title>某某市人民政府</title><div class="crumb">当前位置：首页 &gt; 要闻</div>
      <div class="art"><p style="text-align:center"><strong>市长在全市工作会议上的讲话</strong></p>
      <div class="content">${[1, 2, 3, 4].map((i) => `<p>第${i}段，${para}</p>`).join('')}</div></div>`;
    const r = extractSpeech(parseHtml(html), 'https://www.example.gov.cn/a/1.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.title).toBe('市长在全市工作会议上的讲话');
    expect(r.body.split('\n')).toHaveLength(4);
    expect(r.body).not.toContain('市长在全市工作会议上的讲话');
  });
});
