import { t } from '../../ui/i18n';
import { captureErrorText } from '../../ui/labels';
import type { PopupState } from '../popupState';
import { CaptureForm } from './CaptureForm';
import { DocumentOffers } from './DocumentOffers';
import { DuplicateChoices } from './DuplicateChoices';

/** PopupApp ─ header, status, CaptureError, DocumentOffers, CaptureForm, DuplicateChoices. */
export function PopupApp({ state }: { state: PopupState }) {
  const error = state.error.value;
  return (
    <>
      <header class="bar">
        <strong>{t('appName')}</strong>
        {state.shortcut.value && (
          <span id="shortcut-hint" class="hint">
            {t('shortcutHint', state.shortcut.value)}
          </span>
        )}
        <button type="button" id="open-library" onClick={() => state.deps.openLibrary()}>
          {t('openLibrary')}
        </button>
      </header>
      <p id="capture-status" role="status" aria-live="polite">
        {state.status}
      </p>
      <p id="capture-error" role="alert" hidden={!error} data-code={error?.code}>
        {error ? captureErrorText(error) : ''}
      </p>
      <DocumentOffers state={state} />
      <CaptureForm state={state} />
      <DuplicateChoices state={state} />
    </>
  );
}
