import { type ElementNames, elementNames } from '../dom/elementNames';
import { compileSimple, matchesSimple, type SimpleSelector } from '../dom/simpleSelector';
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
export function siteRoot(site: SiteModule, lines: ClassifiedLine[]): Element | undefined {
  let best: Element | undefined;
  let bestWeight = 0;
  const found = prosePath(lines);
  const namesOf = elementNames();
  for (const selector of site.content) {
    const matches = selectorTest(selector, namesOf);
    for (const el of found.filter(matches)) {
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

/**
 * Every element holding a prose line that carries a class or an id, in document order: only these can win,
 * so the selectors are tried on them rather than on the whole page (a walk of a page of 100,000 links cost
 * 0.2 s per selector). Lines come in document order, so each line's ancestors not met before, outermost
 * first, follow all met before.
 */
function prosePath(lines: ClassifiedLine[]): Element[] {
  const seen = new Set<Element>();
  const found: Element[] = [];
  for (const line of lines) {
    if (!line.prose) continue;
    const fresh: Element[] = [];
    for (let e: Element | null = line.block; e && !seen.has(e); e = e.parentElement) {
      seen.add(e);
      if (e.hasAttributes()) fresh.push(e);
    }
    found.push(...fresh.reverse());
  }
  return found;
}

/**
 * A test for a selector list. Lists of tags, ids and classes (`.TRS_Editor, #zoom`) are matched against the
 * names each element reads once: on a parsed page the DOM's `matches` compiles the list again on every call,
 * and a government page asked it for each of its 22 prose boxes, three lists each (an eighth of a capture).
 */
function selectorTest(list: string, namesOf: ElementNames): (el: Element) => boolean {
  const compiled = list.split(',').map((s) => compileSimple(s.trim()));
  if (!compiled.every((s) => s !== undefined)) return (el) => el.matches(list);
  const simple = compiled as SimpleSelector[];
  return (el) => simple.some((s) => matchesSimple(el, s, namesOf));
}

/** The elements the site module names as chrome on this page. */
export function siteRemovals(site: SiteModule, doc: Document): Element[] {
  return (site.remove ?? []).flatMap((selector) => [...doc.querySelectorAll(selector)]);
}
