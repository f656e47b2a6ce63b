import type { ClassifiedLine } from '../findContent';
import { gov } from './gov';
import type { SiteModule } from './types';
import { wechat } from './wechat';

export type { SiteModule };

/**
 * Every site module, one file each (the file name is the module's id). A module earns its place by changing
 * a page for the better (test/extract/sites.test.ts): the 百度知道, 写写帮, 汇文网 and 新文秘网 modules changed
 * nothing on any page once the generic path read those sites, and were removed.
 */
export const SITE_MODULES: SiteModule[] = [wechat, gov];

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

/** The elements the site module names as chrome on this page. */
export function siteRemovals(site: SiteModule, doc: Document): Element[] {
  return (site.remove ?? []).flatMap((selector) => [...doc.querySelectorAll(selector)]);
}
