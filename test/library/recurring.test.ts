import { describe, expect, it } from 'vitest';
import { ClausePostings, type Pairs, scanSource } from '../../src/library/search/clausePostings';
import { clausePrints, coreOf } from '../../src/library/search/clauses';
import { findShared, passageQuery } from '../../src/library/search/recurring';
import { capture, freshLibrary } from './helpers';

const SET_PHRASE = '坚持以人民为中心的发展思想，不断增强人民群众的获得感、幸福感、安全感。';

async function saveAll(bodies: string[]) {
  const { library } = freshLibrary();
  const ids: string[] = [];
  for (const [i, body] of bodies.entries()) {
    const r = await library.save(capture({ title: `讲话${i}`, body, url: `https://a.cn/${i}` }), {
      force: true,
    });
    if (r.status === 'saved') ids.push(r.speech.id);
  }
  return { library, ids };
}

describe('recurring passages (套话)', () => {
  it('finds a clause two speeches share inside different sentences, across scripts and punctuation widths', async () => {
    // The clause of issue 11: the same twenty characters, each side of it a different sentence; the second
    // speech in Traditional script with full-width commas.
    const { library, ids } = await saveAll([
      '同志们：\n我们要善于发现苗头性、倾向性问题,分析原因,研究对策,切实把矛盾化解在萌芽状态。\n今年的任务很重。',
      '各位代表：\n各級幹部必須善於發現苗頭性、傾向性問題，分析原因，研究對策。其他的話另說。',
      '同志们：\n这篇讲话讲植树造林，和上面两篇毫无关系，只是凑数用的。',
    ]);
    const found = await library.recurringPassages(ids[0] ?? '');
    expect(found.map((p) => [p.text, p.paragraph, p.ids])).toEqual([
      ['善于发现苗头性、倾向性问题,分析原因,研究对策,', 1, [ids[1]]],
    ]);
    expect(found[0]?.query).toBe('"善于发现苗头性" "倾向性问题" "分析原因" "研究对策"');
    // The search it offers finds the other speech, punctuated its own way.
    const hits = await library.search(found[0]?.query ?? '');
    expect(hits.slice(0, 2).map((h) => h.speech.id)).toContain(ids[1]);
    // And the other way round, in the Traditional speech's own words.
    const back = await library.recurringPassages(ids[1] ?? '');
    expect(back.map((p) => [p.text, p.ids])).toEqual([
      ['善於發現苗頭性、傾向性問題，分析原因，研究對策。', [ids[0]]],
    ]);
    expect(await library.recurringPassages(ids[2] ?? '')).toEqual([]);
  });

  it('leaves out a shared run shorter than twelve characters', async () => {
    // 分析原因，研究对策，抓落实: eleven characters in common, then the texts part.
    const { library, ids } = await saveAll([
      '同志们：\n这次会议要求大家分析原因，研究对策，抓落实，今年一定要见到成效。',
      '各位委员：\n去年已经讲过分析原因、研究对策、抓落实。明年的事明年再说。',
    ]);
    expect(await library.recurringPassages(ids[0] ?? '')).toEqual([]);
  });

  it('groups the speeches that share each passage, most shared first', async () => {
    const { library, ids } = await saveAll([
      `同志们：\n今年全市经济运行总体平稳。${SET_PHRASE}\n要把各项工作抓实抓细抓出成效，确保全年目标任务圆满完成。`,
      `各位委员：\n${SET_PHRASE}要把各项工作抓实抓细抓出成效，确保全年目标任务圆满完成。`,
      '同志們：\n堅持以人民為中心的發展思想，不斷增強人民群眾的獲得感、幸福感、安全感。\n今天的會議很重要。',
      '同志们：\n这是一篇毫不相干的讲话，讲的是植树造林和绿化美化的具体安排。',
    ]);
    const found = await library.recurringPassages(ids[0] ?? '');
    expect(found.map((p) => [p.text, p.paragraph, [...p.ids].sort()])).toEqual([
      [SET_PHRASE, 1, [ids[1], ids[2]].sort()],
      ['要把各项工作抓实抓细抓出成效，确保全年目标任务圆满完成。', 2, [ids[1]]],
    ]);
    // A trashed speech shares nothing; restored, it does again.
    await library.trash([ids[2] ?? '']);
    expect((await library.recurringPassages(ids[0] ?? ''))[0]?.ids).toEqual([ids[1]]);
    await library.restore([ids[2] ?? '']);
    expect((await library.recurringPassages(ids[0] ?? ''))[0]?.ids).toHaveLength(2);
  });

  it('reads the texts of the speeches it matched, to check', async () => {
    const shared = '各级党组织要切实加强民主监督工作推动各项工作取得新成效';
    const body = `开头的话不一样。${shared}。结尾也不一样。`;
    const prints = new Map([
      ['a', clausePrints(coreOf(`甲说：${shared}。`).text)],
      // c holds every kept hash of the speech by chance, but its text shares nothing.
      ['c', clausePrints(coreOf(body).text)],
    ]);
    const read: string[] = [];
    const found = await findShared(body, scanSource(prints), async (ids) => {
      read.push(...ids);
      return new Map(
        ids.map((id) => [id, id === 'c' ? '毫不相干的文字，一个字也不一样。' : `说：${shared}`]),
      );
    });
    expect(found.map((p) => [p.text, p.ids])).toEqual([[`${shared}。`, ['a']]]);
    expect(read.sort()).toEqual(['a', 'c']);
  });

  it('among many, trusts what two speeches confirm and reads a speech no other confirms', async () => {
    const shared = '各级党组织要切实加强民主监督工作推动各项工作取得新成效';
    const body = `开头的话不一样。${shared}。结尾也不一样。`;
    const many = Array.from(
      { length: 120 },
      (_, i) => [`s${i}`, clausePrints(coreOf(`${i}号：${shared}`).text)] as const,
    );
    // Filed by hash, as the library keeps them.
    const rows = [...many, ['c', clausePrints(coreOf(body).text)] as const].map(([id, p]) => ({ id, p }));
    const postings = new ClausePostings(rows);
    const source = {
      ids: postings.ids,
      match: (t: Parameters<typeof postings.match>[0], out: Pairs) =>
        postings.match(t, new Uint8Array(rows.length), out),
    };
    const read: string[] = [];
    const found = await findShared(body, source, async (ids) => {
      read.push(...ids);
      return new Map(
        ids.map((id) => [id, id === 'c' ? '毫不相干的文字，一个字也不一样。' : `${id}号：${shared}`]),
      );
    });
    // c to check it; s0, the first of the passage, to find where the run ends.
    expect(read).toEqual(['c', 's0']);
    expect(found.map((p) => [p.text, p.ids.length])).toEqual([[`${shared}。`, 120]]);
  });

  it('folds a text to its core: no punctuation, widths and 繁 folded, each character where it came from', () => {
    const core = coreOf('善於發現，苗頭性（ＡＢ）\n分析');
    expect(core.text).toBe('善于发现苗头性ab\n分析');
    expect([...core.at]).toEqual([0, 1, 2, 3, 5, 6, 7, 9, 10, 12, 13, 14]);
    expect(passageQuery('营商环境就是生产力，优化营商环境、提升竞争力。')).toBe(
      '"营商环境就是生产力" "优化营商环境" "提升竞争力"',
    );
  });
});
