import { useEffect, useState } from 'preact/hooks';
import { markedParagraphs } from '../../library/gapMarkers';
import { MarkedPieces } from '../../ui/GapMarker';
import { t, tn } from '../../ui/i18n';
import { TagEditor } from '../../ui/TagEditor';
import type { PopupState } from '../popupState';
import { PartsPicker } from './PartsPicker';
import { RemovedList } from './RemovedList';
import { TruncationWarning } from './TruncationWarning';

/**
 * Paragraphs the preview shows at first. A 5 MB page holds 40,000: drawn at once they kept the popup blank for
 * 1.6 s after the capture was ready. The rest is one click away, and saved either way.
 */
export const PREVIEW_PARAGRAPHS = 300;

/** The capture to review: title, where from and how long, what is missing, the text, removed blocks, tags. */
export function CaptureForm({ state }: { state: PopupState }) {
  const record = state.record.value;
  const phase = state.phase.value;
  const [showAll, setShowAll] = useState(false);
  const paragraphs = record
    ? markedParagraphs(state.body.value, { truncated: record.truncated, truncation: state.truncation.value })
    : [];
  const shown = showAll ? paragraphs : paragraphs.slice(0, PREVIEW_PARAGRAPHS);
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
        {shown.map((pieces, i) => (
          <p key={i} class={'marker' in (pieces[0] ?? {}) && pieces.length === 1 ? 'gap-line' : undefined}>
            <MarkedPieces pieces={pieces} />
          </p>
        ))}
        {shown.length < paragraphs.length && (
          <button type="button" id="preview-more" onClick={() => setShowAll(true)}>
            {tn('previewMore', paragraphs.length - shown.length)}
          </button>
        )}
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
