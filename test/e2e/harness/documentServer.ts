import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Packer } from 'docx';
import { styledDocx } from '../../documents/makeDocx';
import { makePdf } from '../../documents/makePdf';
import {
  REPORT_PARAGRAPHS,
  REPORT_TITLE,
  SPEECH_PARAGRAPHS,
  SPEECH_TITLE,
  SPEECH_UNDER,
} from '../../documents/speechText';

const OCR = join(import.meta.dirname, '../../fixtures/ocr');

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  png: 'image/png',
  jpg: 'image/jpeg',
  html: 'text/html; charset=utf-8',
};

/** A government notice page whose speech is in its attachments (附件), as such sites publish one. */
const NOTICE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于印发全市工会系统年度工作会议讲话的通知_某市总工会</title></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<div class="article"><h1>关于印发全市工会系统年度工作会议讲话的通知</h1>
<p>各区县总工会、市直各产业工会：</p><p>现将张明远同志在全市工会系统年度工作会议上的讲话印发给你们，请认真学习贯彻。</p>
<p>附件：</p>
<p><a href="/files/speech.docx">1. 在全市工会系统年度工作会议上的讲话.docx</a></p>
<p><a href="/files/report.pdf">2. 关于市政协2024年度提案办理情况的报告.pdf</a></p>
<p><a href="/files/old.doc">3. 会议日程.doc</a></p>
<p>某市总工会办公室　2024年3月5日</p></div></body></html>`;

/** A 文库-style preview: the document only as page images, in a viewer. */
const PREVIEW = (
  images: string[],
  notLoaded = 0,
) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>在全市工会系统年度工作会议上的讲话 - 文库</title></head>
<body><div class="doc-title">在全市工会系统年度工作会议上的讲话</div>
<div class="viewer">${images.map((src) => `<div class="page-box"><img src="${src}" width="1000"></div>`).join('')}${'<div class="page-box"><img data-src="/ocr/later.png" width="1000"></div>'.repeat(notLoaded)}</div>
<div class="tips">还剩 0 页未读，继续阅读</div></body></html>`;

/**
 * /preview/<name>.html: one rendered page image of test/fixtures/ocr as a preview's first page, in its
 * script's language, the next page not loaded yet (its image waits for the viewer to scroll, as 文库 pages do).
 */
function singlePreview(name: string): string {
  const gold = JSON.parse(readFileSync(join(OCR, `${name}.json`), 'utf8')) as { image: string; lang: string };
  const html = PREVIEW([`/ocr/${gold.image}`], 1);
  return gold.lang === 'chi_tra' ? html.replace('lang="zh-CN"', 'lang="zh-TW"') : html;
}

export interface DocumentServer {
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Files made from known text (test/documents/speechText.ts), on 127.0.0.1: a PDF of the speech
 * (/files/speech.pdf, three pages with a running header and page numbers; /files/long.pdf, 21), the
 * speech as .docx, the report
 * as PDF, an old .doc, the notice page linking them (/notice.html), and image-only previews of the rendered
 * page images (/preview.html: the speech's two pages; /preview/<name>.html: one image of test/fixtures/ocr).
 */
export async function startDocumentServer(): Promise<DocumentServer> {
  const files: Record<string, Buffer> = {
    '/files/speech.pdf': Buffer.from(
      await makePdf({
        title: SPEECH_TITLE,
        under: SPEECH_UNDER,
        paragraphs: SPEECH_PARAGRAPHS,
        header: '某市总工会办公室印发',
        pageNumber: (n) => `- ${n} -`,
        size: 18,
      }),
    ),
    // 21 pages: the speech ten times over, each time under a numbered heading
    '/files/long.pdf': Buffer.from(
      await makePdf({
        title: SPEECH_TITLE,
        paragraphs: Array.from({ length: 10 }, (_, i) => [`第${i + 1}部分`, ...SPEECH_PARAGRAPHS]).flat(),
        header: '某市总工会办公室印发',
        pageNumber: (n) => `- ${n} -`,
        size: 18,
      }),
    ),
    '/files/report.pdf': Buffer.from(await makePdf({ title: REPORT_TITLE, paragraphs: REPORT_PARAGRAPHS })),
    '/files/speech.docx': await Packer.toBuffer(styledDocx()),
    '/files/old.doc': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    '/notice.html': Buffer.from(NOTICE),
    '/preview.html': Buffer.from(PREVIEW(['/ocr/speech-1.png', '/ocr/speech-2.png'])),
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const ocr = /^\/ocr\/([\w-]+\.(?:png|jpg))$/.exec(path);
    const single = /^\/preview\/([\w-]+)\.html$/.exec(path);
    const body = ocr
      ? readFileSync(join(OCR, ocr[1] as string))
      : single
        ? Buffer.from(singlePreview(single[1] as string))
        : files[path];
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream' })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
