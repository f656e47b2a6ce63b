import { useEffect, useRef } from 'preact/hooks';
import type { SortOrder } from '../../library/types';
import { SyncBadge } from '../../sync/ui/SyncBadge';
import { type PlainKey, t } from '../../ui/i18n';
import { isScript, SCRIPTS, type Script } from '../../ui/scriptConverter';
import { watchSearchInput } from '../searchInput';
import type { PageProps } from './pageProps';

const SORTS: [SortOrder, PlainKey][] = [
  ['updated-desc', 'sortUpdated'],
  ['created-desc', 'sortCreatedDesc'],
  ['created-asc', 'sortCreatedAsc'],
  ['title', 'sortTitle'],
  ['length-desc', 'sortLength'],
];
const SCRIPT_LABELS: Record<Script, PlainKey> = {
  original: 'scriptOriginal',
  simplified: 'scriptSimplified',
  traditional: 'scriptTraditional',
};

function SearchBox({ state }: PageProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!input.current) return;
    watchSearchInput(input.current, (q) => {
      state.query.value = q;
    });
    // `/` jumps to the search box from anywhere but a field.
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (e.key === '/' && !typing) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [state]);
  // A search started elsewhere (a set phrase's "in N more") shows in the box.
  useEffect(() => {
    if (input.current && input.current.value.trim() !== state.query.value)
      input.current.value = state.query.value;
  }, [state.query.value]);
  return (
    <input
      ref={input}
      id="search"
      type="search"
      autocomplete="off"
      placeholder={t('libSearch')}
      aria-label={t('searchLabel')}
    />
  );
}

export function TopBar(props: PageProps) {
  const { state, actions } = props;
  return (
    <header class="top">
      <h1>{t('appName')}</h1>
      <SyncBadge />
      <SearchBox {...props} />
      <label class="sort">
        <span>{t('libSort')}</span>
        <select
          id="sort"
          value={state.sort.value}
          onChange={(e) => {
            state.sort.value = e.currentTarget.value as SortOrder;
          }}
        >
          {SORTS.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
      <label class="sort">
        <span>{t('libScript')}</span>
        <select
          id="script"
          value={state.script.value}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isScript(v)) state.script.value = v;
          }}
        >
          {SCRIPTS.map((v) => (
            <option key={v} value={v}>
              {t(SCRIPT_LABELS[v])}
            </option>
          ))}
        </select>
      </label>
      <div class="tools">
        <button type="button" id="export-json" onClick={() => void actions.exportJson()}>
          {t('libExportJson')}
        </button>
        <button type="button" id="export-md" onClick={() => void actions.exportMarkdown()}>
          {t('libExportMd')}
        </button>
        <button type="button" id="export-txt" onClick={() => void actions.exportText()}>
          {t('libExportTxt')}
        </button>
        <button type="button" id="export-docx" onClick={() => void actions.exportDocx()}>
          {t('libExportDocx')}
        </button>
        <label class="file-button">
          <span>{t('libImport')}</span>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) void actions.importFile(file);
            }}
          />
        </label>
        <button
          type="button"
          id="excerpts-toggle"
          aria-expanded={state.excerptsOpen.value}
          aria-controls="excerpts"
          onClick={() => {
            state.excerptsOpen.value = !state.excerptsOpen.value;
          }}
        >
          {t('excerptsToggle')}
        </button>
        <button
          type="button"
          id="stats-toggle"
          aria-expanded={state.statsOpen.value}
          aria-controls="stats"
          onClick={() => {
            state.statsOpen.value = !state.statsOpen.value;
          }}
        >
          {t('statsToggle')}
        </button>
        <button type="button" id="trash-toggle" onClick={actions.toggleTrash}>
          {state.view.value === 'trash' ? t('libBack') : t('libTrash')}
        </button>
        <button
          type="button"
          id="empty-trash"
          hidden={state.view.value !== 'trash'}
          onClick={() => void actions.emptyTrash()}
        >
          {t('libEmptyTrash')}
        </button>
      </div>
    </header>
  );
}
