import { formatDate } from '../../ui/dom';
import { Highlighted } from '../../ui/Highlighted';
import { t, tn } from '../../ui/i18n';
import { genreLabel, levelLabel } from '../../ui/labels';
import type { Row } from '../libraryState';
import type { PageProps } from './pageProps';

type Props = PageProps & { row: Row; top: number; height: number };

/** One speech in the list: select box, title, where from, when, how long, facts, tags, the search snippet. */
export function SpeechRow({ state, actions, row: { speech, hit }, top, height }: Props) {
  const trash = state.view.value === 'trash';
  const open = () => {
    if (!trash) actions.openReader(speech.id);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row holds buttons and a checkbox, which a <button> may not
    <div
      class="speech-row"
      data-id={speech.id}
      tabIndex={0}
      role="button"
      style={{ position: 'absolute', top: `${top}px`, height: `${height}px`, left: '0', right: '0' }}
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) open();
      }}
    >
      <input
        type="checkbox"
        class="row-select"
        aria-label={speech.title}
        checked={state.selected.value.has(speech.id)}
        onClick={(e) => e.stopPropagation()}
        onChange={(e) => actions.toggleSelected(speech.id, e.currentTarget.checked)}
      />
      <div class="speech-main">
        <div class="speech-head">
          <span class="speech-title">{speech.title}</span>
          {speech.truncated && <span class="truncated-badge">{t('libTruncated')}</span>}
        </div>
        <div class="speech-info">
          <span class="speech-site">{speech.site}</span>
          <span class="speech-date">{formatDate(speech.createdAt)}</span>
          <span class="speech-length">{tn('chars', speech.length)}</span>
          {speech.genre && <span class="speech-genre">{genreLabel(speech.genre)}</span>}
          {speech.level && <span class="speech-level">{levelLabel(speech.level)}</span>}
          {speech.date && (
            <span class="speech-spoken" title={t('factDate')}>
              {speech.date}
            </span>
          )}
          <span class="speech-tags">
            {speech.tags.map((tag) => (
              <span key={tag} class="tag">
                {tag}
              </span>
            ))}
          </span>
        </div>
        {hit && (
          <div class="snippet">
            <Highlighted text={hit.snippet} ranges={hit.highlights} />
          </div>
        )}
      </div>
      {trash && (
        <button
          type="button"
          class="restore-speech"
          onClick={(e) => {
            e.stopPropagation();
            void actions.restore(speech.id);
          }}
        >
          {t('libRestore')}
        </button>
      )}
    </div>
  );
}
