import type { LibraryStats } from '../library/types';
import { h } from '../ui/dom';
import { formatNumber, t, tn } from '../ui/i18n';

const TOP = 12;

/** A small horizontal bar chart: label, bar scaled to the largest value, count. */
function bars(title: string, rows: { label: string; count: number }[], kind: string): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return h(
    'figure',
    { class: 'stats-chart', 'data-chart': kind },
    h('figcaption', {}, title),
    ...rows.slice(0, TOP).map((r) => {
      const bar = h('span', { class: 'stats-bar' });
      bar.style.width = `${Math.max(2, (r.count / max) * 100)}%`;
      return h(
        'div',
        { class: 'stats-row' },
        h('span', { class: 'stats-label', title: r.label }, r.label || '—'),
        h('span', { class: 'stats-track' }, bar),
        h('span', { class: 'stats-count' }, formatNumber(r.count)),
      );
    }),
  );
}

/** The statistics panel: totals, then speeches by tag, by site and by year. */
export function renderStats(stats: LibraryStats): HTMLElement[] {
  return [
    h('p', { class: 'stats-totals' }, tn('statsTotals', stats.speeches, stats.characters, stats.truncated)),
    bars(
      t('statsByTag'),
      stats.byTag.map((x) => ({ label: x.tag, count: x.count })),
      'tag',
    ),
    bars(
      t('statsBySite'),
      stats.bySite.map((x) => ({ label: x.site, count: x.count })),
      'site',
    ),
    bars(
      t('statsByYear'),
      stats.byYear.map((x) => ({ label: String(x.year), count: x.count })),
      'year',
    ),
  ];
}
