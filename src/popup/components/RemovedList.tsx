import type { RemovedBlock } from '../../extract/types';
import { t, tn } from '../../ui/i18n';
import { removalLabel } from '../../ui/labels';
import type { PopupState } from '../popupState';

/** Every block the engine took out, with its reason, each one a click from going back in. */
export function RemovedList({ state, removed }: { state: PopupState; removed: readonly RemovedBlock[] }) {
  const restored = state.restored.value;
  return (
    <details id="removed" hidden={removed.length === 0}>
      <summary id="removed-summary">{tn('removed', removed.length)}</summary>
      <ul id="removed-list">
        {removed.map((block, i) => (
          <li key={i} class="removed-item" data-reason={block.reason}>
            <span class="removed-reason">{removalLabel(block.reason)}</span>
            <span class="removed-text">{block.text}</span>
            <button
              type="button"
              class="restore-removed"
              disabled={restored.has(i)}
              onClick={() => state.restore(i)}
            >
              {restored.has(i) ? t('restored') : t('restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
