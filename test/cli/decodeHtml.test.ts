import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../scripts/decodeHtml';
import { parseHtml } from '../../scripts/parseHtml';
import { extractSpeech, isCaptureError } from '../../src/extract';

const DIR = join(import.meta.dirname, '../fixtures/encoding');
const SPEECH = readFileSync(join(DIR, 'speech.txt'), 'utf8').trim();
const capture = (file: string) => {
  const r = extractSpeech(
    parseHtml(decodeHtml(readFileSync(join(DIR, file)))),
    'https://www.example.gov.cn/a.html',
  );
  return isCaptureError(r) ? r.error.code : [r.title, r.body.split('\n')];
};

describe('a saved page read in the charset it was saved in', () => {
  it('reads a GBK page by its <meta> charset (gb2312, read as its superset)', () => {
    expect(capture('gbk-speech.html')).toEqual(['在全县安全生产工作会议上的讲话', [SPEECH, SPEECH]]);
  });
  it('reads a page converted to UTF-8 that still declares GBK as UTF-8', () => {
    expect(capture('utf8-declared-gbk.html')).toEqual(['在全县安全生产工作会议上的讲话', [SPEECH, SPEECH]]);
  });
  it('reads GBK bytes with no declaration as GB18030, and honours a byte-order mark', () => {
    const gbk = readFileSync(join(DIR, 'gbk-speech.html'));
    const bare = Buffer.from(gbk.toString('latin1').replace(/<meta[^>]*>/, ''), 'latin1');
    expect(decodeHtml(bare)).toContain(SPEECH);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<p>${SPEECH}</p>`)]);
    expect(decodeHtml(bom)).toBe(`<p>${SPEECH}</p>`);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<p>${SPEECH}</p>`, 'utf16le')]);
    expect(decodeHtml(utf16)).toBe(`<p>${SPEECH}</p>`);
  });
});
