import { t } from '../../ui/i18n';
import type { PopupState } from '../popupState';

/** The speech is already saved: open it, add this page as a source, replace the text, or save anyway. */
export function DuplicateChoices({ state }: { state: PopupState }) {
  const dup = state.duplicate.value;
  const match = dup?.match;
  return (
    <section id="duplicate" hidden={!dup}>
      <p id="dup-message">
        {dup && match
          ? dup.kind === 'same-url'
            ? t('dupSameUrl', match.title)
            : t('dupSameText', match.title, match.sources[0]?.site ?? '')
          : ''}
      </p>
      <p id="dup-more-complete">{dup?.moreComplete ? t('dupMoreComplete') : ''}</p>
      <div class="actions">
        <button type="button" id="dup-open" onClick={() => match && state.deps.openLibrary(match.id)}>
          {t('dupOpen')}
        </button>
        <button type="button" id="dup-add-source" onClick={() => void state.addSource()}>
          {t('dupAddSource')}
        </button>
        <button
          type="button"
          id="dup-replace"
          class="primary"
          hidden={!dup?.moreComplete}
          onClick={() => void state.replaceText()}
        >
          {t('dupReplace')}
        </button>
        <button type="button" id="dup-save-new" onClick={state.saveAsNew}>
          {t('dupSaveNew')}
        </button>
      </div>
    </section>
  );
}
