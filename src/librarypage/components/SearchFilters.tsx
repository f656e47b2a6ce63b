import type { Signal } from '@preact/signals';
import { t } from '../../ui/i18n';
import type { LibraryState } from '../libraryState';

/** How terms combine, only the speeches the page did not show whole, and the speech's own date range. */
export function SearchFilters({ state }: { state: LibraryState }) {
  return (
    <fieldset id="search-filters">
      <legend class="sr-only">{t('filtersLabel')}</legend>
      <Toggle id="any-term" on={state.anyTerm} label={t('filterAnyTerm')} />
      <Toggle id="truncated-filter" on={state.truncatedOnly} label={t('filterTruncated')} />
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

/** A checkbox bound to one signal of the page's state. */
function Toggle({ id, on, label }: { id: string; on: Signal<boolean>; label: string }) {
  return (
    <label class="check">
      <input
        id={id}
        type="checkbox"
        checked={on.value}
        onChange={(e) => {
          on.value = e.currentTarget.checked;
        }}
      />
      <span>{label}</span>
    </label>
  );
}
