import { bodyWithMarkers } from '../gapMarkers';
import type { Excerpt, Speech } from '../types';

// The plain-text formats: Markdown and text of speeches, Markdown of excerpts.

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Said wherever a text read by OCR is written out: it may hold misread characters. */
export const RECOGNISED = '文字由页面图片识别（OCR）而来，可能有错字。';

/** Markdown a writer can paste anywhere: title, source lines, then the paragraphs. */
export function speechToMarkdown(s: Speech): string {
  const lines = [`# ${s.title}`, ''];
  for (const src of s.sources) lines.push(`> 来源：${src.site} <${src.url}>（${day(src.capturedAt)}）`);
  if (s.tags.length) lines.push(`> 标签：${s.tags.join('、')}`);
  if (s.truncated) lines.push('> 注意：原页面没有显示全文。');
  if (s.extractor === 'ocr') lines.push(`> 注意：${RECOGNISED}`);
  lines.push('');
  for (const p of bodyWithMarkers(s.body, s).split('\n')) if (p.trim()) lines.push(p, '');
  if (s.notes) lines.push('---', '', s.notes, '');
  return lines.join('\n').trimEnd();
}

export function speechToText(s: Speech): string {
  const head = [s.title, ...s.sources.map((src) => `来源：${src.site} ${src.url}`)];
  if (s.extractor === 'ocr') head.push(`注意：${RECOGNISED}`);
  return [...head, '', bodyWithMarkers(s.body, s)].join('\n');
}

/** > the passage, then where it is from: ready to paste into a draft with its source. */
export function excerptToMarkdown(e: Excerpt): string {
  const quote = e.text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
  const source = `——《${e.speechTitle}》${e.site ? `，${e.site}` : ''}${e.url ? ` <${e.url}>` : ''}`;
  return [quote, '', source, ...(e.note ? ['', e.note] : [])].join('\n');
}
