import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { officialDocument } from '../../src/export/officialDocx';
import type { Speech } from '../../src/library/types';
import { savedSpeech } from '../helpers/savedSpeech';

const speech = (over: Partial<Speech> = {}): Speech => savedSpeech({ truncated: true, ...over });

async function documentXml(speeches: Speech[]): Promise<string> {
  const zip = unzipSync(new Uint8Array(await Packer.toBuffer(officialDocument(speeches))));
  expect(Object.keys(zip)).toContain('[Content_Types].xml');
  return strFromU8(zip['word/document.xml'] as Uint8Array);
}

/** The run properties of the run holding `text`. */
function runOf(xml: string, text: string): string {
  const at = xml.indexOf(`>${text}</w:t>`);
  expect(at, text).toBeGreaterThan(0);
  const start = xml.lastIndexOf('<w:r>', at);
  return xml.slice(start, at);
}

describe('officialDocument', () => {
  it('lays a speech out the GB/T 9704 way', async () => {
    const xml = await documentXml([speech()]);
    expect(runOf(xml, '在全市政协工作会议上的讲话')).toMatch(
      /w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/,
    );
    expect(runOf(xml, '同志们：')).toMatch(/w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
    expect(runOf(xml, '一、充分认识政协工作的重要意义')).toContain('w:eastAsia="黑体"');
    expect(runOf(xml, '（一）提高政治站位')).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).toContain('w:firstLine="640"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toContain('来源：示例市政府　https://www.example.gov.cn/a.html　（采集于 2026-11-05）');
    expect(xml).toContain('（原页面没有显示全文）');
  });

  it('starts every speech of a selection on a new page, and keeps text as text', async () => {
    const xml = await documentXml([
      speech(),
      speech({ id: 'b', title: '第二篇 <b>&amp;', body: '正文 <script>x</script>' }),
    ]);
    expect(xml.match(/<w:br w:type="page"\/>/g)).toHaveLength(1);
    expect(xml).toContain('第二篇 &lt;b&gt;&amp;amp;');
    expect(xml).toContain('正文 &lt;script&gt;x&lt;/script&gt;');
  });

  it('says a recognised text may hold misread characters, and says nothing of it for page text', async () => {
    expect(await documentXml([speech({ truncated: false, extractor: 'ocr' })])).toContain('识别（OCR）');
    expect(await documentXml([speech({ truncated: false })])).not.toContain('OCR');
  });
});
