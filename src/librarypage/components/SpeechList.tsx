import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { parseQuery } from '../../library/search/query';
import { t, tn } from '../../ui/i18n';
import { TagEditor } from '../../ui/TagEditor';
import type { Row } from '../libraryState';
import { visibleRange } from '../virtualList';
import type { PageProps } from './pageProps';
import { SpeechRow } from './SpeechRow';

const ROW_HEIGHT = 84;

function countText({ state }: PageProps): string {
  const total = state.total.value;
  if (total === undefined) return '';
  if (state.view.value === 'trash') return total ? tn('libCount', total) : t('libTrashEmpty');
  if (state.query.value) {
    if (!state.searchReady.value && total === 0) return t('libIndexing');
    if (!total) return t('libNoHits');
    const { terms, any } = parseQuery(state.query.value);
    if (terms.length < 2) return tn('libFound', total);
    return tn(any || state.anyTerm.value ? 'libFoundAny' : 'libFoundAll', total);
  }
  return total ? tn('libCount', total) : t('libEmpty');
}

/**
 * The rows in view only (plus a margin), so 10,000 speeches scroll like 50: one spacer as tall as all
 * rows, each row absolutely placed at `index × ROW_HEIGHT`.
 */
function VirtualRows(props: PageProps & { rows: readonly Row[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const scrollTop = useSignal(0);
  const viewport = useSignal(800);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let scheduled = false;
    const onScroll = () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        scrollTop.value = el.scrollTop;
        // Before layout (tests, a hidden tab) the viewport reads 0: draw a first screen anyway.
        viewport.value = el.clientHeight || 800;
      });
    };
    el.addEventListener('scroll', onScroll);
    return () => el.removeEventListener('scroll', onScroll);
  }, []);
  // A new search starts at the top.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    scrollTop.value = 0;
  }, [props.state.query.value]);
  const { first, last } = visibleRange(scrollTop.value, viewport.value, ROW_HEIGHT, props.rows.length);
  return (
    <div id="results" ref={scroller}>
      <div
        class="virtual-spacer"
        style={{ position: 'relative', height: `${props.rows.length * ROW_HEIGHT}px` }}
      >
        {props.rows.slice(first, last).map((row, k) => (
          <SpeechRow
            key={row.speech.id}
            {...props}
            row={row}
            top={(first + k) * ROW_HEIGHT}
            height={ROW_HEIGHT}
          />
        ))}
      </div>
    </div>
  );
}

/** The count, the bulk actions on a selection, and the rows. */
export function SpeechList(props: PageProps) {
  const { state, actions } = props;
  const selected = state.selected.value;
  return (
    <section class="list">
      {state.view.value === 'trash' && (
        <div id="trash-head">
          <h2 id="trash-heading">{t('libTrash')}</h2>
          <p class="hint">{t('libTrashHint')}</p>
        </div>
      )}
      <div class="list-head">
        <span id="count">{countText(props)}</span>
        <div id="bulk" hidden={selected.size === 0}>
          <span id="bulk-count">{t('libSelected', selected.size)}</span>
          <button
            type="button"
            id="bulk-tag"
            aria-expanded={state.bulkTagging.value}
            aria-controls="bulk-tag-editor"
            onClick={() => {
              state.bulkTagging.value = !state.bulkTagging.value;
              state.bulkStatus.value = '';
            }}
          >
            {t('libBulkTag')}
          </button>
          <button type="button" id="bulk-delete" onClick={() => void actions.remove([...selected])}>
            {t('libBulkDelete')}
          </button>
          <button type="button" id="bulk-export" onClick={() => void actions.exportSelected()}>
            {t('libBulkExport')}
          </button>
        </div>
        <span id="bulk-status" role="status">
          {state.bulkStatus}
        </span>
      </div>
      {state.bulkTagging.value && selected.size > 0 && <BulkTagEditor {...props} />}
      <VirtualRows {...props} rows={state.rows.value} />
    </section>
  );
}

/** Tags for the selection, with the editor the popup uses: chips, completion, the library's most used tags. */
function BulkTagEditor({ state, actions }: PageProps) {
  const common = state.tagCounts.value.slice(0, 8).map((c) => c.tag);
  return (
    <div id="bulk-tag-editor">
      <TagEditor
        tags={state.bulkTags}
        suggestions={common}
        complete={(prefix) => state.library.completeTags(prefix, 8)}
        idPrefix="bulk-"
      />
      <div class="actions">
        <button
          type="button"
          id="bulk-tag-apply"
          class="primary"
          disabled={state.bulkTags.value.length === 0}
          onClick={() => void actions.bulkTag()}
        >
          {t('libBulkTagApply', state.selected.value.size)}
        </button>
        <button
          type="button"
          id="bulk-tag-cancel"
          onClick={() => {
            state.bulkTagging.value = false;
          }}
        >
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
