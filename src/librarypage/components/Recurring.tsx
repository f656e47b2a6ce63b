import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { RecurringPassage } from '../../library/types';
import { t } from '../../ui/i18n';
import type { PageProps } from './pageProps';

/** 查找套话: the runs this speech shares with other saved speeches (12 characters or more), each a search away. */
export function Recurring({
  state,
  actions,
  speechId,
  onJump,
}: PageProps & { speechId: string; onJump: (p: number) => void }) {
  const found = useSignal<RecurringPassage[] | 'looking' | undefined>(undefined);
  useEffect(() => {
    found.value = undefined;
  }, [speechId]);
  const find = () => {
    found.value = 'looking';
    void state
      .attempt('failed.recurring', async () => {
        found.value = await state.library.recurringPassages(speechId);
      })
      .then((ok) => {
        if (!ok) found.value = undefined;
      });
  };
  const list = found.value;
  return (
    <div class="recurring">
      <button type="button" id="find-recurring" onClick={find}>
        {t('recurringFind')}
      </button>
      <div id="reader-recurring" aria-live="polite">
        {list === 'looking' && t('recurringLooking')}
        {Array.isArray(list) && list.length === 0 && <p>{t('recurringNone')}</p>}
        {Array.isArray(list) && list.length > 0 && (
          <ol>
            {list.map((p) => (
              <li key={`${p.paragraph}:${p.text}`} class="recurring-item">
                <a
                  href={`#p-${p.paragraph}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onJump(p.paragraph);
                  }}
                >
                  {p.text}
                </a>{' '}
                <button type="button" class="recurring-search" onClick={() => actions.searchFor(p.query)}>
                  {t('recurringIn', p.ids.length)}
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
