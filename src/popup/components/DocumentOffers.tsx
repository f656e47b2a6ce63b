import type { DocumentLink } from '../../messaging/protocol';
import { t, tn } from '../../ui/i18n';
import type { PopupState } from '../popupState';

/**
 * What the page offers beside its text: recognising its page images (or a scanned PDF's pages), the PDF it
 * embeds, its attachments; and while a file is read or images are recognised, how far along it is.
 */
export function DocumentOffers({ state }: { state: PopupState }) {
  const offers = state.offers.value;
  const progress = state.progress.value;
  const busy = state.phase.value === 'reading' || state.phase.value === 'saving';
  const error = state.error.value;
  const imageOnly = error?.code === 'image-only';
  const pageCount = offers.images?.length ?? 0;
  const scan = imageOnly && state.scanned.value !== undefined;
  // a PDF the page embeds, or the tab's own PDF where the browser wants the site asked for first
  const embedded =
    offers.file && (offers.file.url !== offers.pageUrl || offers.file.askAccess) ? offers.file : undefined;
  return (
    <section id="documents" hidden={!progress && !imageOnly && !embedded && !offers.attachments?.length}>
      {progress && (
        <progress
          id="document-progress"
          aria-label={t('documents.progressLabel')}
          value={progress.share}
          max={1}
        />
      )}
      {imageOnly && (pageCount > 0 || scan) && (
        <div id="ocr-offer">
          <p>{scan ? t('documents.scanOffer') : t('documents.imageOffer')}</p>
          <button
            type="button"
            id="recognise"
            class="primary"
            disabled={busy}
            onClick={() => void state.recognise()}
          >
            {pageCount ? tn('documents.recognise', pageCount) : t('documents.recognisingStart')}
          </button>
          <p class="hint">{t('documents.recogniseNote')}</p>
        </div>
      )}
      {embedded && (
        <ul class="files">
          <FileRow
            state={state}
            link={embedded}
            label={t(embedded.askAccess ? 'documents.readTabPdf' : 'documents.readEmbedded')}
            busy={busy}
          />
        </ul>
      )}
      {offers.attachments?.length ? (
        <details id="attachments" open>
          <summary>{t('documents.attachments')}</summary>
          <ul class="files">
            {offers.attachments.map((link) => (
              <FileRow
                key={link.url}
                state={state}
                link={link}
                label={t('documents.readAttachment')}
                busy={busy}
              />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function FileRow({
  state,
  link,
  label,
  busy,
}: {
  state: PopupState;
  link: DocumentLink;
  label: string;
  busy: boolean;
}) {
  return (
    <li class="attachment" data-kind={link.kind}>
      <span class="attachment-name" title={link.url}>
        {link.name}
      </span>
      <span class="attachment-ext">.{link.ext}</span>
      {link.kind === 'other' ? (
        <span class="hint">{t('documents.cannotRead', link.ext)}</span>
      ) : (
        <button
          type="button"
          class="read-attachment"
          disabled={busy}
          onClick={() => void state.readDocument(link)}
        >
          {label}
        </button>
      )}
    </li>
  );
}
