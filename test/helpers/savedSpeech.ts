import type { Speech } from '../../src/library/types';

/** A saved speech as the library holds one, with one source; tests override what they look at. */
export const savedSpeech = (over: Partial<Speech> = {}): Speech => ({
  id: 'a',
  title: '在全市政协工作会议上的讲话',
  body: '同志们：\n一、充分认识政协工作的重要意义\n（一）提高政治站位\n人民政协是统一战线的组织。',
  parts: [],
  truncated: false,
  truncation: [],
  meta: { keywords: [] },
  facts: {},
  censored: 0,
  extractor: 'generic',
  tags: [],
  notes: '',
  sources: [
    {
      url: 'https://www.example.gov.cn/a.html',
      normalizedUrl: 'https://www.example.gov.cn/a.html',
      site: '示例市政府',
      capturedAt: Date.UTC(2026, 10, 5),
    },
  ],
  createdAt: 0,
  updatedAt: 0,
  ...over,
});
