import { GENRES, type Genre, LEVELS, type Level } from '../../facts/speechFacts';
import { t } from '../../ui/i18n';
import { genreLabel, levelLabel } from '../../ui/labels';
import type { PageProps } from './pageProps';
import { SearchFilters } from './SearchFilters';

const TAG_FILTER_SHOWN = 200;

/** The list's filters: genre, level, and the tags with their counts (rename or merge from here). */
export function TagFilter({ state, actions }: PageProps) {
  const filter = state.tagFilter.value.trim().toLowerCase();
  const shown = state.tagCounts.value
    .filter((tc) => !filter || tc.tag.toLowerCase().includes(filter))
    .slice(0, TAG_FILTER_SHOWN);
  return (
    <nav id="tag-filter" aria-label={t('libTags')}>
      <label class="fact-filter">
        <span class="sr-only">{t('factGenre')}</span>
        <select
          id="genre-filter"
          aria-label={t('factGenre')}
          value={state.genre.value ?? ''}
          onChange={(e) => {
            state.genre.value = (e.currentTarget.value || undefined) as Genre | undefined;
          }}
        >
          <option value="">{t('allGenres')}</option>
          {GENRES.map((g) => (
            <option key={g} value={g}>
              {genreLabel(g)}
            </option>
          ))}
        </select>
      </label>
      <label class="fact-filter">
        <span class="sr-only">{t('factLevel')}</span>
        <select
          id="level-filter"
          aria-label={t('factLevel')}
          value={state.level.value ?? ''}
          onChange={(e) => {
            state.level.value = (e.currentTarget.value || undefined) as Level | undefined;
          }}
        >
          <option value="">{t('allLevels')}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {levelLabel(l)}
            </option>
          ))}
        </select>
      </label>
      <SearchFilters state={state} />
      <h2>{t('libTags')}</h2>
      <input
        id="tag-filter-search"
        type="search"
        autocomplete="off"
        placeholder={t('libTagFilter')}
        aria-label={t('libTagFilter')}
        onInput={(e) => {
          state.tagFilter.value = e.currentTarget.value;
        }}
      />
      <div id="tag-filter-list">
        {shown.map((tc) => (
          <div key={tc.tag} class="tag-filter-entry">
            <button
              type="button"
              class="tag-filter-item"
              data-tag={tc.tag}
              aria-pressed={state.tags.value.includes(tc.tag)}
              onClick={() => actions.toggleTag(tc.tag)}
            >
              {tc.tag}
              <span class="tag-count">{String(tc.count)}</span>
            </button>
            <button
              type="button"
              class="tag-rename"
              aria-label={t('tagRename', tc.tag)}
              onClick={() => void actions.renameTag(tc.tag)}
            >
              ✎
            </button>
          </div>
        ))}
      </div>
    </nav>
  );
}
