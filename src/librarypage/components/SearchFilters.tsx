import { t } from '../../ui/i18n';
import type { LibraryState } from '../libraryState';

/** How terms combine, only the speeches the page did not show whole, and the speech's own date range. */
export function SearchFilters({ state }: { state: LibraryState }) {
  return (
    <fieldset id="search-filters">
      <legend class="sr-only">{t('filtersLabel')}</legend>
      <label class="check">
        <input
          id="any-term"
          type="checkbox"
          checked={state.anyTerm.value}
          onChange={(e) => {
            state.anyTerm.value = e.currentTarget.checked;
          }}
        />
        <span>{t('filterAnyTerm')}</span>
      </label>
      <label class="check">
        <input
          id="truncated-filter"
          type="checkbox"
          checked={state.truncatedOnly.value}
          onChange={(e) => {
            state.truncatedOnly.value = e.currentTarget.checked;
          }}
        />
        <span>{t('filterTruncated')}</span>
      </label>
      <div class="date-range">
        <span>{t('filterDate')}</span>
        <input
          id="date-from"
          type="date"
          aria-label={t('filterDateFrom')}
          value={state.dateFrom.value}
          onChange={(e) => {
            state.dateFrom.value = e.currentTarget.value;
          }}
        />
        <input
          id="date-to"
          type="date"
          aria-label={t('filterDateTo')}
          value={state.dateTo.value}
          onChange={(e) => {
            state.dateTo.value = e.currentTarget.value;
          }}
        />
      </div>
    </fieldset>
  );
}
