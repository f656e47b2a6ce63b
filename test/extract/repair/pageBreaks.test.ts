import { describe, expect, it } from 'vitest';
import { extractSpeech, isCaptureError } from '../../../src/extract';
import { page } from '../../helpers/parse';

const FIRST =
  '今天召开全区工作会议，主要任务是总结上半年工作，安排部署下半年任务。我们必须切实把思想和行动统一到';
const SECOND = '区委、区政府的决策部署上来，以更高标准推进各项事业发展。';
const THIRD = '同志们，让我们团结一心，真抓实干，确保全年目标任务圆满完成！';

function bodyOf(html: string, title = '在全区工作会议上的讲话'): string {
  const r = extractSpeech(page(html, `<title>${title}_文库</title>`), 'https://doc.example.com/p/1.html');
  if (isCaptureError(r)) throw new Error(r.error.message);
  return r.body;
}

describe('page markers between preview pages', () => {
  it.each([['- 1 -'], ['— 1 —'], ['－1－'], ['第1页 共3页'], ['第 1 頁 共 3 頁'], ['1/3'], ['第1页']])(
    '%s is dropped and the sentence it split is joined',
    (marker) => {
      const body = bodyOf(
        `<h1>在全区工作会议上的讲话</h1><div><p>${FIRST}</p><p>${marker}</p><p>${SECOND}</p><p>${THIRD}</p></div>`,
      );
      expect(body.split('\n')).toEqual([FIRST + SECOND, THIRD]);
    },
  );

  it('a running header repeated after every page marker goes too', () => {
    const header = '某区2023年工作会议材料';
    const body = bodyOf(
      `<h1>在全区工作会议上的讲话</h1><div><p>${FIRST}</p><p>- 1 -</p><p>${header}</p><p>${SECOND}</p><p>- 2 -</p><p>${header}</p><p>${THIRD}</p></div>`,
    );
    expect(body.split('\n')).toEqual([FIRST + SECOND, THIRD]);
  });
});

describe('title line repeated at the top', () => {
  it.each([
    [
      'simplified, centred',
      '在全区工作会议上的讲话',
      '<p style="text-align:center">在全区工作会议上的讲话</p>',
    ],
    ['traditional, bold', '在全區工作會議上的講話', '<p><strong>在全區工作會議上的講話</strong></p>'],
    ['with a file extension in the h1', '在全区工作会议上的讲话.docx', '<p>在全区工作会议上的讲话</p>'],
  ])('%s', (_name, h1, first) => {
    const body = bodyOf(`<h1>${h1}</h1><div>${first}<p>${FIRST}${SECOND}</p><p>${THIRD}</p></div>`, h1);
    expect(body.split('\n')).toEqual([FIRST + SECOND, THIRD]);
  });

  it('a paragraph that merely starts with the title words stays', () => {
    const line = '在全区工作会议上的讲话要简短，这是区委的一贯要求，大家要带头落实。';
    const body = bodyOf(
      `<h1>在全区工作会议上的讲话</h1><div><p>${line}</p><p>${FIRST}${SECOND}</p><p>${THIRD}</p></div>`,
    );
    expect(body.split('\n')).toEqual([line, FIRST + SECOND, THIRD]);
  });
});

describe('a preview that stops', () => {
  const cap = (last: string) => {
    const html = `<h1>在全区工作会议上的讲话</h1><div><p>${FIRST}${SECOND}</p><p>${last}</p></div><div><a href="/down/1">下载文档</a></div>`;
    const r = extractSpeech(
      page(html, '<title>在全区工作会议上的讲话_文库</title>'),
      'https://doc.example.com/p/1.html',
    );
    if (isCaptureError(r)) throw new Error(r.error.message);
    return r.truncated;
  };
  it.each([
    [
      'mid-sentence before a download prompt',
      '要加强师德师风建设，深化教育评价改革，推动基层党组织全面进步、全面过硬',
      true,
    ],
    ['on a closing formula without a stop', '最后，预祝本次大会圆满成功，谢谢大家', false],
    ['traditional closing', '最後，祝大家身體健康、工作順利，謝謝大家', false],
    ['on a full stop', '让我们团结一心，真抓实干，确保全年目标任务圆满完成。', false],
  ])('%s', (_name, last, truncated) => {
    expect(cap(last)).toBe(truncated);
  });
});
