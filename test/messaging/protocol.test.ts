import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openLibrary } from '../../src/library';
import { broadcaster } from '../../src/messaging/broadcast';
import { answerCapture, readCaptureReply } from '../../src/messaging/capture';
import { observedLibrary } from '../../src/messaging/libraryEvents';
import {
  libraryHash,
  popupSearch,
  readLibraryRequest,
  readPopupRequest,
} from '../../src/messaging/pageLinks';
import { corpusCapture } from '../helpers/corpusCapture';

describe('capture', () => {
  it('answers with the record, or with the exception as a typed value', () => {
    const record = corpusCapture('seed-003-plain-speech');
    expect(answerCapture(() => record)).toEqual({ ...record, offers: {} });
    const offers = {
      attachments: [{ url: 'https://a.gov.cn/1.pdf', name: '讲话', kind: 'pdf' as const, ext: 'pdf' }],
    };
    expect(
      answerCapture(
        () => record,
        () => offers,
      ),
    ).toEqual({ ...record, offers });
    // the offers are extra: when reading them throws, the capture still answers
    expect(
      answerCapture(
        () => record,
        () => {
          throw new Error('offers');
        },
      ),
    ).toBe(record);
    expect(
      answerCapture(() => {
        throw new Error('boom');
      }),
    ).toEqual({ error: { code: 'failed', detail: 'boom' } });
  });

  it('lets only a record or a typed error back in', () => {
    const record = corpusCapture('seed-003-plain-speech');
    expect(readCaptureReply(record)).toBe(record);
    const refusal = { error: { code: 'list-page', message: '列表页' } };
    expect(readCaptureReply(refusal)).toBe(refusal);
    for (const junk of [undefined, null, 'x', { failed: 'old shape' }, { body: 1 }])
      expect(readCaptureReply(junk)).toEqual({ error: { code: 'failed', detail: expect.any(String) } });
  });
});

describe('page links', () => {
  it('writes and reads the popup target and the library speech', () => {
    expect(readPopupRequest(popupSearch({ tabId: 42 }))).toEqual({ tabId: 42 });
    expect(readPopupRequest('?tab=x')).toBeUndefined();
    expect(readPopupRequest('')).toBeUndefined();
    expect(readLibraryRequest(libraryHash({ speechId: 'a b/c' }))).toEqual({ speechId: 'a b/c' });
    expect(libraryHash({})).toBe('');
    expect(readLibraryRequest('')).toEqual({});
  });
});

describe('libraryChanged', () => {
  it('tells this page and every other page what a write changed, and nothing for a duplicate', async () => {
    const name = `events-${Math.random()}`;
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const here = observedLibrary(openLibrary(name, options), broadcaster(name));
    const there = observedLibrary(openLibrary(name, options), broadcaster(name));
    const heard: [string, unknown][] = [];
    here.onLibraryChange((change, from) => heard.push([`here:${from}`, change]));
    there.onLibraryChange((change, from) => heard.push([`there:${from}`, change]));
    const told = vi.fn();
    there.onChange(told);

    const record = corpusCapture('seed-003-plain-speech');
    await here.save(record);
    await vi.waitFor(() => expect(told).toHaveBeenCalledTimes(1));
    expect(heard).toEqual([
      ['here:this-page', { speeches: true }],
      ['there:another-page', { speeches: true }],
    ]);
    heard.length = 0;
    expect((await here.save(record)).status).toBe('duplicate');
    const [saved] = (await there.list()).items;
    await there.addExcerpt(saved?.id ?? '', '同志们');
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    expect(heard).toEqual([
      ['there:this-page', { excerpts: true }],
      ['here:another-page', { excerpts: true }],
    ]);
    here.close();
    there.close();
  });
});
