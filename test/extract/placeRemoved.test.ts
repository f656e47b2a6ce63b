import { describe, expect, it } from 'vitest';
import { extractSpeech } from '../../src/extract';
import { isCaptureError } from '../../src/extract/types';
import { bodyWithRestored } from '../../src/popup/restoreRemoved';
import { parseHtml } from '../helpers/parse';

// Gold written here: the first paragraph is hard-wrapped over two lines (joined into one), and a download
// prompt stands between the second and third paragraphs. Put back, it must stand there again.
const FIRST_A =
  '同志们：今天我们召开全县安全生产工作会议，主要任务是认真贯彻落实省市安全生产工作会议精神，总结去年';
const FIRST_B = '全县安全生产工作，分析当前面临的形势，安排部署今年的重点工作任务。';
const SECOND =
  '过去一年，全县各级各部门认真履行安全生产职责，扎实开展隐患排查治理，全县安全生产形势总体平稳。';
const THIRD =
  '今年的安全生产工作，要坚持人民至上、生命至上，层层压实责任，确保全县安全生产形势持续稳定向好。';
const PROMPT = '点击下载本文完整版';
const page = `<!doctype html><html><head><meta charset="utf-8"><title>在全县安全生产工作会议上的讲话</title></head><body>
<h1>在全县安全生产工作会议上的讲话</h1><div class="content">
<p>${FIRST_A}</p><p>${FIRST_B}</p><p>${SECOND}</p><p>${PROMPT}</p><p>${THIRD}</p>
<p>${THIRD.replace('今年', '明年')}</p></div></body></html>`;

describe('a block left out of a text whose lines were joined', () => {
  it('goes back where it stood, not a paragraph later', () => {
    const r = extractSpeech(parseHtml(page), 'https://www.example.gov.cn/a.html');
    if (isCaptureError(r)) throw new Error(r.error.message);
    const paragraphs = r.body.split('\n');
    expect(paragraphs[0]).toBe(FIRST_A + FIRST_B);
    const i = r.removed.findIndex((b) => b.text === PROMPT);
    expect(i).toBeGreaterThanOrEqual(0);
    const restored = bodyWithRestored(r.body, r.removed, new Set([i])).split('\n');
    expect(restored.slice(1, 4)).toEqual([SECOND, PROMPT, THIRD]);
  });
});
