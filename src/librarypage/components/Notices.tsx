import { t } from '../../ui/i18n';
import type { PageProps } from './pageProps';

/** What the page says: persistence, the last export or import, the last failure, the undo of a delete. */
export function Notices({ state, actions }: PageProps) {
  const persisted = state.persisted.value;
  const report = state.report.value;
  const undo = state.undo.value;
  const error = state.error.value;
  return (
    <>
      <p id="persist-status" class="muted" data-granted={persisted === null ? undefined : String(persisted)}>
        {persisted === null
          ? ''
          : persisted === undefined
            ? t('libPersistNa')
            : persisted
              ? t('libPersistOk')
              : t('libPersistNo')}
      </p>
      <div id="import-report" role="status" aria-live="polite" data-ok={report?.ok?.toString()}>
        {report?.issues ? <strong>{report.text}</strong> : report?.text}
        {report?.issues && (
          <ul>
            {report.issues.map((issue, i) => (
              <li key={i}>{issue}</li>
            ))}
          </ul>
        )}
      </div>
      <div id="error" role="alert" hidden={!error}>
        <span>{error}</span>{' '}
        <button
          type="button"
          onClick={() => {
            state.error.value = '';
          }}
        >
          {t('libDismiss')}
        </button>
      </div>
      <div id="toast" role="status" hidden={!undo}>
        {undo && <span>{t('libDeleted', undo.length)}</span>}
        {undo && (
          <button type="button" id="undo" onClick={() => void actions.undoDelete()}>
            {t('libUndo')}
          </button>
        )}
      </div>
    </>
  );
}
