import { describe, expect, it } from 'vitest';
import { capture, freshLibrary, speechText } from './helpers';

describe('save and read', () => {
  it('keeps the whole capture record plus what the user adds', async () => {
    const { library } = freshLibrary();
    const r = await library.save(
      capture({ truncated: true, truncation: [{ kind: 'preview-cut', notice: '下载文档' }] }),
      {
        tags: ['政协', ' 政协 ', '讲话'],
        notes: '备用',
      },
    );
    expect(r.status).toBe('saved');
    if (r.status !== 'saved') return;
    const got = await library.get(r.speech.id);
    expect(got?.body).toBe(speechText.join('\n'));
    expect(got?.tags).toEqual(['政协', '讲话']);
    expect(got?.notes).toBe('备用');
    expect(got?.truncation).toEqual([{ kind: 'preview-cut', notice: '下载文档' }]);
    expect(got?.sources[0]?.normalizedUrl).toBe('https://www.example.gov.cn/art/2024/3/9/art_1.html');
    expect(got?.meta.keywords).toEqual(['政协', '协商民主']);
    const { items, total } = await library.list();
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      title: '在全市政协工作会议上的讲话',
      site: '示例市政府',
      truncated: true,
    });
    expect(items[0]).not.toHaveProperty('body');
  });

  it('lists newest first, pages, sorts and filters', async () => {
    const { library } = freshLibrary();
    for (let i = 0; i < 5; i++) {
      await library.save(
        capture({
          title: `讲话${i}`,
          body: `第${i}篇讲话的正文内容各不相同，编号${i}。${'内容'.repeat(i * 10)}`,
          url: `https://a.cn/${i}`,
        }),
        {
          tags: i % 2 ? ['奇数'] : ['偶数'],
        },
      );
    }
    expect((await library.list({ limit: 2 })).items.map((s) => s.title)).toEqual(['讲话4', '讲话3']);
    expect((await library.list({ offset: 2, limit: 2 })).items.map((s) => s.title)).toEqual([
      '讲话2',
      '讲话1',
    ]);
    expect((await library.list({ sort: 'created-asc', limit: 1 })).items[0]?.title).toBe('讲话0');
    expect((await library.list({ sort: 'length-desc', limit: 1 })).items[0]?.title).toBe('讲话4');
    const odd = await library.list({ tags: ['奇数'] });
    expect(odd.total).toBe(2);
    expect(odd.items.map((s) => s.title).sort()).toEqual(['讲话1', '讲话3']);
    expect((await library.list({ site: '别的网站' })).total).toBe(0);
  });
});

describe('duplicates', () => {
  it('finds the same page behind a tracking link', async () => {
    const { library } = freshLibrary();
    await library.save(capture());
    const again = await library.save(
      capture({ url: 'https://www.example.gov.cn/art/2024/3/9/art_1.html?utm_source=wechat&from=timeline' }),
    );
    expect(again).toMatchObject({ status: 'duplicate', kind: 'same-url', moreComplete: false });
  });

  it('finds the same text on another site with other spaces and punctuation widths', async () => {
    const { library } = freshLibrary();
    await library.save(capture());
    const other = speechText.map((p) => `　　${p.replace(/，/g, ',').replace(/：/g, ':')}`).join('\n');
    const r = await library.save(
      capture({ body: other, url: 'https://fanwen.example.com/1.html', site: '范文网' }),
    );
    expect(r).toMatchObject({ status: 'duplicate', kind: 'same-text' });
  });

  it('finds a truncated repost with other noise, and says the new copy is more complete the other way round', async () => {
    const { library } = freshLibrary();
    const long = [...speechText, ...speechText.map((p) => p.replace('全市', '全区'))].join('\n');
    const cut = `${long.slice(0, Math.floor(long.length * 0.7))}\n温馨提示：下载文档可阅读全文`;
    const first = await library.save(capture({ body: cut, truncated: true, url: 'https://a.cn/1' }));
    expect(first.status).toBe('saved');
    const r = await library.save(capture({ body: long, url: 'https://b.cn/2', site: 'B站' }));
    expect(r).toMatchObject({ status: 'duplicate', kind: 'near-text', moreComplete: true });
    if (r.status !== 'duplicate') return;

    const added = await library.addSource(
      r.match.id,
      capture({ body: long, url: 'https://b.cn/2', site: 'B站' }),
    );
    expect(added.sources.map((s) => s.site)).toEqual(['示例市政府', 'B站']);
    const replaced = await library.replaceText(r.match.id, capture({ body: long, url: 'https://b.cn/2' }));
    expect(replaced.body).toBe(long);
    expect(replaced.truncated).toBe(false);
    expect(replaced.sources).toHaveLength(2);
    expect((await library.list()).total).toBe(1);
  });

  it('does not take two different speeches for one', async () => {
    const { library } = freshLibrary();
    await library.save(capture());
    const other =
      '同志们：今天我们在这里隆重集会，庆祝中华全国总工会成立一百周年。工会组织要坚持以职工为中心，维护职工合法权益，竭诚服务职工群众。广大职工要弘扬劳模精神、劳动精神、工匠精神，在新征程上建功立业。';
    const r = await library.save(
      capture({ title: '在庆祝工会成立大会上的讲话', body: other, url: 'https://c.cn/3' }),
    );
    expect(r.status).toBe('saved');
  });

  it('saves anyway when the user asks', async () => {
    const { library } = freshLibrary();
    await library.save(capture());
    expect((await library.save(capture(), { force: true })).status).toBe('saved');
    expect((await library.list()).total).toBe(2);
  });
});

