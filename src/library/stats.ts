import type { SpeechRow } from './rows';
import type { Store } from './store';
import type { Tags } from './tags';
import type { LibraryStats, YearSource } from './types';

const yearIn = (date: string | undefined): number | undefined => {
  const y = Number(/(?:^|\D)(\d{4})(?:\D|$)/u.exec(date ?? '')?.[1]);
  return y >= 1900 && y <= 2200 ? y : undefined;
};

/**
 * The year a speech is counted in, and from which date: the speech's own (facts, read from its text), else the
 * page's (published or uploaded, 发布时间 2019-3-5), else the day it was saved.
 */
export function yearOf(r: Pick<SpeechRow, 'facts' | 'meta' | 'createdAt'>): {
  year: number;
  from: YearSource;
} {
  const speech = yearIn(r.facts?.date);
  if (speech) return { year: speech, from: 'speech' };
  const page = yearIn(r.meta?.published) ?? yearIn(r.meta?.uploaded);
  if (page) return { year: page, from: 'page' };
  return { year: new Date(r.createdAt).getFullYear(), from: 'saved' };
}

/** Figures for the statistics panel, from the speech rows only (no bodies read). */
export class Stats {
  constructor(
    private readonly store: Store,
    private readonly tags: Tags,
  ) {}

  async stats(): Promise<LibraryStats> {
    const years = new Map<number, number>();
    const sites = new Map<string, number>();
    let speeches = 0;
    let characters = 0;
    let truncated = 0;
    const yearFrom: Record<YearSource, number> = { speech: 0, page: 0, saved: 0 };
    await this.store.db.speeches
      .where('live')
      .equals(1)
      .each((r) => {
        speeches++;
        characters += r.length;
        if (r.truncated) truncated++;
        const { year, from } = yearOf(r);
        yearFrom[from]++;
        years.set(year, (years.get(year) ?? 0) + 1);
        sites.set(r.site, (sites.get(r.site) ?? 0) + 1);
      });
    return {
      speeches,
      characters,
      truncated,
      byTag: await this.tags.tagCounts(),
      bySite: byCount(sites).map(([site, count]) => ({ site, count })),
      byYear: [...years].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year),
      yearFrom,
    };
  }

  async siteCounts(): Promise<{ site: string; count: number }[]> {
    const counts = new Map<string, number>();
    await this.store.db.speeches
      .where('live')
      .equals(1)
      .each((r) => counts.set(r.site, (counts.get(r.site) ?? 0) + 1));
    return byCount(counts).map(([site, count]) => ({ site, count }));
  }
}

const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
