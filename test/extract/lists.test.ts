import { describe, expect, it } from 'vitest';
import { extractSpeech, isCaptureError } from '../../src/extract';
import { page } from '../helpers/parse';

const PARAS = [
  '市人社局日前出台《关于进一步做好稳就业工作的若干措施》，提出二十条具体举措。',
  '措施提出，对吸纳高校毕业生就业的小微企业，按每人一千元的标准给予一次性补贴。',
  '措施同时明确，各县区要建立重点企业用工服务专员制度，及时解决企业招工难题。',
  '市人社局负责人表示，将加强督促检查，确保各项政策落地见效，让企业和群众有获得感。',
];
const link = (t: string, i: number) => `<a href="/n/${i}.html">${t}</a><br>`;

describe('a list page is refused, an article with a related list after it is not', () => {
  it('eight related links after four paragraphs, in the same box', () => {
    const related = [...Array(8).keys()].map((i) => link(`第${i + 1}条相关新闻标题在这里`, i)).join('');
    const doc = page(
      `<h1>市人社局出台稳就业措施</h1><div id="c">${PARAS.map((p) => `<p>${p}</p>`).join('')}${related}</div>`,
    );
    const r = extractSpeech(doc, 'https://news.example.cn/a/1.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n')).toEqual(PARAS);
  });
  it('a news flash of two sentences under the page’s own headline is the text, not a list page', () => {
    const related = [...Array(6).keys()]
      .map((i) => `<li>${link(`第${i + 1}条相关新闻标题在这里`, i)}<span>2024/05/0${i + 1}</span></li>`)
      .join('');
    const doc = page(
      `<div class="path">首页 &gt; 财经 &gt; 正文</div><h1>市统计局发布一季度经济数据 增速好于预期</h1><div class="time">2024-04-18 10:20:31　来源：市统计局</div><div class="share">分享到：</div><div id="endText"><p>市统计局今天发布数据，一季度全市地区生产总值同比增长百分之五点八。</p><p>其中，规模以上工业增加值增长百分之六点二。</p></div><ul class="related">${related}</ul>`,
      '<title>市统计局发布一季度经济数据 增速好于预期_财经频道</title>',
    );
    const r = extractSpeech(doc, 'https://news.example.cn/24/0418/a.html');
    expect(isCaptureError(r) ? r.error.code : r.body.split('\n')).toEqual([
      '市统计局今天发布数据，一季度全市地区生产总值同比增长百分之五点八。',
      '其中，规模以上工业增加值增长百分之六点二。',
    ]);
  });
  it('a briefing’s round-up set in the article’s own box (linked headlines over whole paragraphs) is text', () => {
    const items = [
      [
        '市人社局：将扩大公益性岗位规模',
        '市人社局负责人在发布会上表示，今年将新开发公益性岗位两千个，优先安置就业困难人员。',
      ],
      [
        '市人社局：创业担保贷款额度提高',
        '市人社局负责人介绍，个人创业担保贷款最高额度由二十万元提高到三十万元，贴息政策不变。',
      ],
      [
        '市人社局：开展技能培训三万人次',
        '市人社局负责人表示，全年将组织各类职业技能培训三万人次，培训合格的按规定给予补贴。',
      ],
    ];
    const roundUp = items.map(([h, p], i) => `<p>${link(h as string, i)}</p><p>${p}</p>`).join('');
    const doc = page(
      `<h1>市人社局出台稳就业措施</h1><div id="endText"><p>${PARAS[0]}${PARAS[1]}</p><p>${PARAS[2]}${PARAS[3]}</p><p>【发布会新闻汇总】</p>${roundUp}</div>`,
    );
    const r = extractSpeech(doc, 'https://news.example.cn/a/2.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    for (const [h, p] of items) {
      expect(r.body).toContain(h);
      expect(r.body).toContain(p);
    }
  });
  it('links interleaved with their excerpts', () => {
    const items = [...Array(10).keys()]
      .map(
        (i) =>
          `<div class="item"><h3>${link(`第${i + 1}篇讲话稿标题`, i)}</h3><p>${PARAS[i % 4]?.slice(0, 30)}……</p></div>`,
      )
      .join('');
    const r = extractSpeech(page(`<div class="list">${items}</div>`), 'https://fanwen.example.cn/list/');
    expect(isCaptureError(r) && r.error.code).toBe('list-page');
  });
  it('a page of short paragraphs beside rows of one-word links is text, not a list of documents', () => {
    // An about page: the tools it names are links of a word or two each, no title among them.
    const tools = ['数据', '公文', '档案', '会议', '督查', '信访', '值班', '保密', '机要', '调研'];
    const rows = tools.map((t, i) => `<li>${link(t, i)}</li>`).join('');
    const doc = page(
      `<h1>关于本站</h1><div id="c">${PARAS.map((p, i) => `<p>${p}</p>${i === 1 ? `<ul>${rows}</ul>` : ''}`).join('')}</div>`,
    );
    const r = extractSpeech(doc, 'https://www.example.gov.cn/about.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n')).toEqual(PARAS);
  });
});

