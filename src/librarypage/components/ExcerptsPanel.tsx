import { formatDate } from '../../ui/dom';
import { t } from '../../ui/i18n';
import type { PageProps } from './pageProps';

/** The 素材 panel: every excerpt with its source, delete, export as Markdown. */
export function ExcerptsPanel({ state, actions }: PageProps) {
  const all = state.excerpts.value;
  return (
    <section id="excerpts" hidden={!state.excerptsOpen.value} aria-label={t('excerptsToggle')}>
      <button type="button" id="export-excerpts" onClick={() => void actions.exportExcerpts()}>
        {t('excerptsExport')}
      </button>
      <ul id="excerpts-list">
        {all.length === 0 && <li class="muted">{t('excerptsEmpty')}</li>}
        {all.map((e) => (
          <li key={e.id} class="excerpt-item" data-id={e.id}>
            <blockquote>{e.text}</blockquote>
            <p class="excerpt-meta">
              <button
                type="button"
                class="excerpt-source link"
                onClick={() => actions.openReader(e.speechId)}
              >
                {`《${e.speechTitle}》`}
              </button>
              {` ${e.site} · ${formatDate(e.createdAt)}`}
              {e.note ? ` · ${e.note}` : ''}
            </p>
            <button type="button" class="excerpt-delete" onClick={() => void actions.deleteExcerpt(e.id)}>
              {t('libDelete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
