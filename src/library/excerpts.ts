import type { Excerpt } from './types';

/** An excerpt with its keys in the order every export writes them. */
export const excerptForExport = (e: Excerpt): Excerpt => ({
  id: e.id,
  speechId: e.speechId,
  speechTitle: e.speechTitle,
  url: e.url,
  site: e.site,
  text: e.text,
  note: e.note,
  createdAt: e.createdAt,
});

/** > the passage, then where it is from: ready to paste into a draft with its source. */
export function excerptToMarkdown(e: Excerpt): string {
  const quote = e.text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
  const source = `——《${e.speechTitle}》${e.site ? `，${e.site}` : ''}${e.url ? ` <${e.url}>` : ''}`;
  return [quote, '', source, ...(e.note ? ['', e.note] : [])].join('\n');
}
