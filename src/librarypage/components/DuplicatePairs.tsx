import type { DuplicateCopy } from '../../library/types';
import { t, tn } from '../../ui/i18n';
import type { PageProps } from './pageProps';

/**
 * Copies of one speech that sync brought in beside each other (saved by two colleagues from two sites, or on
 * two devices): each pair offered for merging into the copy every machine keeps, or for keeping both.
 */
export function DuplicatePairs({ state, actions }: PageProps) {
  const pairs = state.duplicatePairs.value;
  const status = state.duplicateStatus.value;
  const show = state.view.value === 'library' && (pairs.length > 0 || status !== '');
  return (
    <section id="duplicate-pairs" hidden={!show} aria-labelledby="duplicate-pairs-heading">
      {pairs.length > 0 && (
        <>
          <p id="duplicate-pairs-heading">
            <strong>{tn('duplicates.heading', pairs.length)}</strong>
          </p>
          <p class="muted">{t('duplicates.hint')}</p>
          <ul>
            {pairs.map((pair) => (
              <li key={pair.id} class="duplicate-pair" data-id={pair.id} data-kind={pair.kind}>
                <Copy copy={pair.keep} open={actions.openReader} />
                <Copy copy={pair.other} open={actions.openReader} />
                <div class="actions">
                  <button
                    type="button"
                    class="primary duplicate-merge"
                    onClick={() => void actions.mergeDuplicatePair(pair.id)}
                  >
                    {t('duplicates.merge')}
                  </button>
                  <button
                    type="button"
                    class="duplicate-keep"
                    onClick={() => void actions.keepDuplicatePair(pair.id)}
                  >
                    {t('duplicates.keepBoth')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <p id="duplicate-status" role="status">
        {status}
      </p>
    </section>
  );
}

function Copy({ copy, open }: { copy: DuplicateCopy; open: (id: string) => void }) {
  const saver = copy.savedBy
    ? `${copy.savedBy.name}（${copy.savedBy.device}）`
    : t('duplicates.unknownSaver');
  return (
    <p class="duplicate-copy">
      {t('duplicates.copy', copy.title, saver, copy.sources.join('、') || copy.site, copy.length)}{' '}
      <button type="button" class="link" onClick={() => open(copy.id)}>
        {t('duplicates.open')}
      </button>
    </p>
  );
}
