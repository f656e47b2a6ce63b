import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { pageOffers } from '../../src/capture/pageOffers';
import type { CaptureResult } from '../../src/extract/types';

const NOT_IMAGE_ONLY = { error: { code: 'no-text', message: '' } } as CaptureResult;

function pageWith(links: string): Document {
  const window = new Window({ url: 'https://www.example.gov.cn/xxgk/a.html' });
  window.document.write(`<!doctype html><title>通知</title><body>${links}</body>`);
  return window.document as unknown as Document;
}

describe('the documents a page links to', () => {
  it('finds them by path, by a query that spells its dot %2E, and by link text, among plain links', () => {
    const plain = Array.from({ length: 300 }, (_, i) => `<a href="/news/${i}.html">第${i}条新闻</a>`).join(
      '',
    );
    const doc = pageWith(
      `${plain}<a href="../files/讲话.pdf">附件1</a>` +
        '<a href="download.jsp?file=%E8%AE%B2%E8%AF%9D%2Edocx">附件2</a>' +
        '<a href="/d?id=3">工作报告.doc</a><a href="../files/讲话.pdf">再次</a><a href="/a.html">docs</a>',
    );
    const found = pageOffers(doc, NOT_IMAGE_ONLY).attachments ?? [];
    expect(found.map((f) => [f.url, f.kind, f.ext])).toEqual([
      ['https://www.example.gov.cn/files/%E8%AE%B2%E8%AF%9D.pdf', 'pdf', 'pdf'],
      ['https://www.example.gov.cn/xxgk/download.jsp?file=%E8%AE%B2%E8%AF%9D%2Edocx', 'docx', 'docx'],
      ['https://www.example.gov.cn/d?id=3', 'other', 'doc'],
    ]);
  });
});
