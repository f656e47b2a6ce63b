import type { CaptureRecord } from '../extract/types';
import { t, tn } from '../ui/i18n';

/** One sentence that says what the page did not show, e.g. 仅显示 1,983/3,926 字，中间省略 706 字。 */
export function truncationSummary(
  record: Pick<CaptureRecord, 'truncated' | 'truncation'>,
): string | undefined {
  if (!record.truncated) return undefined;
  const parts: string[] = [];
  for (const d of record.truncation) {
    if (d.kind === 'stated-length') parts.push(t('truncation.statedLength', d.shown, d.total));
  }
  const gaps = record.truncation.filter((d) => d.kind === 'gap');
  const omitted = gaps.reduce((n, d) => n + d.omitted, 0);
  if (gaps.length === 1) parts.push(tn('truncation.oneGap', omitted));
  else if (gaps.length > 1) parts.push(t('truncation.gaps', gaps.length, omitted));
  for (const d of record.truncation) {
    if (d.kind === 'pages-left') parts.push(tn('truncation.pagesLeft', d.pages));
  }
  if (record.truncation.some((d) => d.kind === 'preview-cut')) parts.push(t('truncation.previewCut'));
  if (parts.length === 0) parts.push(t('truncation.noDetail'));
  const sentence = t('truncation.sentence', parts.join(t('truncation.separator')));
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}

/** The notices the summary was read from, as the page showed them. */
export const truncationNotices = (record: Pick<CaptureRecord, 'truncation'>): string[] => [
  ...new Set(record.truncation.map((d) => d.notice).filter((n) => n.trim().length > 0)),
];
