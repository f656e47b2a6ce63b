import type { CaptureRecord } from '../extract/types';
import { formatCount } from '../ui/dom';

/** One line that says what the page did not show, e.g. 仅显示 1,983/3,926 字，中间省略 706 字. */
export function truncationSummary(
  record: Pick<CaptureRecord, 'truncated' | 'truncation'>,
): string | undefined {
  if (!record.truncated) return undefined;
  const parts: string[] = [];
  for (const t of record.truncation) {
    if (t.kind === 'stated-length') parts.push(`仅显示 ${formatCount(t.shown)}/${formatCount(t.total)} 字`);
  }
  const gaps = record.truncation.filter((t) => t.kind === 'gap');
  const omitted = gaps.reduce((n, t) => n + t.omitted, 0);
  if (gaps.length === 1) parts.push(`中间省略 ${formatCount(omitted)} 字`);
  else if (gaps.length > 1) parts.push(`中间 ${gaps.length} 处共省略 ${formatCount(omitted)} 字`);
  for (const t of record.truncation) {
    if (t.kind === 'pages-left') parts.push(`还有 ${t.pages} 页没有显示`);
  }
  if (record.truncation.some((t) => t.kind === 'preview-cut'))
    parts.push('正文在句中中断，后面的内容需要下载');
  if (parts.length === 0) parts.push('页面没有显示全文');
  return `${parts.join('，')}。`;
}

/** The notices the summary was read from, as the page showed them. */
export const truncationNotices = (record: Pick<CaptureRecord, 'truncation'>): string[] => [
  ...new Set(record.truncation.map((t) => t.notice).filter((n) => n.trim().length > 0)),
];
