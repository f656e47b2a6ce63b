import { parseHTML } from 'linkedom';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { fileTitle } from '../../src/documents/captureBlocks';
import { capturePdf } from '../../src/documents/pdfCapture';
import { type PdfJs, PdfReadError, readPdfPages } from '../../src/documents/pdfText';
import { isCaptureError } from '../../src/extract/types';
import { makePdf, type PdfSpec } from './makePdf';
import { SPEECH_PARAGRAPHS, SPEECH_TITLE, SPEECH_UNDER } from './speechText';

const CMAPS = new URL('../../node_modules/pdfjs-dist/cmaps/', import.meta.url).pathname;
const emptyDoc = () => parseHTML('<!doctype html><html><head></head><body></body></html>').document;

async function capture(spec: PdfSpec, url = 'http://127.0.0.1/files/speech.pdf') {
  const pages = await readPdfPages(pdfjs as unknown as PdfJs, await makePdf(spec), { cMapUrl: CMAPS });
  return { pages, result: capturePdf(pages, url, emptyDoc()) };
}

const speech: PdfSpec = {
  title: SPEECH_TITLE,
  under: SPEECH_UNDER,
  paragraphs: SPEECH_PARAGRAPHS,
  header: '某市总工会办公室印发',
  pageNumber: (n) => `- ${n} -`,
  size: 18,
};

// pdfkit embeds a CJK font subset for each file: seconds on a loaded machine
describe('a PDF captured as a speech', { timeout: 60_000 }, () => {
  it('reads a three-page speech paragraph for paragraph, without its running header and page numbers', async () => {
    const { pages, result } = await capture(speech);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    if (isCaptureError(result)) throw new Error(result.error.message);
    expect(result.title).toBe(SPEECH_TITLE);
    const body = result.body.split('\n');
    expect(body.filter((l) => SPEECH_PARAGRAPHS.includes(l))).toEqual(SPEECH_PARAGRAPHS);
    expect(result.body).not.toMatch(/某市总工会办公室印发|- \d -/);
    expect(result.extractor).toBe('pdf');
    expect(result.meta.pages).toBe(pages.length);
    expect(result.meta.format).toBe('PDF');
  });

  it('keeps the date line and the speaker under the title', async () => {
    const { result } = await capture(speech);
    if (isCaptureError(result)) throw new Error(result.error.message);
    const body = result.body.split('\n');
    for (const line of SPEECH_UNDER) expect(body.slice(0, 3)).toContain(line);
  });

  it('reads a two-column page column by column', async () => {
    const { pages, result } = await capture({ ...speech, columns: 2, size: 11, header: undefined });
    const rightColumn =
      pages[0]?.pieces.filter((p) => p.text.trim() && p.x > (pages[0]?.width ?? 0) / 2) ?? [];
    expect(rightColumn.length).toBeGreaterThan(10);
    if (isCaptureError(result)) throw new Error(result.error.message);
    const body = result.body.split('\n');
    expect(body.filter((l) => SPEECH_PARAGRAPHS.includes(l))).toEqual(SPEECH_PARAGRAPHS);
  });

  it('drops 第N页 page numbers and keeps a masthead and a 文号 as text', async () => {
    const above = ['某市总工会文件', '市工发〔2024〕3号'];
    const { result } = await capture({ ...speech, above, pageNumber: (n) => `第${n}页`, header: undefined });
    if (isCaptureError(result)) throw new Error(result.error.message);
    expect(result.title).toBe(SPEECH_TITLE);
    expect(result.body).not.toMatch(/第\d页/);
    expect(result.body.startsWith(above.join('\n'))).toBe(true);
    expect(result.body.split('\n').filter((l) => SPEECH_PARAGRAPHS.includes(l))).toEqual(SPEECH_PARAGRAPHS);
  });

  it('drops the small running header of a one-page file, where no repetition shows it, and keeps its masthead', async () => {
    const above = ['某市总工会文件'];
    const onePage = { ...speech, above, paragraphs: SPEECH_PARAGRAPHS.slice(0, 3), size: 12 };
    const { pages, result } = await capture(onePage);
    expect(pages).toHaveLength(1);
    if (isCaptureError(result)) throw new Error(result.error.message);
    expect(result.body).not.toContain('某市总工会办公室印发');
    expect(result.body.startsWith('某市总工会文件\n')).toBe(true);
    expect(result.body.split('\n').filter((l) => SPEECH_PARAGRAPHS.includes(l))).toEqual(
      SPEECH_PARAGRAPHS.slice(0, 3),
    );
  });

  it('answers image-only for a PDF without a text layer', async () => {
    const result = capturePdf(
      [{ width: 595, height: 842, pieces: [] }],
      'http://127.0.0.1/scan.pdf',
      emptyDoc(),
    );
    expect(isCaptureError(result) && result.error.code).toBe('image-only');
  });

  it('refuses bytes that are not a PDF with a clear error', async () => {
    const bytes = new TextEncoder().encode('<html>not a pdf</html>');
    await expect(readPdfPages(pdfjs as unknown as PdfJs, bytes, { cMapUrl: CMAPS })).rejects.toBeInstanceOf(
      PdfReadError,
    );
  });

  it('names an untitled PDF after its file', () => {
    expect(fileTitle('https://www.example.gov.cn/u/%E8%AE%B2%E8%AF%9D.pdf?v=2')).toBe('讲话');
  });
});
