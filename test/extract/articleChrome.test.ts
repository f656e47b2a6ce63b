import { describe, expect, it } from 'vitest';
import { extractSpeech, isCaptureError } from '../../src/extract';
import { page } from '../helpers/parse';

// Article pages whose chrome sits inside or around the text's box, each with its own variant of a family met
// on real pages (test/fixtures/real): a platform's flags on <body>, a gallery of other stories set in the
// article, an English "recommended" stream under it.
const PARAS = [
  'The council met on Tuesday evening to agree the budget for the coming year, and the leader opened the meeting by thanking the staff who had kept every service running through a difficult winter.',
  'She said the town would build two hundred new homes on land it already owns, starting with the old tram depot, and that every one of them would be let at a rent local workers can afford.',
  'The plan also doubles the money for youth clubs and keeps the libraries open on Sundays, which residents asked for in the consultation held over the summer months.',
  'Members voted for the budget by thirty votes to four after a debate that ran past midnight, and the first homes are due to be finished before the end of next year.',
];
const article = PARAS.map((p) => `<p>${p}</p>`).join('');
const bodyOf = (html: string, head = '') => {
  const r = extractSpeech(page(html, head), 'https://news.example.com/2024/budget.html');
  return isCaptureError(r) ? `error: ${r.error.code}` : r.body;
};

