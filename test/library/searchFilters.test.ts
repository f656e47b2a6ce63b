import { describe, expect, it } from 'vitest';
import { capture, freshLibrary } from './helpers';

// Three speeches written here, each with its own date line and completeness, as a person can check.
async function library3() {
  const { library } = freshLibrary();
  const speech = (title: string, date: string, body: string, url: string, truncated = false) =>
    library.save(capture({ title, body: `（${date}）\n${body}`, url, truncated }));
  await speech('在政协会议上的讲话', '2023年3月1日', '政协要加强协商。工会也要参与。', 'https://a.cn/1');
  await speech('在工会代表大会上的讲话', '2024年5月4日', '工会要服务职工。', 'https://a.cn/2', true);
  await speech('在政协常委会上的讲话', '2024年9月10日', '政协委员要履职尽责。', 'https://a.cn/3');
  return library;
}
const titles = (hits: { speech: { title: string } }[]) => hits.map((h) => h.speech.title).sort();

describe('search filters', () => {
  it('narrow by a second word: 政协 工会 is the one speech holding both', async () => {
    const library = await library3();
    expect(titles(await library.search('政协 工会'))).toEqual(['在政协会议上的讲话']);
    expect(await library.search('政协 OR 工会')).toHaveLength(3);
  });

  it('keep only the speeches the page did not show whole', async () => {
    const library = await library3();
    expect(titles(await library.search('工会', { truncated: true }))).toEqual(['在工会代表大会上的讲话']);
    expect((await library.list({ truncated: true })).items.map((s) => s.title)).toEqual([
      '在工会代表大会上的讲话',
    ]);
  });

  it('keep the speeches dated within a range, by the date the text states', async () => {
    const library = await library3();
    expect(titles(await library.search('政协', { dateFrom: '2024-01-01' }))).toEqual([
      '在政协常委会上的讲话',
    ]);
    const in2024 = await library.list({ dateFrom: '2024-01-01', dateTo: '2024-06-30' });
    expect(in2024.items.map((s) => s.title)).toEqual(['在工会代表大会上的讲话']);
    expect((await library.list({ dateTo: '2023-12-31' })).items.map((s) => s.title)).toEqual([
      '在政协会议上的讲话',
    ]);
  });
});
