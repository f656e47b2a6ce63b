import { describe, expect, it } from 'vitest';
import { speechToMarkdown, speechToText } from '../../src/library/exchange/textFormats';
import { savedSpeech } from '../helpers/savedSpeech';

describe('Markdown and text of a speech', () => {
  it('give the title, the source and the paragraphs', () => {
    const md = speechToMarkdown(savedSpeech({ tags: ['政协'] }));
    expect(md.split('\n').slice(0, 4)).toEqual([
      '# 在全市政协工作会议上的讲话',
      '',
      '> 来源：示例市政府 <https://www.example.gov.cn/a.html>（2026-11-05）',
      '> 标签：政协',
    ]);
    expect(md).toContain('\n\n一、充分认识政协工作的重要意义\n\n');
    expect(md).not.toContain('注意');
  });

  it('say when the page did not show everything and when the text was recognised from images', () => {
    const md = speechToMarkdown(savedSpeech({ truncated: true, extractor: 'ocr' }));
    expect(md).toContain('> 注意：原页面没有显示全文。');
    expect(md).toContain('> 注意：文字由页面图片识别（OCR）而来，可能有错字。');
    const text = speechToText(savedSpeech({ extractor: 'ocr' })).split('\n');
    expect(text.slice(0, 3)).toEqual([
      '在全市政协工作会议上的讲话',
      '来源：示例市政府 https://www.example.gov.cn/a.html',
      '注意：文字由页面图片识别（OCR）而来，可能有错字。',
    ]);
    expect(speechToText(savedSpeech())).not.toContain('注意');
  });
});
