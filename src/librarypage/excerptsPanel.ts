import type { Excerpt, Library } from '../library/types';
import { byId, downloadText, formatDate, h, show } from '../ui/dom';
import { t } from '../ui/i18n';
import { exportFileName } from './fileNames';

/** The text selected inside `container`, or '' when the selection is elsewhere. */
export function selectionWithin(container: HTMLElement): string {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return '';
  const range = sel.getRangeAt(0);
  return container.contains(range.commonAncestorContainer) ? sel.toString().trim() : '';
}

function excerptItem(e: Excerpt, onDelete: () => void, openSpeech: (id: string) => void): HTMLElement {
  const remove = h('button', { type: 'button', class: 'excerpt-delete' }, t('libDelete'));
  remove.addEventListener('click', onDelete);
  const source = h('button', { type: 'button', class: 'excerpt-source link' }, `《${e.speechTitle}》`);
  source.addEventListener('click', () => openSpeech(e.speechId));
  return h(
    'li',
    { class: 'excerpt-item', 'data-id': e.id },
    h('blockquote', {}, e.text),
    h(
      'p',
      { class: 'excerpt-meta' },
      source,
      ` ${e.site} · ${formatDate(e.createdAt)}`,
      e.note ? ` · ${e.note}` : '',
    ),
    remove,
  );
}

/** The 素材 panel: every excerpt with its source, delete, export as Markdown. */
export function excerptsPanel(library: Library, openSpeech: (id: string) => void) {
  const box = byId('excerpts');
  async function render(): Promise<void> {
    if (box.hidden) return;
    const all = await library.listExcerpts();
    byId('excerpts-list').replaceChildren(
      ...(all.length
        ? all.map((e) =>
            excerptItem(
              e,
              async () => {
                await library.deleteExcerpt(e.id);
                await render();
              },
              openSpeech,
            ),
          )
        : [h('li', { class: 'muted' }, t('excerptsEmpty'))]),
    );
  }
  byId('excerpts-toggle').addEventListener('click', async () => {
    show(box, box.hidden);
    byId('excerpts-toggle').setAttribute('aria-expanded', String(!box.hidden));
    await render();
  });
  byId('export-excerpts').addEventListener('click', async () => {
    downloadText(
      await library.exportExcerpts(),
      exportFileName('md').replace('gaoku-', 'gaoku-sucai-'),
      'text/markdown',
    );
  });
  return { render };
}
