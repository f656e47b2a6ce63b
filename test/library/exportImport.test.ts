import { describe, expect, it } from 'vitest';
import { EXPORT_SCHEMA_VERSION } from '../../src/library/exchange/jsonFile';
import { capture, freshLibrary } from './helpers';

const stripDate = (s: string) => s.replace(/"exportedAt":"[^"]*"/, '');

async function sample() {
  const { library } = freshLibrary();
  await library.save(
    capture({ truncated: true, truncation: [{ kind: 'gap', omitted: 706, offset: 2, notice: '省略706字' }] }),
    {
      tags: ['政协'],
      notes: '第二部分可用',
    },
  );
  await library.save(
    capture({
      title: '合集',
      body: '篇一\n正文一。\n篇二\n正文二。',
      url: 'https://a.cn/2',
      parts: [
        { title: '篇一', body: '正文一。' },
        { title: '篇二', body: '正文二。' },
      ],
    }),
    { tags: ['合集', '工会'] },
  );
  const [first] = (await library.list({ sort: 'created-asc' })).items;
  await library.addExcerpt(first?.id ?? '', '主要任务是深入贯彻', '开头可用');
  return library;
}

describe('export', () => {
  it('writes the format header, every field, keys in a fixed order', async () => {
    const library = await sample();
    const progress: number[] = [];
    const text = await library.exportJson(undefined, (done) => progress.push(done));
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual(['format', 'schemaVersion', 'exportedAt', 'speeches', 'excerpts']);
    expect(file.format).toBe('gaoku-library');
    expect(file.schemaVersion).toBe(4);
    expect(file.excerpts.map((e: { text: string }) => e.text)).toEqual(['主要任务是深入贯彻']);
    expect(file.speeches).toHaveLength(2);
    expect(Object.keys(file.speeches[0])).toEqual([
      'id',
      'title',
      'body',
      'parts',
      'truncated',
      'truncation',
      'meta',
      'facts',
      'censored',
      'extractor',
      'tags',
      'notes',
      'sources',
      'createdAt',
      'updatedAt',
    ]);
    expect(file.speeches[0].truncation).toEqual([
      { kind: 'gap', notice: '省略706字', offset: 2, omitted: 706 },
    ]);
    expect(progress.at(-1)).toBe(2);
  });

  it('writes the same file as a Blob, for libraries longer than a string can be', async () => {
    const library = await sample();
    const blob = await library.exportJsonBlob();
    expect(blob.type).toBe('application/json');
    expect(stripDate(await blob.text())).toBe(stripDate(await library.exportJson()));
    const { items } = await library.list();
    const one = items[0]?.id ?? '';
    expect(stripDate(await (await library.exportJsonBlob([one])).text())).toBe(
      stripDate(await library.exportJson([one])),
    );
  });

  it('exports a selection, and Markdown and text with the source', async () => {
    const library = await sample();
    const { items } = await library.list();
    const one = items.find((s) => s.title === '合集')?.id ?? '';
    expect(
      JSON.parse(await library.exportJson([one])).speeches.map((s: { title: string }) => s.title),
    ).toEqual(['合集']);
    const md = await library.exportMarkdown([one]);
    expect(md).toMatch(/^# 合集\n/);
    expect(md).toContain('> 来源：示例市政府 <https://a.cn/2>');
    expect(md).toContain('正文二。');
    expect(await library.exportText([one])).toMatch(/^合集\n来源：示例市政府 https:\/\/a.cn\/2\n\n篇一/);
  });
});

describe('import', () => {
  it('round-trips: export → empty library → export gives the same file but the date', async () => {
    const first = await (await sample()).exportJson();
    const { library } = freshLibrary();
    expect(await library.importJson(first)).toEqual({ ok: true, added: 2, merged: 0, unchanged: 0 });
    expect(stripDate(await library.exportJson())).toBe(stripDate(first));
    expect((await library.listExcerpts()).map((e) => [e.text, e.note])).toEqual([
      ['主要任务是深入贯彻', '开头可用'],
    ]);
    expect(await library.tagCounts()).toHaveLength(3);
    expect((await library.search('正文二'))[0]?.speech.title).toBe('合集');
  });

  it('importing the same file again changes nothing; a copy with new tags and sources merges', async () => {
    const library = await sample();
    const text = await library.exportJson();
    expect(await library.importJson(text)).toEqual({ ok: true, added: 0, merged: 0, unchanged: 2 });
    const file = JSON.parse(text);
    file.speeches[0].id = 'other-id';
    file.speeches[0].tags = ['新标签'];
    file.speeches[0].sources[0].url = 'https://mirror.cn/x';
    file.speeches[0].sources[0].normalizedUrl = 'https://mirror.cn/x';
    expect(await library.importJson(JSON.stringify(file))).toEqual({
      ok: true,
      added: 0,
      merged: 1,
      unchanged: 1,
    });
    expect((await library.list()).total).toBe(2);
    const merged = await library.get(JSON.parse(text).speeches[0].id);
    expect(merged?.tags).toEqual(['政协', '新标签']);
    expect(merged?.sources.map((s) => s.url)).toEqual([
      'https://www.example.gov.cn/art/2024/3/9/art_1.html',
      'https://mirror.cn/x',
    ]);
  });

  const valid = async () => JSON.parse(await (await sample()).exportJson());

  it.each([
    [
      'truncated JSON',
      async () => (await (await sample()).exportJson()).slice(0, 300),
      { index: -1, code: 'json-ends-early', params: [300] },
    ],
    [
      'another format',
      async () => JSON.stringify({ format: 'other', speeches: [] }),
      { index: -1, code: 'not-gaoku', params: [] },
    ],
    [
      'a newer schema',
      async () => JSON.stringify({ ...(await valid()), schemaVersion: 99 }),
      { index: -1, code: 'newer-version', params: [99, EXPORT_SCHEMA_VERSION] },
    ],
    [
      'a wrong type',
      async () => {
        const f = await valid();
        f.speeches[1].title = 42;
        return JSON.stringify(f);
      },
      { index: 1, field: 'title', code: 'not-text', params: [] },
    ],
    [
      'a 50 MB string',
      async () => {
        const f = await valid();
        f.speeches[0].body = '长'.repeat(50 * 1024 * 1024);
        return JSON.stringify(f);
      },
      { index: 0, field: 'body', code: 'too-long', params: [50 * 1024 * 1024, 2_000_000] },
    ],
    [
      'a prototype key',
      async () => {
        const f = await valid();
        return JSON.stringify(f).replace('"meta":{', '"meta":{"__proto__":{"polluted":1},');
      },
      { index: 0, field: '', code: 'forbidden-key', params: [] },
    ],
    [
      'a duplicate id',
      async () => {
        const f = await valid();
        f.speeches[1].id = f.speeches[0].id;
        return JSON.stringify(f);
      },
      { index: 1, field: 'id', code: 'duplicate-id', params: [expect.any(String)] },
    ],
  ])('refuses %s, says what and where, and changes nothing', async (_name, make, issue) => {
    const text = await make();
    const { library } = freshLibrary();
    await library.save(capture({ url: 'https://keep.cn/1', body: '这篇讲话必须原样留在稿库里。'.repeat(3) }));
    const r = await library.importJson(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toContainEqual(issue);
    expect((await library.list()).total).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the line and column where a file stops being JSON', async () => {
    // the file as a person sees it after opening and saving it in an editor: one field a line
    const lines = JSON.stringify(JSON.parse(await (await sample()).exportJson()), null, 2).split('\n');
    const at = lines.findIndex((l) => l.includes('"schemaVersion"'));
    // a stray colon typed into that line, right after its own
    lines[at] = (lines[at] as string).replace('": ', '": :');
    const column = (lines[at] as string).indexOf(': :') + 3;
    const r = await freshLibrary().library.importJson(lines.join('\n'));
    expect(r).toEqual({ ok: false, issues: [{ index: -1, code: 'bad-json', params: [at + 1, column] }] });
  });

  it('upgrades a version-1 file: facts are read from each text', async () => {
    const f = await valid();
    f.schemaVersion = 1;
    delete f.excerpts;
    for (const s of f.speeches) delete s.facts;
    const { library } = freshLibrary();
    expect(await library.importJson(JSON.stringify(f))).toMatchObject({ ok: true, added: 2 });
    const [first] = (await library.list({ sort: 'created-asc' })).items;
    expect((await library.get(first?.id ?? ''))?.facts).toEqual({
      occasion: '全市政协工作会议',
      genre: '讲话',
      level: '市',
    });
  });

  it('refuses facts with values the library does not know', async () => {
    const f = await valid();
    f.speeches[0].facts = { genre: '小说', date: '去年' };
    const { library } = freshLibrary();
    const r = await library.importJson(JSON.stringify(f));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual([{ index: 0, field: 'facts', code: 'bad-facts', params: [] }]);
  });

  it('moves the excerpts of a speech merged under another id to that speech', async () => {
    const library = await sample();
    const f = JSON.parse(await library.exportJson());
    const savedId = f.speeches[0].id;
    f.speeches[0].id = 'copy-from-another-browser';
    f.excerpts[0].id = 'excerpt-from-another-browser';
    f.excerpts[0].speechId = 'copy-from-another-browser';
    expect(await library.importJson(JSON.stringify(f))).toMatchObject({ ok: true, added: 0 });
    const moved = (await library.listExcerpts()).find((e) => e.id === 'excerpt-from-another-browser');
    expect(moved?.speechId).toBe(savedId);
  });

  it('refuses a bad excerpt with its place in the file', async () => {
    const f = await valid();
    f.excerpts[0].text = 42;
    const { library } = freshLibrary();
    const r = await library.importJson(JSON.stringify(f));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.field)).toEqual(['excerpts[0].text']);
  });

  it('reports every bad record with its index and field', async () => {
    const f = await valid();
    f.speeches[0].tags = 'x';
    f.speeches[1].sources = [];
    const { library } = freshLibrary();
    const r = await library.importJson(JSON.stringify(f));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.index, i.field])).toEqual([
      [0, 'tags'],
      [1, 'sources'],
    ]);
  });

  it('applies all or nothing when the store fails midway', async () => {
    const text = await (await sample()).exportJson();
    const { library } = freshLibrary();
    const db = (library as unknown as { db: { texts: { bulkPut: (...a: unknown[]) => Promise<unknown> } } })
      .db;
    const put = db.texts.bulkPut.bind(db.texts);
    let calls = 0;
    db.texts.bulkPut = (...a: unknown[]) =>
      ++calls === 2 ? Promise.reject(new Error('disk gone')) : put(...(a as [never]));
    await expect(library.importJson(text)).rejects.toThrow('disk gone');
    db.texts.bulkPut = put;
    expect((await library.list()).total).toBe(0);
  });
});

describe('a library larger than one loading page', () => {
  it('imports 1,200 speeches and searches all of them, the last one included', async () => {
    const speeches = Array.from({ length: 1200 }, (_, i) => ({
      id: `s${String(i).padStart(4, '0')}`,
      title: `讲话${i}`,
      body: `第${i}号讲话：各级组织要抓好落实。编号甲${i}乙。`,
      parts: [],
      truncated: false,
      truncation: [],
      meta: { keywords: [] },
      censored: 0,
      extractor: 'generic',
      tags: [],
      notes: '',
      sources: [{ url: `https://a.cn/${i}`, normalizedUrl: `https://a.cn/${i}`, site: 'A', capturedAt: i }],
      createdAt: i,
      updatedAt: i,
    }));
    const { library } = freshLibrary();
    const file = JSON.stringify({ format: 'gaoku-library', schemaVersion: 1, exportedAt: '', speeches });
    expect(await library.importJson(file)).toMatchObject({ ok: true, added: 1200 });
    expect((await library.search('甲1199乙')).map((h) => h.speech.id)).toEqual(['s1199']);
    expect((await library.search('甲0乙')).map((h) => h.speech.id)).toEqual(['s0000']);
  });
});
