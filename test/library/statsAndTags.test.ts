import { describe, expect, it } from 'vitest';
import { capture, freshLibrary } from './helpers';

describe('statistics by year (issue 11, item 8)', () => {
  it('counts a speech by its own date, else the page date, else the save date, and says how many of each', async () => {
    const { library } = freshLibrary();
    // Its own date (2019) beats the page's (2021).
    await library.save(
      capture({
        url: 'https://a.cn/1',
        body: '（2019年3月9日）\n政协工作要紧扣中心、服务大局。',
        meta: { keywords: [], published: '2021-05-06' },
      }),
    );
    // No date in the text: the page's, as the page printed it (uploaded, 2017).
    await library.save(
      capture({
        url: 'https://a.cn/2',
        body: '工会工作要服务职工群众，维护合法权益。',
        meta: { keywords: [], uploaded: '2017年8月1日' },
      }),
    );
    // Neither: the day it was saved.
    await library.save(
      capture({ url: 'https://a.cn/3', body: '共青团要把青年团结在党的周围。', meta: { keywords: [] } }),
    );
    const stats = await library.stats();
    expect(stats.byYear).toEqual([
      { year: 2017, count: 1 },
      { year: 2019, count: 1 },
      { year: new Date().getFullYear(), count: 1 },
    ]);
    expect(stats.yearFrom).toEqual({ speech: 1, page: 1, saved: 1 });
  });
});

describe('tag suggestions (issue 11, item 8)', () => {
  const filler = (i: number) =>
    `同志们：\n第${i}次会议强调，要加强组织领导，服务人民群众，推动社会发展，给予政策支持，把握时间节点。组织上要关心，人民要满意，社会要稳定，支持要到位，时间要抓紧。`;

  it('leaves out words most of the library holds and keeps a word that is the speech’s own', async () => {
    const { library } = freshLibrary();
    for (let i = 0; i < 6; i++)
      await library.save(capture({ url: `https://a.cn/${i}`, title: `讲话${i}`, body: filler(i) }), {
        force: true,
      });
    // Each of the five common words three times or more: frequent enough in this speech to be suggested.
    const body =
      '同志们：\n垃圾分类是新时尚。组织好垃圾分类，组织要有力，组织要到位。人民满意，人民支持，人民参与。社会文明，社会和谐，社会进步。抓紧时间，珍惜时间，不误时间。各方支持，全力支持，垃圾分类，从我做起。';
    const suggested = await library.suggestTags(
      capture({ title: '在垃圾分类工作推进会上的讲话', body, meta: { keywords: [] } }),
    );
    expect(suggested).toContain('垃圾');
    for (const w of ['组织', '人民', '社会', '时间', '支持']) expect(suggested).not.toContain(w);
  });

  it('keeps those words where the library does not hold them in most speeches', async () => {
    const { library } = freshLibrary();
    for (let i = 0; i < 6; i++)
      await library.save(
        capture({
          url: `https://a.cn/${i}`,
          title: `讲话${i}`,
          body: `第${i}篇：乡村振兴，产业兴旺，生态宜居。`,
        }),
        { force: true },
      );
    const suggested = await library.suggestTags(
      capture({
        title: '组织工作会议讲话',
        body: '组织工作要讲组织原则，组织纪律。组织建设，组织保障，组织力量。',
        meta: { keywords: [] },
      }),
    );
    expect(suggested).toContain('组织');
  });
});
