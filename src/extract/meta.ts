import type { DocMeta } from './types';

/** Figures of the doc-info header (ID/大小/页数/格式/时间) and the keyword line, kept as metadata. */
const FIELDS: [keyof DocMeta, RegExp][] = [
  ['docId', /(?:^|\s)(?:文[档檔])?(?:ID|[编編][号號])\s*[:：]\s*([A-Za-z0-9-]+)/],
  ['pages', /[页頁][数數]\s*[:：]\s*(\d+)/],
  ['format', /格式\s*[:：]\s*([A-Za-z]{2,5})\b/],
  ['size', /大小\s*[:：]\s*([\d.]+\s*[KMG]?B)/i],
  ['uploaded', /(?:上[传傳])?[时時][间間]\s*[:：]\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})/],
  ['published', /(?:[发發][布佈]|更新)(?:[时時][间間]|日期)\s*[:：]\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})/],
];

export function readDocMeta(lines: string[], doc: Document): DocMeta {
  const meta: DocMeta = { keywords: [] };
  for (const line of lines) {
    for (const [key, re] of FIELDS) {
      if (meta[key] !== undefined) continue;
      const m = re.exec(line);
      if (!m?.[1]) continue;
      if (key === 'pages') meta.pages = Number(m[1]);
      else if (key !== 'keywords') meta[key] = m[1];
    }
    const kw = /^(?:[关關][键鍵](?:词|詞|字)|[标標](?:签|籤))\s*[:：]\s*(.+)$/.exec(line);
    if (kw?.[1]) meta.keywords.push(...splitKeywords(kw[1]));
  }
  if (meta.published && !meta.uploaded) delete meta.uploaded;
  const metaKeywords = headMeta(doc, 'meta[name="keywords" i], meta[name="Keywords"]');
  if (metaKeywords) meta.keywords.push(...splitKeywords(metaKeywords));
  meta.keywords = [...new Set(meta.keywords)].slice(0, 20);
  const siteName = headMeta(doc, 'meta[property="og:site_name"]')?.trim() || undefined;
  if (siteName) meta.siteName = siteName;
  if (meta.format) meta.format = meta.format.toUpperCase();
  return meta;
}

function splitKeywords(s: string): string[] {
  return s
    .split(/[,，、;；|\s]+/)
    .map((k) => k.trim())
    .filter((k) => k.length >= 2 && k.length <= 16);
}

/**
 * A <meta> tag's content, looked up in <head>: a missing tag costs a scan of the whole page otherwise
 * (tens of ms on a page of 100,000 links), and pages keep their metadata there.
 */
export function headMeta(doc: Document, selector: string): string | undefined {
  return (doc.head ?? doc).querySelector(selector)?.getAttribute('content') ?? undefined;
}

/** The page's <title>: in <head>, or where a crawler's wrapper line pushed it (into <body>). */
export function docTitleOf(doc: Document): string {
  return ((doc.head?.querySelector('title') ?? doc.querySelector('title'))?.textContent ?? '').trim();
}
