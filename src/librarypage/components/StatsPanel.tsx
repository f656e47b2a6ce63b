import type { LibraryStats } from '../../library/types';
import { formatNumber, t, tn } from '../../ui/i18n';
import type { PageProps } from './pageProps';

const TOP = 12;

/** A small horizontal bar chart: label, bar scaled to the largest value, count. */
function Bars({
  title,
  rows,
  kind,
  note,
}: {
  title: string;
  rows: { label: string; count: number }[];
  kind: string;
  note?: string;
}) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <figure class="stats-chart" data-chart={kind}>
      <figcaption>{title}</figcaption>
      {note && <p class="stats-note">{note}</p>}
      {rows.slice(0, TOP).map((r) => (
        <div key={r.label} class="stats-row">
          <span class="stats-label" title={r.label}>
            {r.label || '—'}
          </span>
          <span class="stats-track">
            <span class="stats-bar" style={{ width: `${Math.max(2, (r.count / max) * 100)}%` }} />
          </span>
          <span class="stats-count">{formatNumber(r.count)}</span>
        </div>
      ))}
    </figure>
  );
}

/** Totals, then speeches by tag, by site and by year. */
export function StatsView({ stats }: { stats: LibraryStats }) {
  return (
    <>
      <p class="stats-totals">{tn('statsTotals', stats.speeches, stats.characters, stats.truncated)}</p>
      <Bars
        title={t('statsByTag')}
        rows={stats.byTag.map((x) => ({ label: x.tag, count: x.count }))}
        kind="tag"
      />
      <Bars
        title={t('statsBySite')}
        rows={stats.bySite.map((x) => ({ label: x.site, count: x.count }))}
        kind="site"
      />
      <Bars
        title={t('statsByYear')}
        rows={stats.byYear.map((x) => ({ label: String(x.year), count: x.count }))}
        kind="year"
        note={t(
          'statsYearFrom',
          formatNumber(stats.yearFrom.speech),
          formatNumber(stats.yearFrom.page),
          formatNumber(stats.yearFrom.saved),
        )}
      />
    </>
  );
}

export function StatsPanel({ state }: PageProps) {
  const stats = state.stats.value;
  return (
    <section id="stats" hidden={!state.statsOpen.value} aria-label={t('statsToggle')}>
      {state.statsOpen.value && stats && <StatsView stats={stats} />}
    </section>
  );
}
