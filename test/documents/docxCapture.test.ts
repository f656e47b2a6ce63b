import { Packer } from 'docx';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { DocxReadError, type Mammoth } from '../../src/documents/docxBlocks';
import { captureDocx } from '../../src/documents/docxCapture';
import { officialDocument } from '../../src/export/officialDocx';
import { isCaptureError } from '../../src/extract/types';
import { savedSpeech } from '../helpers/savedSpeech';
import { styledDocx } from './makeDocx';
import { SPEECH_PARAGRAPHS, SPEECH_TITLE, SPEECH_UNDER } from './speechText';

const emptyDoc = () => parseHTML('<!doctype html><html><head></head><body></body></html>').document;
const reader = mammoth as unknown as Mammoth;
const toArrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

const saved = savedSpeech({
  title: SPEECH_TITLE,
  body: [...SPEECH_UNDER, ...SPEECH_PARAGRAPHS].join('\n'),
});

const url = 'https://www.example.gov.cn/files/%E8%AE%B2%E8%AF%9D.docx';

describe('a Word file captured as a speech', () => {
  it('reads a .docx from Gaoku’s own Word export back to its text', async () => {
    const data = toArrayBuffer(await Packer.toBuffer(officialDocument([saved])));
    const result = await captureDocx(reader, data, url, emptyDoc());
    if (isCaptureError(result)) throw new Error(result.error.message);
    expect(result.title).toBe(SPEECH_TITLE);
    expect(result.body.split('\n')).toEqual([...SPEECH_UNDER, ...SPEECH_PARAGRAPHS]);
    expect(result.extractor).toBe('docx');
  });

  it('reads a .docx with a Title and Heading styles, keeping the headings in place', async () => {
    const data = toArrayBuffer(await Packer.toBuffer(styledDocx()));
    const result = await captureDocx(reader, data, url, emptyDoc());
    if (isCaptureError(result)) throw new Error(result.error.message);
    expect(result.title).toBe(SPEECH_TITLE);
    expect(result.body.split('\n')).toEqual([...SPEECH_UNDER, ...SPEECH_PARAGRAPHS]);
    expect(result.meta.format).toBe('DOCX');
  });

  it('refuses a file that is not a .docx (an old .doc) with a clear error', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(captureDocx(reader, doc.buffer, url, emptyDoc())).rejects.toBeInstanceOf(DocxReadError);
  });
});
