import { describe, expect, it } from 'vitest';
import { syncContent } from '../../src/library/syncMerge';
import { docToExcerpt, docToSpeech, excerptToDoc, speechToDoc } from '../../src/sync/docs';
import { savedSpeech } from '../helpers/savedSpeech';

// The library's speeches as CouchDB documents and back: every field the library keeps makes the round trip,
// and a document that is not a speech of this client's layout does not come in.

const full = savedSpeech({
  id: 'x1',
  tags: ['政协', '协商'],
  notes: '备注',
  facts: { speaker: '张三', date: '2026-03-01', genre: '讲话' },
  parts: [{ title: '第一篇', body: '正文' }],
  truncated: true,
  truncation: [{ kind: 'gap', omitted: 706, offset: 1, notice: '省略706字' }],
  meta: { keywords: ['政协'], docId: '42' },
  deletedAt: 500,
  stamps: { title: { at: 300, kind: 'edit' }, trash: { at: 500, kind: 'edit' } },
  history: [{ field: 'title', value: '旧标题', at: 100 }],
  savedBy: { name: '张三 · 综合科', device: '办公室电脑' },
});

describe('speech documents', () => {
  it('carry every field there and back', () => {
    const doc = speechToDoc(full, '3-abc');
    expect(doc).toMatchObject({ _id: 'speech:x1', _rev: '3-abc', type: 'speech', v: 1 });
    expect(syncContent(docToSpeech(JSON.parse(JSON.stringify(doc))) ?? savedSpeech())).toBe(
      syncContent(full),
    );
  });

  it('leave out what is not a field of a speech', () => {
    const doc = JSON.parse(JSON.stringify(speechToDoc(full)));
    doc.speech.extra = 'x';
    doc.speech.history.push({ field: 'password', value: 'x', at: 1 });
    const back = docToSpeech(doc);
    expect(back).not.toHaveProperty('extra');
    expect(back?.history).toHaveLength(1);
  });

  it.each([
    ['another type', (d: Record<string, unknown>) => ({ ...d, type: 'note' })],
    ['a newer layout', (d: Record<string, unknown>) => ({ ...d, v: 2 })],
    ['an id that is not its own', (d: Record<string, unknown>) => ({ ...d, _id: 'speech:other' })],
    ['a title that is not text', (d: { speech: object }) => ({ ...d, speech: { ...d.speech, title: 5 } })],
    ['tags that are not text', (d: { speech: object }) => ({ ...d, speech: { ...d.speech, tags: [1] } })],
    ['a source without a url', (d: { speech: object }) => ({ ...d, speech: { ...d.speech, sources: [{}] } })],
  ])('refuse %s', (_what, spoil) => {
    const doc = JSON.parse(JSON.stringify(speechToDoc(full)));
    expect(docToSpeech(spoil(doc))).toBeUndefined();
  });
});

describe('excerpt documents', () => {
  it('carry an excerpt there and back', () => {
    const e = {
      id: 'e1',
      speechId: 'x1',
      speechTitle: '讲话',
      url: 'https://a.cn/1',
      site: 'A',
      text: '同志们',
      note: '',
      createdAt: 5,
    };
    expect(docToExcerpt(JSON.parse(JSON.stringify(excerptToDoc(e))))).toEqual(e);
    expect(docToExcerpt(speechToDoc(full))).toBeUndefined();
  });
});