describe('search', () => {
  async function filled() {
    const { library } = freshLibrary();
    await library.save(
      capture({
        title: '关于民主监督的几点思考',
        body: '加强民主监督，是政协履职的重要内容。\n协商要有成效。',
        url: 'https://a.cn/1',
      }),
    );
    await library.save(
      capture({
        title: '在工会会议上的讲话',
        body: '工会要服务职工。政协委员也来参加了。',
        url: 'https://a.cn/2',
      }),
      { tags: ['工会'] },
    );
    await library.save(
      capture({
        title: '全市经济工作会议讲话',
        body: '经济工作要稳中求进。政协要围绕经济开展协商，协商议政。',
        url: 'https://a.cn/3',
      }),
      { tags: ['经济'] },
    );
    return library;
  }

  it('finds the speeches holding every term, title above body; with OR, every term above some', async () => {
    const library = await filled();
    const hits = await library.search('政协 协商');
    expect(hits.map((h) => h.speech.title)).toEqual(['全市经济工作会议讲话', '关于民主监督的几点思考']);
    const either = ['全市经济工作会议讲话', '关于民主监督的几点思考', '在工会会议上的讲话'];
    expect((await library.search('政协 OR 协商')).map((h) => h.speech.title)).toEqual(either);
    expect((await library.search('政协 协商', { anyTerm: true })).map((h) => h.speech.title)).toEqual(either);
    // 'or' in lower case is a word like any other, not the operator
    expect(await library.search('政协 or')).toEqual([]);
    const titleHit = await library.search('民主监督');
    expect(titleHit[0]?.speech.title).toBe('关于民主监督的几点思考');
  });

  it('matches a quoted phrase as written and highlights it in a snippet', async () => {
    const library = await filled();
    const hits = await library.search('"协商议政"');
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    if (!hit) return;
    const marked = hit.highlights.map(([a, b]) => hit.snippet.slice(a, b));
    expect(marked).toEqual(['协商议政']);
    expect(hit.snippet).toContain('开展协商');
  });

  it('finds by tag, filters, and forgets trashed speeches', async () => {
    const library = await filled();
    expect((await library.search('工会'))[0]?.speech.title).toBe('在工会会议上的讲话');
    expect(await library.search('政协', { tags: ['经济'] })).toHaveLength(1);
    const [first] = await library.search('协商议政');
    await library.trash([first?.speech.id ?? '']);
    expect(await library.search('协商议政')).toHaveLength(0);
    await library.restore([first?.speech.id ?? '']);
    expect(await library.search('协商议政')).toHaveLength(1);
  });

  it('folds widths and case in the query', async () => {
    const library = await filled();
    await library.save(
      capture({ title: 'ＡＩ与机关工作', body: '人工智能（AI）进入机关办公。', url: 'https://a.cn/9' }),
    );
    expect((await library.search('ai'))[0]?.speech.title).toBe('ＡＩ与机关工作');
  });
});

describe('tags', () => {
  it('counts, completes, renames and merges', async () => {
    const { library } = freshLibrary();
    await library.save(capture({ url: 'https://a.cn/1', body: '政协工作一。'.repeat(5) }), {
      tags: ['政协', '讲话'],
    });
    await library.save(capture({ url: 'https://a.cn/2', body: '工会工作二。'.repeat(5) }), {
      tags: ['政协', '工会'],
    });
    expect(await library.tagCounts()).toEqual([
      { tag: '政协', count: 2 },
      { tag: '工会', count: 1 },
      { tag: '讲话', count: 1 },
    ]);
    expect(await library.completeTags('政')).toEqual(['政协']);
    expect(await library.completeTags('会')).toEqual(['工会']);
    expect(await library.renameTag('讲话', '致辞')).toBe(1);
    expect(await library.mergeTags(['工会', '致辞'], '群团')).toBe(2);
    expect(await library.tagCounts()).toEqual([
      { tag: '政协', count: 2 },
      { tag: '群团', count: 2 },
    ]);
  });

  it('suggests the keyword line, tags in use that the text mentions, and topic words', async () => {
    const { library } = freshLibrary();
    await library.save(capture({ url: 'https://a.cn/1', body: '乡村振兴。'.repeat(5) }), {
      tags: ['统一战线'],
    });
    const s = await library.suggestTags(capture({ url: 'https://a.cn/2' }));
    expect(s.slice(0, 2)).toEqual(['政协', '协商民主']);
    expect(s).toContain('统一战线');
  });

  it('keeps counts right when writes overlap', async () => {
    const { library } = freshLibrary();
    await Promise.all(
      [1, 2, 3, 4].map((i) =>
        library.save(capture({ url: `https://a.cn/${i}`, body: `第${i}篇，各不相同的正文。`.repeat(4) }), {
          tags: ['政协', ...(i % 2 ? ['单数'] : [])],
        }),
      ),
    );
    expect(await library.tagCounts()).toEqual([
      { tag: '政协', count: 4 },
      { tag: '单数', count: 2 },
    ]);
    expect((await library.search('各不相同')).length).toBe(4);
  });

  it('trash takes a speech out of tag counts and back', async () => {
    const { library } = freshLibrary();
    const r = await library.save(capture(), { tags: ['政协'] });
    if (r.status !== 'saved') throw new Error('not saved');
    await library.trash([r.speech.id]);
    expect(await library.tagCounts()).toEqual([]);
    expect((await library.listTrash()).map((s) => s.id)).toEqual([r.speech.id]);
    await library.restore([r.speech.id]);
    expect(await library.tagCounts()).toEqual([{ tag: '政协', count: 1 }]);
    await library.trash([r.speech.id]);
    expect(await library.emptyTrash()).toBe(1);
    expect(await library.get(r.speech.id)).toBeUndefined();
  });
});
