import type { Store } from './store';
import type { Tags } from './tags';
import type { LibraryStats } from './types';

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
    await this.store.db.speeches
      .where('live')
      .equals(1)
      .each((r) => {
        speeches++;
        characters += r.length;
        if (r.truncated) truncated++;
        // The year of the speech where the text states it, else the year it was saved.
        const year = Number(r.facts?.date?.slice(0, 4)) || new Date(r.createdAt).getFullYear();
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
