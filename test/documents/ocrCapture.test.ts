import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { createWorker } from 'tesseract.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureRecognised } from '../../src/documents/ocr/ocrCapture';
import { joinRecognisedSpaces, type OcrPage } from '../../src/documents/ocr/ocrPage';
import { openRecogniser, type Recogniser } from '../../src/documents/ocr/recogniser';
import { isCaptureError } from '../../src/extract/types';
import { charErrorRate } from '../helpers/charErrors';

const FIXTURES = join(import.meta.dirname, '../fixtures/ocr');
const gold = (name: string) =>
  JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as {
    image: string;
    title?: string;
    body: string[];
  };

/** A PNG's size from its IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });
const emptyDoc = () => parseHTML('<!doctype html><html><head></head><body></body></html>').document;

let recogniser: Recogniser;
const pages: OcrPage[] = [];

// tesseract.js in Node (worker_threads) with the chi_sim model the extension ships: seconds per image.
describe('page images recognised as one speech', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    recogniser = await openRecogniser(createWorker, 'chi_sim', {
      langPath: () =>
        join(import.meta.dirname, '../../node_modules/@tesseract.js-data/chi_sim/4.0.0_best_int'),
    });
    for (const name of ['speech-1', 'speech-2']) {
      const bytes = readFileSync(join(FIXTURES, gold(name).image));
      pages.push(await recogniser.read(new Uint8Array(bytes), pngSize(bytes)));
    }
  }, 120_000);
  afterAll(() => recogniser?.close());

  it('reads two page images as one text, without their header and page numbers, within 2% of the known text', () => {
    const result = captureRecognised(pages, 'http://127.0.0.1/wenku/view/1.html', '文库预览', emptyDoc());
    if (isCaptureError(result)) throw new Error(result.error.message);
    const known = [...gold('speech-1').body, ...gold('speech-2').body];
    expect(result.extractor).toBe('ocr');
    expect(charErrorRate(result.title, gold('speech-1').title ?? '')).toBeLessThan(0.1);
    expect(charErrorRate(result.body, known.join(''))).toBeLessThan(0.02);
    expect(result.body).not.toContain('某市总工会办公室印发');
    // the paragraph cut by the first image's end is one paragraph again
    expect(result.body.split('\n').length).toBe(known.length);
  });

  it('gives Chinese lines without the spaces the recogniser puts between characters', () => {
    expect(joinRecognisedSpaces('同志 们 : 今天 召开 ， 共 382 件 and 12 more')).toBe(
      '同志们:今天召开，共382件and 12 more',
    );
  });
});
