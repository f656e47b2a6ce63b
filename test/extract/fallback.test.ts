import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSpeech, isCaptureError } from '../../src/extract';
import { readabilityArticle } from '../../src/extract/fallback';
import { page, parseHtml } from '../helpers/parse';

const fixture = (id: string) =>
  parseHtml(readFileSync(join(__dirname, '../fixtures/pages', id, 'page.html'), 'utf8'));

describe('Readability fallback', () => {
  it('takes over when the line scorer finds no running text, and leaves the page DOM as it was', () => {
    const doc = fixture('recitation-short-lines');
    const before = doc.documentElement.outerHTML;
    const r = extractSpeech(doc, 'https://www.xinghuofanwen.com/langsong/20220928/3312.html');
    if (isCaptureError(r)) throw new Error(r.error.message);
    expect(r.extractor).toBe('readability');
    expect(r.body.split('\n')).toHaveLength(20);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('captures a text set between pictures: the pictures are no reason to refuse', () => {
    // The recitation's short lines, each followed by a picture, as a post of pictures with a poem in it.
    const doc = fixture('recitation-short-lines');
    const lines = Array.from(doc.querySelectorAll('.post-text > div'));
    for (const p of lines) {
      const img = doc.createElement('img');
      img.setAttribute('src', `/pic/${lines.indexOf(p)}.jpg`);
      img.setAttribute('width', '640');
      img.setAttribute('height', '480');
      p.after(img);
    }
    const r = extractSpeech(doc, 'https://www.xinghuofanwen.com/langsong/20220928/3312.html');
    if (isCaptureError(r)) throw new Error(r.error.code);
    expect(r.body.split('\n')).toHaveLength(20);
  });

  it('is not consulted when the generic path finds the speech', () => {
    const r = extractSpeech(fixture('gov-press-conference'), 'https://example.org/fbh/305.html');
    if (isCaptureError(r)) throw new Error(r.error.message);
    expect(r.extractor).toBe('generic');
  });

  it('does not turn an image-only preview or a list page into text', () => {
    for (const [id, code] of [
      ['doc-image-only', 'image-only'],
      ['gov-list-page', 'list-page'],
      ['fanwen-list-summaries', 'list-page'],
    ] as const) {
      const r = extractSpeech(fixture(id), 'https://example.org/x.html');
      expect(isCaptureError(r) && r.error.code).toBe(code);
    }
  });

  it('asked about the <body> box, reads the whole page (a body set inside a body reads as nothing)', () => {
    const doc = fixture('recitation-short-lines');
    const whole = readabilityArticle(doc)?.textContent;
    expect(whole).toContain(doc.querySelector('.post-text > div')?.textContent);
    expect(readabilityArticle(doc, doc.body)?.textContent).toBe(whole);
    expect(readabilityArticle(doc, doc.documentElement)?.textContent).toBe(whole);
  });

  it('asked about one box, reads that box alone (in the CLI’s DOM as in a browser)', () => {
    const para = (topic: string) =>
      `<p>${`关于${topic}的工作，我们坚持问题导向，逐项研究落实，确保各项任务按期完成，取得了明显成效。`.repeat(4)}</p>`;
    const doc = page(
      `<div id="story"><h1>总结</h1>${para('安全生产').repeat(3)}</div><div id="other">${para('招商引资').repeat(3)}</div>`,
      '<title>总结</title>',
    );
    const text = readabilityArticle(doc, doc.getElementById('story') as Element)?.textContent ?? '';
    expect(text).toContain('安全生产');
    expect(text).not.toContain('招商引资');
    expect(doc.getElementById('other')).not.toBeNull();
  });
});
