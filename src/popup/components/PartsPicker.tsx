import type { SpeechPart } from '../../extract/types';
import { t } from '../../ui/i18n';
import type { PopupState } from '../popupState';

/** A compilation's parts, to save one by one (none ticked saves the page as one speech). */
export function PartsPicker({ state, parts }: { state: PopupState; parts: readonly SpeechPart[] }) {
  return (
    <fieldset id="parts" hidden={parts.length <= 1}>
      {parts.length > 1 && <legend>{t('parts')}</legend>}
      {parts.length > 1 &&
        parts.map((part, i) => (
          <label key={i} class="part">
            <input
              type="checkbox"
              class="part-check"
              value={i}
              checked={state.parts.value.has(i)}
              onChange={(e) => state.togglePart(i, e.currentTarget.checked)}
            />{' '}
            {part.title}
          </label>
        ))}
    </fieldset>
  );
}
