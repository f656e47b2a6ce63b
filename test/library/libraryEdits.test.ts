import { describe, expect, it } from 'vitest';
import { LibraryError } from '../../src/library';
import { capture, freshLibrary } from './helpers';

describe('edits and errors', () => {
  it('updates title, tags and notes', async () => {
    const { library } = freshLibrary();
    const r = await library.save(capture());
    if (r.status !== 'saved') throw new Error('not saved');
    const u = await library.update(r.speech.id, { title: '新标题', tags: ['甲', '乙'], notes: '记一笔' });
    expect(u).toMatchObject({ title: '新标题', tags: ['甲', '乙'], notes: '记一笔' });
    expect(u.updatedAt).toBeGreaterThanOrEqual(r.speech.updatedAt);
    await expect(library.update('nope', { title: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reports a full disk as a quota error and keeps nothing half-written', async () => {
    const { library } = freshLibrary();
    const db = (library as unknown as { db: { texts: { bulkPut: (...a: unknown[]) => Promise<unknown> } } })
      .db;
    const put = db.texts.bulkPut;
    db.texts.bulkPut = () =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const err = await library.save(capture()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err).toMatchObject({ code: 'quota' });
    expect((err as Error).message).toMatch(/存储空间不足/);
    db.texts.bulkPut = put;
    expect((await library.list()).total).toBe(0);
    expect(await library.tagCounts()).toEqual([]);
  });
});

describe('a compilation saved part by part', () => {
  it('keeps each part of one page as its own speech, and still knows each part again', async () => {
    const { library } = freshLibrary();
    const one =
      '在市群团工作会议上的讲话。同志们，今天召开全市群团工作会议，总结去年工作，部署今年任务，各级群团组织要围绕中心服务大局。';
    const two =
      '在县妇联执委会议上的讲话。各位执委，妇联组织要团结引领广大妇女建功新时代，维护妇女儿童合法权益，做好家庭家教家风建设。';
    const url = 'https://www.xiexiebang.com/a4/1.html';
    expect((await library.save(capture({ title: '篇一', body: one, url }))).status).toBe('saved');
    expect((await library.save(capture({ title: '篇二', body: two, url }))).status).toBe('saved');
    expect(await library.save(capture({ title: '篇二', body: two, url }))).toMatchObject({
      status: 'duplicate',
      kind: 'same-url',
    });
  });
});

describe('two pages on one library', () => {
  it('a save in one (the popup) is searchable in the other (the library tab) at once', async () => {
    const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
    const { openLibrary } = await import('../../src/library');
    const indexedDB = new IDBFactory();
    const page = openLibrary('shared', { indexedDB, IDBKeyRange });
    const popup = openLibrary('shared', { indexedDB, IDBKeyRange });
    await page.save(capture({ url: 'https://a.cn/1' }));
    expect(await page.search('统一战线')).toHaveLength(1);
    let told = 0;
    page.onChange(() => told++);
    await popup.save(
      capture({
        title: '另一篇',
        url: 'https://b.cn/2',
        body: '工会组织要竭诚服务职工群众，维护职工合法权益。'.repeat(3),
      }),
    );
    await expect.poll(() => told).toBe(1);
    expect((await page.search('竭诚服务'))[0]?.speech.title).toBe('另一篇');
    page.close();
    popup.close();
  });
});

describe('stats', () => {
  it('counts speeches, characters, incomplete ones, and by tag, site and year', async () => {
    const { library } = freshLibrary();
    await library.save(capture({ url: 'https://a.cn/1', body: '（2019年3月9日）\n一二三四五。' }), {
      tags: ['政协'],
    });
    await library.save(
      capture({
        url: 'https://a.cn/2',
        body: '工会工作要服务职工群众，维护合法权益。',
        truncated: true,
        site: '工人网',
      }),
      {
        tags: ['政协', '工会'],
      },
    );
    const r = await library.save(capture({ url: 'https://a.cn/3', body: '回收站里的不算。'.repeat(3) }));
    if (r.status === 'saved') await library.trash([r.speech.id]);
    const stats = await library.stats();
    expect(stats).toMatchObject({ speeches: 2, characters: 11 + 6 + 19, truncated: 1 });
    expect(stats.byTag).toEqual([
      { tag: '政协', count: 2 },
      { tag: '工会', count: 1 },
    ]);
    expect(stats.bySite.map((s) => s.site).sort()).toEqual(['工人网', '示例市政府']);
    expect(stats.byYear).toEqual([
      { year: 2019, count: 1 },
      { year: new Date().getFullYear(), count: 1 },
    ]);
  });
});

describe('excerpts (素材)', () => {
  it('keeps a passage with its source, lists newest first, exports Markdown, deletes', async () => {
    const { library } = freshLibrary();
    const r = await library.save(capture());
    if (r.status !== 'saved') throw new Error('not saved');
    const a = await library.addExcerpt(r.speech.id, '  人民政协是统一战线的组织  ', '用于开头');
    expect(a).toMatchObject({
      speechTitle: '在全市政协工作会议上的讲话',
      site: '示例市政府',
      text: '人民政协是统一战线的组织',
    });
    await new Promise((resolve) => setTimeout(resolve, 2));
    await library.addExcerpt(r.speech.id, '努力把协商成果转化为推动发展的实际成效');
    expect((await library.listExcerpts()).map((e) => e.text)).toEqual([
      '努力把协商成果转化为推动发展的实际成效',
      '人民政协是统一战线的组织',
    ]);
    expect(await library.exportExcerpts()).toContain(
      '> 人民政协是统一战线的组织\n\n——《在全市政协工作会议上的讲话》，示例市政府 <https://www.example.gov.cn/art/2024/3/9/art_1.html>\n\n用于开头',
    );
    await library.deleteExcerpt(a.id);
    expect(await library.listExcerpts()).toHaveLength(1);
    await expect(library.addExcerpt(r.speech.id, '   ')).rejects.toMatchObject({ code: 'invalid' });
    await expect(library.addExcerpt('nope', '文字')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('a compilation saved in one transaction', () => {
  it('saves every part in one transaction: a failure in the last leaves none of them', async () => {
    const { library } = freshLibrary();
    const jobs = ['甲', '乙', '丙'].map((n, i) => ({
      capture: capture({
        title: `${n}篇讲话`,
        body: `${n}篇的正文，写在这里。`.repeat(8),
        url: `https://a.cn/${i}`,
      }),
    }));
    // the third part's write fails as a full disk would
    const speeches = (library as unknown as { speeches: { put: (...a: unknown[]) => Promise<void> } })
      .speeches;
    const put = speeches.put.bind(speeches);
    let n = 0;
    speeches.put = async (...a: unknown[]) => {
      if (++n === 3) throw new DOMException('full', 'QuotaExceededError');
      return put(...a);
    };
    await expect(library.saveAll(jobs)).rejects.toThrow();
    expect((await library.list()).total).toBe(0);
    speeches.put = put;
    const saved = await library.saveAll(jobs);
    expect(saved.map((r) => r.status)).toEqual(['saved', 'saved', 'saved']);
    expect((await library.list()).total).toBe(3);
  });
});