describe('teaser cards: a linked title running on into a cut excerpt', () => {
  const card = (i: number) =>
    `<li><a href="/n/${i}.html">第${i + 1}条其他新闻的标题文字</a><span>${PARAS[i % 4]?.slice(0, 28)}...</span></li>`;
  const cards = (n: number) => `<ul>${[...Array(n).keys()].map(card).join('')}</ul>`;

  it('are another stories’ teasers beside the article, however much they weigh together', () => {
    const doc = page(
      `<div id="rail">${cards(12)}</div><div id="c">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    const r = extractSpeech(doc, 'https://news.example.cn/a/2.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n')).toEqual(PARAS);
  });
  it('make a list page when they are all the page holds', () => {
    const r = extractSpeech(page(cards(12)), 'https://news.example.cn/list/');
    expect(isCaptureError(r) && r.error.code).toBe('list-page');
  });
  it('a rail of linked headlines over their excerpts, three pairs or more, beside the article', () => {
    const rail = [...Array(6).keys()]
      .map(
        (i) =>
          `<h3><a href="/d/${i}.html">第${i + 1}条优惠活动的标题文字</a></h3><p>${PARAS[i % 4]?.slice(0, 30)}</p>`,
      )
      .join('');
    const doc = page(
      `<div id="main"><div id="c">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div><div>${rail}</div></div>`,
    );
    const r = extractSpeech(doc, 'https://news.example.cn/a/4.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n')).toEqual(PARAS);
  });
  it('a run of teasers with a date under each headline and a 详细 link after each excerpt', () => {
    const rail = [...Array(4).keys()]
      .map(
        (i) =>
          `<h4><a href="/d/${i}.html">第${i + 1}条其他新闻的标题文字</a></h4><span>2024-05-0${i + 1}</span><p>${PARAS[i % 4]}</p><a href="/d/${i}.html">详细</a>`,
      )
      .join('');
    const doc = page(
      `<div id="main"><div id="c">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div><div>${rail}</div></div>`,
    );
    const r = extractSpeech(doc, 'https://news.example.cn/a/6.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n')).toEqual(PARAS);
  });
  it('cards that give the headline twice (over the picture and under it) and a section link before the excerpt', () => {
    const rail = [...Array(3).keys()]
      .map((i) => {
        const h = `<a href="/d/${i}.html">第${i + 1}条其他新闻的标题文字</a>`;
        return `<div class="card">${h}<div><a href="/guonei/">国内</a></div><h3>${h}</h3><p>${PARAS[i]}</p></div>`;
      })
      .join('');
    const doc = page(
      `<div id="main"><div id="c">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div><div>${rail}</div></div>`,
    );
    const r = extractSpeech(doc, 'https://news.example.cn/a/7.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n')).toEqual(PARAS);
  });
  it('answers under their answerers’ linked names are not teasers', () => {
    const answers = PARAS.slice(0, 3)
      .map(
        (p, i) =>
          `<div class="answer"><a href="/usercenter?uid=${i}">热心市民张先生的账号${i}</a><p>${p}</p></div>`,
      )
      .join('');
    const r = extractSpeech(
      page(`<h1>稳就业有哪些措施？</h1><div id="answers">${answers}</div>`),
      'https://zhidao.example.com/question/1.html',
    );
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body).toContain(PARAS[0]);
  });
  it('a product page’s sections (a name, what it does, a link to learn more) are text, not teasers', () => {
    const tools = ['公文起草', '会议纪要', '督查督办', '信息报送'];
    const html = tools
      .map(
        (t, i) => `<h4>${t}</h4><p>${PARAS[i]}</p><p><a href="/tools/${i}">进一步了解${t}功能的用法</a></p>`,
      )
      .join('');
    const r = extractSpeech(page(`<div id="c">${html}</div>`), 'https://www.example.cn/tools/');
    if (isCaptureError(r)) throw new Error(r.error.code);
    for (const p of PARAS) expect(r.body).toContain(p);
  });
  it('sections that open with a linked heading over a full paragraph are text', () => {
    const long = (p: string) => `${p}${p}${p}${p}`;
    const html = PARAS.map(
      (p, i) => `<h3><a href="#s${i}">第${i + 1}部分的小标题文字</a></h3><p>${long(p)}</p>`,
    ).join('');
    const r = extractSpeech(page(`<div id="c">${html}</div>`), 'https://news.example.cn/a/5.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body).toContain(long(PARAS[3] as string));
  });
  it('one paragraph opened by a link and stopped short is text', () => {
    const cut = `<p><a href="/law/1.html">《中华人民共和国劳动法》</a>规定，用人单位应当保障劳动者的休息权利……</p>`;
    const doc = page(`<div id="c">${PARAS.map((p) => `<p>${p}</p>`).join('')}${cut}</div>`);
    const r = extractSpeech(doc, 'https://news.example.cn/a/3.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body).toContain('规定，用人单位应当保障劳动者的休息权利');
  });
});

describe('a short label inside a run of links goes with the list', () => {
  it('证券要闻 between linked headlines under the text', () => {
    const tail = `<div><p>要闻速递</p><p>${link('甲地出台新政 支持企业扩大投资', 1)}</p><p>${link('乙地发布规划 建设现代化产业体系', 2)}</p><p>行业观察</p><p>${link('丙行业迎来旺季 订单同比增长三成', 3)}</p><p>${link('丁行业加快转型 智能制造成为主流', 4)}</p></div>`;
    const doc = page(
      `<h1>市人社局出台稳就业措施</h1><div id="c">${PARAS.map((p) => `<p>${p}</p>`).join('')}${tail}</div>`,
    );
    const r = extractSpeech(doc, 'https://news.example.cn/a/2.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n')).toEqual(PARAS);
  });
});

describe('why a page holds no speech', () => {
  it('a page of menus and a short message is no-text, not a list page or an image preview', () => {
    const menus = [
      '首页',
      '新闻',
      '网页',
      '贴吧',
      '知道',
      '音乐',
      '图片',
      '视频',
      '地图',
      '百科',
      '文库',
      '经验',
    ]
      .map((t, i) => link(t, i))
      .join('');
    const r = extractSpeech(
      page(`<div>${menus}</div><img src="/x.gif"><div>找不到问题了，该问题可能已经失效。</div>`),
      'https://zhidao.example.com/q/1.html',
    );
    expect(isCaptureError(r) && r.error.code).toBe('no-text');
  });
  it('page images side by side in a viewer are an image-only document', () => {
    const pages = [1, 2, 3]
      .map((n) => `<div class="pg"><img src="/p/${n}.png" width="800" height="1130"></div>`)
      .join('');
    const r = extractSpeech(
      page(`<h1>在全县大会上的讲话.pdf</h1><div class="viewer">${pages}</div>`),
      'https://doc.example.com/d/1.html',
    );
    expect(isCaptureError(r) && r.error.code).toBe('image-only');
  });
});

describe('a data table is the document when it is all the page shows', () => {
  const table = `<table><tbody><tr><td>序号</td><td>当事人名称</td><td>处罚内容</td><td>作出决定机关</td></tr><tr><td>1</td><td>某某保险股份有限公司某市分公司</td><td>罚款三十万元</td><td>某市监管分局</td></tr><tr><td>2</td><td>张某（时任该公司副总经理）</td><td>警告并罚款五万元</td><td>某市监管分局</td></tr>${[3, 4, 5, 6].map((n) => `<tr><td>${n}</td><td>某某财产保险股份有限公司第${n}支公司</td><td>给予投保人保险合同约定以外的其他利益，罚款十万元</td><td>某市监管分局</td></tr>`).join('')}</tbody></table>`;
  it('its cells are read one a line, the title broken by <br> read whole', () => {
    const doc = page(
      `<div class="nav">${[...Array(12).keys()].map((i) => link(`栏目${i}`, i)).join('')}</div><div class="title">某市监管分局行政处罚信息公开表<br>（某罚决字〔2024〕5号）</div><div id="content">${table}</div><div class="foot">主办单位：某市监管分局 版权所有</div>`,
    );
    const r = extractSpeech(doc, 'https://www.example.gov.cn/a/1.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.title).toBe('某市监管分局行政处罚信息公开表（某罚决字〔2024〕5号）');
    expect(r.body.split('\n').slice(0, 5)).toEqual(['序号', '当事人名称', '处罚内容', '作出决定机关', '1']);
  });
  it('not a metadata table of labels, nor a table of links', () => {
    const meta =
      '<table><tr><td>索引号：</td><td>000014349</td><td>发布机构：</td><td>某县政府</td></tr><tr><td>成文日期：</td><td>2024-01-01</td><td>文号：</td><td>某政发〔2024〕1号</td></tr></table>';
    const r = extractSpeech(
      page(`${meta}<div class="c">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`),
      'https://www.example.gov.cn/a/2.html',
    );
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n')).toEqual(PARAS);
  });
});

describe('chrome set beside the text', () => {
  it('drops a related link in brackets closing a paragraph, a portal’s way back, a date box and the masthead above the title', () => {
    const doc = page(
      `<div class="head"><div class="site">某某新闻</div><div class="post-time">2024年3月1日 10:00</div></div><h1>市人社局出台稳就业措施</h1><div id="c">${PARAS.map((p) => `<p>${p}</p>`).join('')}<p>市人社局表示，将持续跟踪政策效果，及时完善配套措施。（<a href="/n/9.html">全市招聘会下周举行</a>）</p><p>措施自发布之日起施行。返回某某，查看更多</p></div>`,
    );
    const r = extractSpeech(doc, 'https://news.example.cn/a/3.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n')).toEqual([
      ...PARAS,
      '市人社局表示，将持续跟踪政策效果，及时完善配套措施。',
      '措施自发布之日起施行。',
    ]);
  });
  it('keeps a bracketed link the sentence cites, a reference of a few Latin words (Bug 1664144, PDF)', () => {
    const lead =
      'This week the team landed a long list of fixes for the next release, and several of them come from new contributors who sent their first patches. ';
    const cites = [
      `${lead}The update now waits while another copy of the browser is still running on the same profile (<a href="/b/1">Bug 1553982</a>)`,
      `${lead}The council published its full budget for the coming year on the city website this morning (<a href="/b.pdf">PDF</a>)`,
      `${lead}Printing now accepts ranges of pages that do not follow each other, such as one to three and then six (<a href="/b/2">Bug 499640</a>)`,
    ];
    const doc = page(`<h1>Release notes</h1><div id="c">${cites.map((p) => `<p>${p}</p>`).join('')}</div>`);
    const r = extractSpeech(doc, 'https://blog.example.org/notes/85.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n')).toEqual(cites.map((c) => c.replace(/<[^>]+>/g, '')));
  });
});

describe('a table of the text keeps the paragraphs set beside it', () => {
  it('the lead paragraphs before a table of entries, in the same box, are the text’s opening', () => {
    const rows = [
      ['红旗渠', '1970', '林县人民历时十年，在太行山腰修建引漳入林的人工天河，被誉为“人工天河”。'],
      ['焦裕禄', '1990', '县委书记带领干部群众治理风沙、内涝和盐碱，把全部心血献给兰考人民。'],
      ['塞罕坝', '2017', '三代林场建设者在高原荒漠上接续奋斗，建成世界上面积最大的人工林场。'],
      ['十八洞村', '2013', '湘西苗寨立足资源禀赋发展特色产业，走出一条可复制可推广的脱贫之路。'],
      ['余村', '2005', '浙北山村关停矿山、修复生态，发展乡村旅游，践行绿水青山就是金山银山。'],
      ['小岗村', '1978', '十八户农民按下红手印，率先实行包产到户，拉开农村改革的序幕。'],
    ];
    const lead = [
      '本表收录党员干部教育中常用的典型案例，按案例名称、年份和简介排列，供各支部开展主题党日时选用。',
      '各支部可结合本单位实际，选取一至两个案例组织集中学习，并撰写心得体会。',
    ];
    // Forty entries: the table outweighs its two lead paragraphs, as a long list does.
    const entries = Array.from({ length: 40 }, (_, i) => rows[i % rows.length] as string[]).map(
      ([name, year, about], i) => [`${name}（${i + 1}）`, year, about],
    );
    const table = `<table><caption>典型案例一览</caption><tr><th>名称</th><th>年份</th><th>简介</th></tr>${entries
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</table>`;
    // The box also holds the site's link boxes after the table, which weigh against it.
    const links = `<div class="navbox">${Array.from({ length: 60 }, (_, i) => `<a href="/dj/${i}.html">党建工作专题栏目第${i + 1}期</a>`).join(' ')}</div>`;
    const doc = page(
      `<h1>党员教育典型案例选编</h1><div class="content">${lead.map((p) => `<p>${p}</p>`).join('')}${table}${links}</div>`,
      '<title>党员教育典型案例选编_党建工作</title>',
    );
    const r = extractSpeech(doc, 'https://www.example.gov.cn/dj/1.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n').slice(0, 2)).toEqual(lead);
    expect(r.body).toContain(rows[5]?.[2]);
  });
});
