import type { RefObject } from 'preact';
import type { Speech } from '../../library/types';
import { truncationSummary } from '../../popup/truncationSummary';
import { formatDate } from '../../ui/dom';
import { t, tn } from '../../ui/i18n';
import type { PageProps } from './pageProps';
import { factsLine } from './ReaderEditor';

/** What the page said of the document: its number, pages, format, dates, and its own keyword line, labelled. */
function metaLine(s: Speech): string {
  const meta = [
    s.meta.docId && t('reader.docId', s.meta.docId),
    s.meta.pages && tn('reader.pages', s.meta.pages),
    s.meta.format,
    s.meta.uploaded,
    s.meta.published,
    s.meta.keywords.length > 0 && t('reader.pageKeywords', s.meta.keywords.join(' ')),
    s.censored > 0 && tn('reader.censored', s.censored),
  ].filter(Boolean) as string[];
  return [...new Set(meta)].join(' · ');
}

const goTo = (id: string, then?: (el: HTMLElement) => void) => {
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: 'center' });
  if (el) then?.(el);
};

/**
 * The speech's identity first: its title, the user's tags, the facts, where it came from and what can be done
 * with it, above the text (they used to sit below thousands of pixels of it).
 */
export function ReaderHeader({
  actions,
  speech,
  convert,
  titleBox,
}: PageProps & {
  speech: Speech | undefined;
  convert: (s: string) => string;
  titleBox: RefObject<HTMLHeadingElement | null>;
}) {
  const summary = speech ? truncationSummary(speech) : undefined;
  const meta = speech ? metaLine(speech) : '';
  const first = speech?.sources[0];
  return (
    <header class="reader-head">
      <h2 id="reader-title" tabindex={-1} ref={titleBox}>
        {speech ? convert(speech.title) : ''}
      </h2>
      {speech && speech.tags.length > 0 && (
        <ul id="reader-tags" class="tag-chips" aria-label={t('libTags')}>
          {speech.tags.map((tag) => (
            <li key={tag} class="tag-chip">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <p id="reader-facts">{speech ? factsLine(speech.facts) : ''}</p>
      {first && (
        <p id="reader-source-line" class="muted">
          {`${first.site || first.url} · ${t('libCaptured', formatDate(first.capturedAt))}`}
          {speech && speech.sources.length > 1
            ? ` · ${tn('reader.moreSources', speech.sources.length - 1)}`
            : ''}
        </p>
      )}
      {speech && (
        <div id="reader-actions" class="actions">
          <button type="button" id="reader-edit" onClick={() => goTo('edit-title', (el) => el.focus())}>
            {t('reader.edit')}
          </button>
          <button type="button" id="reader-export-docx" onClick={() => void actions.exportDocx([speech.id])}>
            {t('libExportDocx')}
          </button>
          <button
            type="button"
            id="reader-to-recurring"
            onClick={() => goTo('find-recurring', (el) => el.click())}
          >
            {t('recurringFind')}
          </button>
          <button type="button" id="reader-delete" onClick={() => void actions.remove([speech.id])}>
            {t('libDelete')}
          </button>
        </div>
      )}
      <div id="reader-meta">
        {summary && <p class="warning">{t('libTruncatedNote', summary)}</p>}
        {speech?.extractor === 'ocr' && (
          <p id="reader-recognised" class="warning">
            {t('libRecognisedNote')}
          </p>
        )}
        {meta && <p>{meta}</p>}
        {speech?.savedBy && (
          <p id="reader-saved-by">{t('sync.savedBy', speech.savedBy.name, speech.savedBy.device)}</p>
        )}
      </div>
    </header>
  );
}
