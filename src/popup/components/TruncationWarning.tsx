import type { CaptureRecord } from '../../extract/types';
import { t } from '../../ui/i18n';
import { truncationNotices, truncationSummary } from '../truncationSummary';

/** What the page did not show, in one sentence, with the page's own notices under it. */
export function TruncationWarning({ record }: { record: CaptureRecord }) {
  const summary = truncationSummary(record);
  const notices = truncationNotices(record);
  return (
    <div id="truncation-warning" role="alert" hidden={!summary}>
      {summary && <strong>{summary}</strong>}
      {summary && notices.length > 0 && (
        <details>
          <summary>{t('truncationNotices')}</summary>
          {notices.map((n) => (
            <blockquote key={n}>{n}</blockquote>
          ))}
        </details>
      )}
    </div>
  );
}
