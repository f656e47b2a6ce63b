import { useEffect } from 'preact/hooks';
import { markedParagraphs } from '../../library/gapMarkers';
import { MarkedPieces } from '../../ui/GapMarker';
import { t } from '../../ui/i18n';
import { TagEditor } from '../../ui/TagEditor';
import type { PopupState } from '../popupState';
import { PartsPicker } from './PartsPicker';
import { RemovedList } from './RemovedList';
import { TruncationWarning } from './TruncationWarning';

/** The capture to review: title, where from and how long, what is missing, the text, removed blocks, tags. */
export function CaptureForm({ state }: { state: PopupState }) {
  const record = state.record.value;
  const phase = state.phase.value;
  // The preview is on screen: a mark the e2e test reads (ms since the popup opened, i.e. the click).
  useEffect(() => {
    if (record) performance.mark('gaoku:preview');
  }, [record]);
  return (
    <form id="capture-form" hidden={!record} onSubmit={(e) => e.preventDefault()}>
      <label class="field">
        <span>{t('title')}</span>
        <input
          id="title"
          autocomplete="off"
          value={state.title.value}
          onInput={(e) => {
            state.title.value = e.currentTarget.value;
          }}
        />
      </label>
      <p class="meta">
        <span id="site">{record?.site ?? ''}</span> · <span id="length">{state.length}</span>
      </p>
      {record?.extractor === 'ocr' && (
        <p id="recognised-note" class="warning">
          {t('documents.recognisedNote')}
        </p>
      )}
      {record && state.alsoFrom.value && (
        <p id="from-attachment" class="hint">
          {t('documents.fromAttachment')}
        </p>
      )}
      {record && <TruncationWarning record={record} />}
      <section id="preview" aria-label={t('previewLabel')} tabindex={0}>
        {record &&
          markedParagraphs(state.body.value, {
            truncated: record.truncated,
            truncation: state.truncation.value,
          }).map((pieces, i) => (
            <p key={i} class={'marker' in (pieces[0] ?? {}) && pieces.length === 1 ? 'gap-line' : undefined}>
              <MarkedPieces pieces={pieces} />
            </p>
          ))}
      </section>
      {record && <RemovedList state={state} removed={record.removed} />}
      {record && <PartsPicker state={state} parts={record.parts} />}
      <TagEditor
        tags={state.tags}
        suggestions={state.suggestions.value}
        complete={(prefix) => state.deps.library.completeTags(prefix, 8)}
      />
      <div class="actions">
        <button
          type="button"
          id="save"
          class="primary"
          disabled={phase !== 'ready'}
          onClick={() => void state.save()}
        >
          {t('save')}
        </button>
        <button
          type="button"
          id="retry-save"
          hidden={!state.canRetry.value}
          onClick={() => void state.save()}
        >
          {t('retry')}
        </button>
      </div>
    </form>
  );
}