describe('article chrome in and around the text', () => {
  it('reads a page whose <body> classes name comments among feature flags', () => {
    const doc = page(`<h1>Council agrees budget</h1><div class="post">${article}</div>`);
    doc.body.className = 'blog f_comments_ad_on f_comment_sort_on permalink';
    const r = extractSpeech(doc, 'https://news.example.com/2024/budget.html');
    expect(isCaptureError(r) ? r.error.code : r.body.split('\n')).toEqual(PARAS);
  });

  it('leaves out a cookie banner, a settings modal and a newsletter sign-up, however long their text', () => {
    const policy =
      'This website uses cookies to improve your experience while you navigate through the website. Out of these, the cookies that are categorised as necessary are stored on your browser as they are essential for the working of basic functionalities of the website.';
    for (const dialog of [
      `<div id="cookie-law-info-bar"><span>${policy}</span></div>`,
      `<div class="cli-modal" role="dialog" aria-hidden="true"><div class="cli-modal-body"><p>${policy}</p><p>${policy}</p></div></div>`,
      `<div class="consent-overlay"><p>${policy}</p><p>${policy}</p></div>`,
      `<div role="dialog"><p>${policy}</p><p>${policy}</p></div>`,
      `<dialog open><p>${policy}</p><p>${policy}</p></dialog>`,
      `<section class="Newsletter-container"><p>Get the day's big stories and the fun stuff you love, every morning in your inbox, with picks and rankings.</p><p>${policy}</p></section>`,
      `<div class="signup-form"><p>${policy}</p><p>${policy}</p></div>`,
    ]) {
      const body = bodyOf(`<div class="entry-content">${article}</div>${dialog}`);
      expect(body.split('\n')).toEqual(PARAS);
    }
  });

  it('reads a story in a box whose class only names a modal (.modal-enabled, a story viewer)', () => {
    expect(bodyOf(`<div class="box article modal-enabled">${article}</div>`).split('\n')).toEqual(PARAS);
    // Read by the page's own lines, not left to the Readability fallback.
    const r = extractSpeech(
      page(`<div id="render-target-modal">${article}</div>`),
      'https://news.example.com/a',
    );
    expect(isCaptureError(r) ? r.error.code : [r.extractor, r.body.split('\n')]).toEqual(['generic', PARAS]);
  });

  it('still drops a comment section under the article', () => {
    const body = bodyOf(
      `<h1>Council agrees budget</h1><main class="comments-enabled">${article}<div class="comments"><p>What a waste of money, they never listen to anyone here in the north of the town at all.</p></div></main>`,
    );
    expect(body.split('\n')).toEqual(PARAS);
  });

  it('leaves out a gallery of other stories numbered 1/N inside the article box', () => {
    const slides = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="slide"><p>${i + 1}/6 Markets ${i + 1}</p><p>Shares in the region rose for a ${i + 1}th day as traders bet that rates would fall again before the summer holidays began.</p><span>Getty Images</span></div>`,
    ).join('');
    const body = bodyOf(
      `<h1>Council agrees budget</h1><div class="text">${article}<div class="gallery"><h3>Business news in pictures</h3>${slides}</div></div>`,
    );
    expect(body.split('\n')).toEqual(PARAS);
  });

  it('keeps a photo story whose slides are the whole text', () => {
    const slides = PARAS.map(
      (p, i) => `<div class="slide"><p>${i + 1}/4 Scene ${i + 1}</p><p>${p}</p></div>`,
    ).join('');
    const body = bodyOf(`<h1>A year in the town</h1><div class="gallery">${slides}</div>`);
    expect(body).toContain(PARAS[0]);
    expect(body).toContain(PARAS[3]);
  });

  it('leaves out a "Recommended for You" stream of teasers under the article', () => {
    const teasers = Array.from(
      { length: 8 },
      (_, i) =>
        `<li><a href="/s/${i}.html">Another story number ${i + 1} about the region</a><p>The county announced on Monday that a further ${i + 2} schools would receive funding for new science laboratories next year.</p><span>Save</span></li>`,
    ).join('');
    const body = bodyOf(
      `<div id="main"><h1>Council agrees budget</h1><div class="story">${article}</div><div class="stream"><h2>Recommended for You</h2><ul>${teasers}</ul></div></div>`,
    );
    expect(body.split('\n')).toEqual(PARAS);
  });

  it('keeps list items apart when one ends without a stop and the next starts in lower case', () => {
    const items = [
      'gero removed the old window type attribute from every dialog where it was not needed any more',
      'manekenpix converted the developer tools to use promises instead of the old deferred library',
    ];
    const body = bodyOf(
      `<h1>Council agrees budget</h1><div class="post">${article}<ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul></div>`,
    );
    expect(body.split('\n')).toEqual([...PARAS, ...items]);
  });

  it('keeps the paragraphs after the lead when a run of captioned pictures below them outweighs them', () => {
    const pictures = [...Array(12).keys()]
      .map((i) => `<p><img src="/img/${i}.jpg"><br>Photo ${i + 1}: the depot site from the north road</p>`)
      .join('');
    const lead = `<p>${PARAS[0]}<br>${PARAS[1]}</p>`;
    const body = bodyOf(
      `<h1>Council agrees budget</h1><div class="entry-content">${lead}<p>${PARAS[2]}</p><p>${PARAS[3]}</p>${pictures}</div>`,
    );
    expect(body.split('\n')).toEqual(PARAS);
  });

  it('reads numbered entries under their pictures as the list they are, not as captions', () => {
    const books = ['The Town Library', 'Trams of the North', 'A Winter of Service', 'Homes for Workers'];
    const entries = books.map((b, i) => `<p><img src="/img/${i}.jpg"><br>${i + 1}) ${b}</p>`).join('');
    const body = bodyOf(
      `<h1>Four books for the winter</h1><div class="entry-content"><p>${PARAS[0]}</p><p>${PARAS[1]}</p>${entries}</div>`,
    );
    expect(body.split('\n').slice(0, 2)).toEqual(PARAS.slice(0, 2));
    for (const [i, b] of books.entries()) expect(body).toContain(`${i + 1}) ${b}`);
  });

  it('reads a name in a sentence without the card that opens over it (a picture and the person’s latest stories)', () => {
    const card = (cls: string) =>
      `<span class="${cls}"><img src="/p/lee.jpg"><a href="/people/lee">Ann Lee</a><a href="/2024/roads.html">Lee backs the new road plan after a long public debate</a> <a href="/2024/tram.html">Lee to open the tram depot homes in the spring</a> <a href="/people/lee">MORE</a></span>`;
    for (const cls of ['rollover-people-block', 'hovercard', 'author-popover']) {
      const first = `The leader, <span class="person"><a href="/people/lee">Ann Lee</a>${card(cls)}</span>, opened the meeting by thanking the staff who had kept every service running through a difficult winter.`;
      const body = bodyOf(
        `<h1>Council agrees budget</h1><div class="entry-content"><p>${first}</p>${article}</div>`,
      );
      expect(body.split('\n')).toEqual([
        'The leader, Ann Lee, opened the meeting by thanking the staff who had kept every service running through a difficult winter.',
        ...PARAS,
      ]);
    }
  });

  it('leaves out a sidebar <aside> of the story’s sources and contacts beside the <article>', () => {
    const sources = [
      'Interview with the council leader about the budget and the homes plan, by telephone, March 3, 2024',
      'Minutes of the full council meeting held on Tuesday evening, including the record of the vote on the budget',
      'Interview with the housing officer about the old tram depot site and the rents to be charged, March 4, 2024',
      'Report of the consultation on youth clubs and library opening hours held over the summer months of last year',
      'Interview with a member of the opposition group about the debate that ran past midnight, March 5, 2024',
    ];
    const aside = `<aside class="aside"><h3>About this story:</h3><p>Published: Tuesday, March 5th, 2024</p><h3>Sources:</h3>${sources.map((x) => `<p>${x}</p>`).join('')}<h3>How to reach us</h3><p>We want to hear your suggestions and comments on our reporting, so write to the newsroom and tell us what we should look at next.</p></aside>`;
    const body = bodyOf(
      `<div class="container"><article><h1>Council agrees budget</h1><div class="text">${article}</div></article>${aside}</div>`,
    );
    expect(body.split('\n')).toEqual(PARAS);
  });

  it('takes the headline set in a caption box over the lead picture, not a sponsor’s title above it', () => {
    const doc = page(
      `<a class="sponsor-button" href="/sponsor"><div class="title">Weekend Hockey</div></a><div class="wp-caption"><h1 class="article-title">Council agrees budget after late debate</h1><img src="/lead.jpg"></div><div class="entry-content">${article}</div>`,
      '<title>Council agrees budget after late debate - Town News</title><meta property="og:title" content="Council agrees budget after late debate">',
    );
    const r = extractSpeech(doc, 'https://news.example.com/2024/budget.html');
    expect(isCaptureError(r) ? r.error.code : [r.title, r.body.split('\n')]).toEqual([
      'Council agrees budget after late debate',
      PARAS,
    ]);
  });

  it('takes a short headline that <title> gives (Daily Brief 3.5.24), not the menu heading above it', () => {
    const doc = page(
      `<div class="menu-item-heading"><a href="/markets">Markets Today</a></div><h1>Daily Brief 3.5.24</h1><div class="entry-content">${article}</div>`,
      '<title>Daily Brief 3.5.24</title>',
    );
    const r = extractSpeech(doc, 'https://news.example.com/2024/brief.html');
    expect(isCaptureError(r) ? r.error.code : [r.title, r.body.split('\n')]).toEqual([
      'Daily Brief 3.5.24',
      PARAS,
    ]);
  });

  it('leaves out a "Related" box of posts, each a linked title, an excerpt, a date and its category', () => {
    const posts = [
      [
        'Council sets out the homes plan for the old depot',
        'The leader set out on Monday how the two hundred homes on the old tram depot will be built and let, and when the first tenants can move in.',
      ],
      [
        'Youth clubs to stay open through the summer',
        'Every youth club in the town will open five evenings a week through the summer holidays, the council said after the consultation closed.',
      ],
      [
        'Libraries to open on Sundays from April',
        'The central library and three branch libraries will open on Sunday afternoons from the first week of April, a year after residents asked for it.',
      ],
    ];
    const related = `<div class="relatedposts"><h3>Related</h3>${posts
      .map(
        ([t, e], i) =>
          `<div class="post"><h4><a href="/p/${i}">${t}</a></h4><p>${e}</p><p>March ${i + 3}, 2024</p><p>In "News"</p></div>`,
      )
      .join('')}</div>`;
    const body = bodyOf(
      `<h1>Council agrees budget</h1><div class="entry-content">${article}${related}</div>`,
    );
    expect(body.split('\n')).toEqual(PARAS);
  });

  it('keeps a briefing’s items that open with a linked headline among items of plain prose', () => {
    const items = [
      '<a href="/a">The council has agreed its budget for the coming year after a debate that ran past midnight.</a> Members voted thirty to four.',
      'The town will build two hundred new homes on the old tram depot, the leader said, and let them at rents local workers can afford.',
      '<a href="/b">Youth clubs will stay open five evenings a week through the summer holidays, the council said.</a> The plan doubles their money.',
      'The libraries will open on Sunday afternoons from April, which residents asked for in the consultation held over the summer.',
    ];
    const list = `<ol>${items.map((x) => `<li>${x}</li>`).join('')}</ol>`;
    const body = bodyOf(
      `<h1>Four things to know today</h1><div class="post-content"><p>${PARAS[0]}</p>${list}</div>`,
    );
    expect(body.split('\n')).toEqual([PARAS[0], ...items.map((x) => x.replace(/<[^>]+>/g, ''))]);
  });

  it('still leaves out a related list of linked headlines that go on past their link', () => {
    const related = [...Array(4).keys()]
      .map(
        (i) =>
          `<li><a href="/r/${i}">Another council story about the budget and the homes plan number ${i + 1}.</a> Read more.</li>`,
      )
      .join('');
    const body = bodyOf(
      `<h1>Council agrees budget</h1><div class="post-content">${article}<ul>${related}</ul></div>`,
    );
    expect(body.split('\n')).toEqual(PARAS);
  });

  it('leaves out a breadcrumb run together with the title it ends in, and a "You may like these posts" box', () => {
    const more = [...Array(4).keys()]
      .map((i) => `<li><a href="/m/${i}">Another council story number ${i + 1}</a></li>`)
      .join('');
    const body = bodyOf(
      `<div class="post"><h1>Council agrees budget</h1><div class="crumbs"><a href="/">Home</a><a href="/news">TOWN NEWS</a>Council agrees budget</div>${article}<div class="related"><h4>You may like these posts</h4><ul>${more}</ul></div></div>`,
    );
    expect(body.split('\n')).toEqual(PARAS);
  });

  it('reads a short calendar in the article box, not the sidebar <aside> of columns beside it', () => {
    const intro =
      'The Town Cup runs over four rounds this year, from March to June, on four tracks around the county.';
    const more = 'Tickets for every round go on sale at the club office from the first of February.';
    const rounds = [
      'Round 1: 10 March – Northfield',
      'Round 2: 7 April – Harbour Park',
      'Round 3: 5 May – Old Mill',
      'Round 4: 2 June – Castle Hill',
    ];
    const widgets = [
      'Click the picture and read every column our writer has written about the season so far, from the first race to the last.',
      'Click the picture above and see how the drivers stand in this season’s ranking after the last race of the month.',
      'Click and find the times of every practice and race of the season, the track, the weather and the betting odds.',
    ];
    const doc = page(
      `<div class="container"><div class="main"><h1>Town Cup calendar</h1><div class="articleBody"><p>${intro}</p><p>${more}</p><h3>Town Cup calendar</h3>${rounds.map((r) => `<p>${r}</p>`).join('')}</div></div><aside class="sidebar">${widgets.map((w, i) => `<h1>» Column ${i + 1}</h1><p>${w}</p>`).join('')}</aside></div>`,
      '<title>Town Cup calendar</title>',
    );
    const r = extractSpeech(doc, 'https://racing.example.com/calendar/');
    // The calendar's own heading repeats the title and goes as its copy.
    expect(isCaptureError(r) ? r.error.code : r.body.split('\n')).toEqual([intro, more, ...rounds]);
  });
});
