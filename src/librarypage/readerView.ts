import type { Speech } from '../library/types';
import { truncationSummary } from '../popup/truncationSummary';
import { byId, formatDate, h, show } from '../ui/dom';
import { t, tn } from '../ui/i18n';
import { factsLine, fillFactsForm } from './factsForm';
import { safeHref } from './fileNames';
import { outlineOf } from './outline';

/** The reader shows the speech in the chosen script; the editor always edits what is saved. */
export function fillReader(s: Speech, shown: (text: string) => string = (x) => x): void {
  byId('reader-title').textContent = shown(s.title);
  const body = shown(s.body);
  const paragraphs = body.split('\n');
  const outline = outlineOf(body);
  const headingAt = new Map(outline.map((o) => [o.paragraph, o]));
  byId('reader-body').replaceChildren(
    ...paragraphs.map((p, i) => {
      const heading = headingAt.get(i);
      return heading
        ? h(heading.level === 1 ? 'h3' : 'h4', { id: `p-${i}`, class: 'reader-heading' }, p)
        : h('p', { id: `p-${i}` }, p);
    }),
  );
  byId('reader-outline').replaceChildren(
    ...outline.map((o) => {
      const a = h('a', { href: `#p-${o.paragraph}`, class: `level-${o.level}` }, o.text);
      a.addEventListener('click', (e) => {
        e.preventDefault();
        document.getElementById(`p-${o.paragraph}`)?.scrollIntoView({ block: 'start' });
      });
      return h('li', { class: `level-${o.level}` }, a);
    }),
  );
  show(byId('reader-outline-box'), outline.length > 0);
  byId('reader-sources').replaceChildren(
    ...s.sources.map((src) => {
      const href = safeHref(src.url);
      const link = href
        ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, src.site || src.url)
        : h('span', {}, src.url);
      return h('li', {}, link, ` · ${t('libCaptured', formatDate(src.capturedAt))}`);
    }),
  );
  const meta = [
    s.meta.docId && t('reader.docId', s.meta.docId),
    s.meta.pages && tn('reader.pages', s.meta.pages),
    s.meta.format,
    s.meta.uploaded,
    s.meta.published,
    s.meta.keywords.length > 0 && s.meta.keywords.join(' '),
    s.censored > 0 && tn('reader.censored', s.censored),
  ].filter(Boolean) as string[];
  const uniqueMeta = [...new Set(meta)];
  const summary = truncationSummary(s);
  byId('reader-meta').replaceChildren(
    ...(summary ? [h('p', { class: 'warning' }, t('libTruncatedNote', summary))] : []),
    ...(uniqueMeta.length ? [h('p', {}, uniqueMeta.join(' · '))] : []),
  );
  byId<HTMLInputElement>('edit-title').value = s.title;
  byId<HTMLInputElement>('edit-tags').value = s.tags.join('，');
  byId<HTMLTextAreaElement>('edit-notes').value = s.notes;
  fillFactsForm(s.facts);
  byId('reader-facts').textContent = factsLine(s.facts);
  byId('reader-status').textContent = '';
  byId('reader-recurring').replaceChildren();
}
