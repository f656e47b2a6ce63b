import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/library/search/recurring';
import { capture, freshLibrary } from './helpers';

const SET_PHRASE = '坚持以人民为中心的发展思想，不断增强人民群众的获得感、幸福感、安全感。';

describe('recurring passages (套话)', () => {
  it('finds the sentences a speech shares with others, across scripts, most shared first', async () => {
    const { library } = freshLibrary();
    const ids: string[] = [];
    const bodies = [
      `同志们：\n今年全市经济运行总体平稳。${SET_PHRASE}\n要把各项工作抓实抓细抓出成效，确保全年目标任务圆满完成。`,
      `各位委员：\n${SET_PHRASE}要把各项工作抓实抓细抓出成效，确保全年目标任务圆满完成。`,
      `同志們：\n${'堅持以人民為中心的發展思想，不斷增強人民群眾的獲得感、幸福感、安全感。'}\n今天的會議很重要。`,
      '同志们：\n这是一篇毫不相干的讲话，讲的是植树造林和绿化美化的具体安排。',
    ];
    for (const [i, body] of bodies.entries()) {
      const r = await library.save(capture({ title: `讲话${i}`, body, url: `https://a.cn/${i}` }), {
        force: true,
      });
      if (r.status === 'saved') ids.push(r.speech.id);
    }
    const found = await library.recurringPassages(ids[0] ?? '');
    expect(found.map((p) => [p.text, p.paragraph, p.ids.length])).toEqual([
      [SET_PHRASE, 1, 2],
      ['要把各项工作抓实抓细抓出成效，确保全年目标任务圆满完成。', 2, 1],
    ]);
    expect(found[0]?.ids.sort()).toEqual([ids[1], ids[2]].sort());
    expect(await library.recurringPassages(ids[3] ?? '')).toEqual([]);
  });

  it('compares sentences long enough to be a phrase of their own', () => {
    expect(
      sentencesOf('同志们：\n好。今天我们召开全市工作会议，研究部署重点工作。').map((s) => s.text),
    ).toEqual(['今天我们召开全市工作会议，研究部署重点工作。']);
  });
});
