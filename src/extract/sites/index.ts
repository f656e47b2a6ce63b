import type { ClassifiedLine } from '../findContent';

/**
 * A site module is data: where the speech sits on a known family of pages. The generic path does the
 * rest (noise families, repair, structure), so a module only narrows where to look.
 */
export interface SiteModule {
  id: string;
  name: string;
  hosts: RegExp;
  /** Candidates for the speech container, best first; the one holding the most prose wins. */
  content: string[];
}

import { SITE_MODULES } from './modules';

export function findSiteModule(url: string): SiteModule | undefined {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return SITE_MODULES.find((m) => m.hosts.test(host));
}

/** The site's container when its selectors find one with real text in it. */
export function siteRoot(site: SiteModule, doc: Document, lines: ClassifiedLine[]): Element | undefined {
  let best: Element | undefined;
  let bestWeight = 0;
  for (const selector of site.content) {
    for (const el of doc.querySelectorAll(selector)) {
      const weight = lines.filter((l) => l.prose && el.contains(l.block)).reduce((w, l) => w + l.weight, 0);
      if (weight > bestWeight) {
        best = el;
        bestWeight = weight;
      }
    }
    if (best) break;
  }
  return bestWeight > 0 ? best : undefined;
}
